// The tour format: what a good file gives, and that every mistake names file:line:column.
#include "scenes/tour/tour_file.h"

#include <gtest/gtest.h>

#include "engine/core/error.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::tour {
namespace {

std::string error_of(std::string_view text) {
    try {
        parse_tour(text, "t.json");
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

constexpr std::string_view kGood = R"({
  "title": "T",
  "stops": [
    { "scene": "skyline", "view": "overview", "caption": "Spending",
      "figure": { "series": "capex_annual", "period": "2025" }, "seconds": 8 },
    { "scene": "tco", "camera": { "eye": [0, 2, 6], "target": [0, 1, 0] }, "caption": "Own",
      "figure": { "series": "h100_sxm_tdp", "period": "2024" },
      "parameters": { "utilisation": 0.3 }, "seconds": 9.5 }
  ]
})";

TEST(TourFile, ReadsStopsWithViewsCamerasFiguresAndParameters) {
    const Tour tour = parse_tour(kGood, "t.json");
    EXPECT_EQ(tour.title, "T");
    ASSERT_EQ(tour.stops.size(), 2u);
    EXPECT_EQ(tour.stops[0].view, "overview");
    EXPECT_FALSE(tour.stops[0].camera);
    EXPECT_EQ(tour.stops[0].figure.series, "capex_annual");
    EXPECT_EQ(tour.stops[0].at, "t.json:4:5");
    ASSERT_TRUE(tour.stops[1].camera);
    EXPECT_EQ(tour.stops[1].camera->eye, glm::vec3(0, 2, 6));
    ASSERT_EQ(tour.stops[1].parameters.size(), 1u);
    EXPECT_EQ(tour.stops[1].parameters[0].first, "utilisation");
    EXPECT_DOUBLE_EQ(tour.stops[1].parameters[0].second, 0.3);
    EXPECT_DOUBLE_EQ(tour.stops[1].seconds, 9.5);
    EXPECT_NO_THROW(check_tour(tour, *testing::bundled_dataset()));
}

TEST(TourFile, InvalidJsonNamesLineAndColumn) {
    const std::string e = error_of("{\n  \"title\": \"T\",\n  \"stops\": [ }\n");
    EXPECT_NE(e.find("t.json:3:"), std::string::npos) << e;
    EXPECT_NE(e.find("invalid JSON"), std::string::npos) << e;
}

TEST(TourFile, EveryMistakeIsReportedWithWhereItIs) {
    const std::string e = error_of(R"({
  "title": "T",
  "stops": [
    { "scene": "skyline", "caption": "x", "colour": 1,
      "figure": { "series": "capex_annual" }, "seconds": 0.5 }
  ]
})");
    EXPECT_NE(e.find("t.json:4:5: a stop needs exactly one of \"view\""), std::string::npos) << e;
    EXPECT_NE(e.find("t.json:4:53: unknown key \"colour\""), std::string::npos) << e;
    EXPECT_NE(e.find("missing \"period\""), std::string::npos) << e;
    EXPECT_NE(e.find("t.json:5:58: \"seconds\" is not a number in 1..600 seconds"),
              std::string::npos)
        << e;
}

TEST(TourFile, MissingStopsAndTitleAreErrors) {
    const std::string e = error_of(R"({ "stops": [] })");
    EXPECT_NE(e.find("missing \"title\""), std::string::npos) << e;
    EXPECT_NE(e.find("\"stops\" is missing or empty"), std::string::npos) << e;
}

TEST(TourFile, AStopShorterThanTheTransitionIsAnError) {
    const std::string e = error_of(R"({ "title": "T", "transition_seconds": 5, "stops": [
  { "scene": "skyline", "view": "overview", "caption": "x",
    "figure": { "series": "capex_annual", "period": "2025" }, "seconds": 4 } ] })");
    EXPECT_NE(e.find("t.json:3:74: a stop lasts no longer than the transition"), std::string::npos)
        << e;
}

TEST(TourFile, CheckNamesUnknownScenesViewsParametersAndFigures) {
    Tour tour = parse_tour(kGood, "t.json");
    tour.stops[0].view = "nowhere";
    tour.stops[1].parameters[0].second = 7.0;  // utilisation is 0..1
    tour.stops[1].figure.period = "1990";
    try {
        check_tour(tour, *testing::bundled_dataset());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        const std::string text = e.what();
        EXPECT_NE(text.find(tour.stops[0].view_at + ": scene skyline has no view \"nowhere\""),
                  std::string::npos)
            << text;
        EXPECT_NE(text.find(tour.stops[1].parameter_at[0] + ": "), std::string::npos) << text;
        EXPECT_NE(text.find(tour.stops[1].figure_at +
                            ": the dataset has no figure for h100_sxm_tdp in 1990"),
                  std::string::npos)
            << text;
    }
    tour.stops[0].scene = "atlantis";
    EXPECT_THROW(check_tour(tour, *testing::bundled_dataset()), Error);
}

TEST(TourFile, TheDefaultTourFitsTheBundledDataset) {
    const Tour tour = load_tour(default_tour_path());
    EXPECT_GE(tour.stops.size(), 2u);
    EXPECT_NO_THROW(check_tour(tour, *testing::bundled_dataset()));
}

TEST(TourFile, AMissingFileIsNamed) {
    try {
        load_tour("/nonexistent/tour.json");
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/tour.json"), std::string::npos);
    }
}

}  // namespace
}  // namespace xrviz::scenes::tour
