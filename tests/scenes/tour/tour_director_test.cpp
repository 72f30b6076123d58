// The tour on a Viewer: scenes, parameters, the camera's move, the caption's figure from
// the dataset, and a dataset reload that fails keeping the last good data.
#include "scenes/tour/tour_director.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "engine/core/paths.h"
#include "scenes/figure_text.h"
#include "scenes/tour/tour_file.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::tour {
namespace {

Tour default_tour() {
    return load_tour(default_tour_path());
}

// Start time of stop `i` when the tour plays untouched from time 0.
double start_of(const Tour& tour, std::size_t i) {
    double t = 0.0;
    for (std::size_t k = 0; k < i; ++k)
        t += tour.stops[k].seconds;
    return t;
}

std::size_t index_of(const Tour& tour, std::string_view scene, bool with_parameters) {
    for (std::size_t i = 0; i < tour.stops.size(); ++i)
        if (tour.stops[i].scene == scene && tour.stops[i].parameters.empty() != with_parameters)
            return i;
    ADD_FAILURE() << "the default tour has no such stop in " << scene;
    return 0;
}

double parameter(const Viewer& viewer, std::string_view id) {
    for (const SceneParameter& p : viewer.scene().parameters())
        if (p.id == id)
            return p.value;
    ADD_FAILURE() << "no parameter " << id;
    return 0.0;
}

bool has_label_containing(const render::FrameDescription& frame, const std::string& text) {
    return std::any_of(frame.labels.begin(), frame.labels.end(), [&](const render::TextLabel& l) {
        return l.text.find(text) != std::string::npos;
    });
}

TEST(TourDirector, EachStopShowsItsSceneViewAndKeyFigureFromTheDataset) {
    const Tour tour = default_tour();
    Viewer viewer(testing::bundled_dataset(), "empty");
    TourDirector director(tour, viewer, {}, 0.0);
    for (std::size_t i = 0; i < tour.stops.size(); ++i) {
        const double t = start_of(tour, i) + tour.stops[i].seconds - 0.5;
        director.update(t);
        ASSERT_EQ(director.state().stop, i);
        EXPECT_EQ(viewer.scene().name(), tour.stops[i].scene);
        // Arrived: the camera stands at the stop's named view.
        bool at_view = false;
        for (const NamedView& v : viewer.scene().views())
            at_view =
                at_view || (v.name == *tour.stops[i].view && v.pose.eye == viewer.camera().eye);
        EXPECT_TRUE(at_view) << "stop " << i + 1;
        render::FrameDescription frame;
        director.describe(t, viewer.camera(), frame);
        EXPECT_TRUE(has_label_containing(frame, tour.stops[i].caption));
        const auto* point = viewer.dataset().find(
            tour.stops[i].figure.series, *data::parse_period(tour.stops[i].figure.period).period);
        ASSERT_NE(point, nullptr);
        // The value as the details panel shows it, unit and all.
        const std::string shown = scenes::details_of(viewer.dataset(), *point).display_value;
        ASSERT_FALSE(shown.empty());
        EXPECT_TRUE(has_label_containing(frame, shown)) << "stop " << i + 1 << ": " << shown;
        EXPECT_TRUE(has_label_containing(
            frame, "Source: " + viewer.dataset().find_source(point->source)->title));
    }
}

TEST(TourDirector, TheCameraMovesSmoothlyWithinAScene) {
    const Tour tour = default_tour();
    ASSERT_EQ(tour.stops[0].scene, tour.stops[1].scene);
    Viewer viewer(testing::bundled_dataset(), "empty");
    TourDirector director(tour, viewer, {}, 0.0);
    director.update(0.1);
    const render::CameraPose first = viewer.camera();
    const double start = start_of(tour, 1);
    director.update(start);
    EXPECT_EQ(viewer.camera().eye, first.eye);  // the move starts where the last stop was
    director.update(start + tour.transition_seconds * 0.5);
    const render::CameraPose middle = viewer.camera();
    director.update(start + tour.transition_seconds);
    const render::CameraPose last = viewer.camera();
    EXPECT_NE(middle.eye, first.eye);
    EXPECT_NE(middle.eye, last.eye);
    EXPECT_NEAR(glm::length(middle.eye - first.eye), glm::length(last.eye - middle.eye), 1e-3f);
    EXPECT_FLOAT_EQ(director.fade(start + tour.transition_seconds * 0.5), 0.0f);
}

TEST(TourDirector, AnotherSceneIsACutThroughBlack) {
    const Tour tour = default_tour();
    const std::size_t tco = index_of(tour, "tco", false);
    Viewer viewer(testing::bundled_dataset(), "empty");
    TourDirector director(tour, viewer, {}, 0.0);
    director.update(start_of(tour, tco) - 0.01);
    EXPECT_GT(director.fade(start_of(tour, tco) - 0.01), 0.9f);
    director.update(start_of(tour, tco));
    EXPECT_EQ(viewer.scene().name(), "tco");
    EXPECT_FLOAT_EQ(director.fade(start_of(tour, tco)), 1.0f);
    EXPECT_EQ(viewer.camera().eye, director.stop_pose().eye);  // no flight across scenes
}

TEST(TourDirector, AStopsParametersHoldOnlyForThatStop) {
    const Tour tour = default_tour();
    const std::size_t with = index_of(tour, "tco", true);
    Viewer viewer(testing::bundled_dataset(), "empty");
    TourDirector director(tour, viewer, {}, 0.0);
    director.update(start_of(tour, with) + 1.0);
    const auto& [id, value] = tour.stops[with].parameters.front();
    EXPECT_DOUBLE_EQ(parameter(viewer, id), value);
    director.previous(start_of(tour, with) + 2.0);
    Viewer defaults(testing::bundled_dataset(), "tco");
    EXPECT_DOUBLE_EQ(parameter(viewer, id), parameter(defaults, id));
}

TEST(TourDirector, TheAttractLoopPromptsAndAPersonsTourCounts) {
    const Tour tour = default_tour();
    Viewer viewer(testing::bundled_dataset(), "empty");
    TourDirector director(tour, viewer, {.attract_prompt = "Touch to start"}, 0.0);
    render::FrameDescription frame;
    director.describe(1.0, viewer.camera(), frame);
    EXPECT_TRUE(has_label_containing(frame, "Touch to start"));
    director.next(2.0);
    director.restart(3.0);
    EXPECT_EQ(director.state().phase, TourPhase::touring);
    EXPECT_EQ(director.state().stop, 0u);
    frame = {};
    director.describe(4.0, viewer.camera(), frame);
    EXPECT_TRUE(has_label_containing(frame, "1 / " + std::to_string(tour.stops.size())));
}

TEST(TourDirector, AFailedReloadKeepsTheLastGoodDataWithANotice) {
    const Tour tour = default_tour();
    Viewer viewer(testing::bundled_dataset(), "empty");
    TourDirector director(tour, viewer, {.reload_folder = "/nonexistent/dataset"}, 0.0);
    const double loop = start_of(tour, tour.stops.size());
    director.update(loop + 1.0);
    EXPECT_EQ(director.state().loops, 1u);
    EXPECT_EQ(director.state().failed_reloads, 1u);
    EXPECT_EQ(&viewer.dataset(), testing::bundled_dataset().get());
    render::FrameDescription frame;
    director.describe(loop + 1.0, viewer.camera(), frame);
    EXPECT_TRUE(has_label_containing(frame, "Data reload failed"));
    EXPECT_EQ(viewer.scene().name(), tour.stops[0].scene);
}

TEST(TourDirector, AGoodReloadShowsTheNewDataAndClearsTheNotice) {
    const Tour tour = default_tour();
    Viewer viewer(testing::bundled_dataset(), "empty");
    TourDirector director(tour, viewer, {.reload_folder = paths::bundled_dataset_dir()}, 0.0);
    director.update(start_of(tour, tour.stops.size()) + 1.0);
    EXPECT_EQ(director.state().reloads, 1u);
    EXPECT_TRUE(director.state().notice.empty());
    EXPECT_NE(&viewer.dataset(), testing::bundled_dataset().get());
}

// An event's data folder edited during the day: a good edit is shown on the next loop, a
// broken one leaves the last good data with a notice, and mending it clears the notice.
TEST(TourDirector, ReloadsFollowTheFolderAndABrokenOneKeepsTheLastGood) {
    const Tour tour = default_tour();
    const auto folder = std::filesystem::temp_directory_path() / "xrviz_tour_reload";
    std::filesystem::remove_all(folder);
    std::filesystem::copy(paths::bundled_dataset_dir(), folder,
                          std::filesystem::copy_options::recursive);
    Viewer viewer(testing::bundled_dataset(), "empty");
    TourDirector director(tour, viewer, {.reload_folder = folder}, 0.0);
    const double loop = start_of(tour, tour.stops.size());

    director.update(loop + 0.5);
    ASSERT_EQ(director.state().reloads, 1u);
    const data::Dataset* good = &viewer.dataset();

    const auto figures = folder / "figures.csv";
    const std::string saved = [&] {
        std::ifstream in(figures);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }();
    std::ofstream(figures, std::ios::app) << "capex_annual,not-a-period,1,sec-gov-1,reported,\n";
    director.update(2 * loop + 0.5);
    EXPECT_EQ(director.state().failed_reloads, 1u);
    EXPECT_EQ(&viewer.dataset(), good);
    EXPECT_NE(director.state().notice.find("figures.csv"), std::string::npos)
        << director.state().notice;
    render::FrameDescription frame;
    director.describe(2 * loop + 0.5, viewer.camera(), frame);
    EXPECT_TRUE(has_label_containing(frame, "showing the last good data"));

    std::ofstream(figures, std::ios::trunc) << saved;
    director.update(3 * loop + 0.5);
    EXPECT_EQ(director.state().reloads, 2u);
    EXPECT_TRUE(director.state().notice.empty());
    std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace xrviz::scenes::tour
