#include "scenes/campus/campus_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include <glm/common.hpp>
#include <glm/trigonometric.hpp>

#include "engine/render/view.h"

#include "engine/core/error.h"
#include "engine/data/units.h"
#include "tests/scenes/scene_test_support.h"

namespace xrviz::scenes::campus {
namespace {

class CampusLayoutTest : public ::testing::Test {
protected:
    void SetUp() override {
        dataset_ = testing::bundled_dataset();
        ASSERT_TRUE(dataset_);
        layout_ = make_layout(*dataset_);
    }
    const SiteBuilding& building(const std::string& name) const {
        const auto it = std::find_if(layout_.sites.begin(), layout_.sites.end(),
                                     [&](const SiteBuilding& b) { return b.name == name; });
        if (it == layout_.sites.end())
            throw std::runtime_error("no building " + name);
        return *it;
    }
    std::shared_ptr<const data::Dataset> dataset_;
    Layout layout_;
};

TEST_F(CampusLayoutTest, EverySiteIsOneBuildingInTheRegionThatContainsIt) {
    ASSERT_EQ(layout_.sites.size(), dataset_->sites.size());
    int abroad = 0;
    for (const data::Site& site : dataset_->sites) {
        const SiteBuilding& b = building(site.name);
        EXPECT_TRUE(layout_.region(b.region).contains(site.lat, site.lon)) << site.name;
        const glm::vec2 floor = layout_.region(b.region).to_floor(site.lat, site.lon);
        EXPECT_FLOAT_EQ(b.center.x, floor.x);
        EXPECT_FLOAT_EQ(b.center.z, floor.y);
        EXPECT_FLOAT_EQ(b.center.y - b.half_size.y, 0.0f) << "stands on the floor";
        if (site.location.find("USA") == std::string::npos) {
            ++abroad;
            EXPECT_TRUE(layout_.region(b.region).inset) << site.name;
        } else {
            EXPECT_EQ(b.region, "us") << site.name;
        }
    }
    EXPECT_GT(abroad, 0);
}

TEST_F(CampusLayoutTest, ProjectionIsEquirectangularWithOneScaleForEveryRegion) {
    for (const Region& r : layout_.regions) {
        const glm::vec2 sw = r.to_floor(r.lat_min, r.lon_min);
        EXPECT_FLOAT_EQ(sw.x, r.south_west.x);
        EXPECT_FLOAT_EQ(sw.y, r.south_west.y);
        // One degree north is the same distance everywhere, toward -z.
        const glm::vec2 north = r.to_floor(r.lat_min + 1, r.lon_min);
        EXPECT_NEAR(north.y - sw.y, -kMetresPerDegree, 1e-5) << r.id;
        EXPECT_NEAR(north.x, sw.x, 1e-6);
        // One degree east shrinks with the cosine of the standard parallel.
        const glm::vec2 east = r.to_floor(r.lat_min, r.lon_min + 1);
        EXPECT_NEAR(east.x - sw.x,
                    kMetresPerDegree * std::cos(r.standard_parallel * 3.14159265358979 / 180.0),
                    1e-5)
            << r.id;
        EXPECT_NEAR(r.width(), (r.lon_max - r.lon_min) * (east.x - sw.x), 1e-4);
        EXPECT_NEAR(r.depth(), (r.lat_max - r.lat_min) * kMetresPerDegree, 1e-4);
    }
}

TEST_F(CampusLayoutTest, InsetsLieOutsideTheUnitedStatesFrameAndEachOther) {
    auto overlap = [](const Region& a, const Region& b) {
        const float a_north = a.south_west.y - a.depth(), b_north = b.south_west.y - b.depth();
        return a.south_west.x < b.south_west.x + b.width() &&
               b.south_west.x < a.south_west.x + a.width() && a_north < b.south_west.y &&
               b_north < a.south_west.y;
    };
    for (std::size_t i = 0; i < layout_.regions.size(); ++i) {
        for (std::size_t j = i + 1; j < layout_.regions.size(); ++j) {
            EXPECT_FALSE(overlap(layout_.regions[i], layout_.regions[j]))
                << layout_.regions[i].id << " and " << layout_.regions[j].id;
        }
    }
}

TEST_F(CampusLayoutTest, FootprintAreaIsProportionalToPowerAndHeightCarriesNone) {
    std::vector<const data::Site*> known;
    for (const data::Site& s : dataset_->sites)
        if (s.capacity_mw)
            known.push_back(&s);
    ASSERT_GE(known.size(), 2u);
    for (const data::Site* a : known) {
        const SiteBuilding& ba = building(a->name);
        EXPECT_TRUE(ba.capacity_known);
        EXPECT_EQ(ba.power_label, data::format_value(*a->capacity_mw, "MW"));
        EXPECT_NEAR(4 * ba.half_size.x * ba.half_size.z,
                    *a->capacity_mw / 1000.0 * kSquareMetresPerGigawatt, 1e-5);
        for (const data::Site* b : known) {
            const SiteBuilding& bb = building(b->name);
            EXPECT_NEAR((ba.half_size.x * ba.half_size.z) / (bb.half_size.x * bb.half_size.z),
                        *a->capacity_mw / *b->capacity_mw, 1e-4);
            EXPECT_FLOAT_EQ(ba.half_size.y, bb.half_size.y);
        }
    }
}

TEST_F(CampusLayoutTest, UnknownCapacityIsMarkedUnknownNeverGuessed) {
    std::size_t unknown = 0;
    for (const data::Site& s : dataset_->sites) {
        if (s.capacity_mw)
            continue;
        ++unknown;
        const SiteBuilding& b = building(s.name);
        EXPECT_FALSE(b.capacity_known) << s.name;
        EXPECT_EQ(b.power_label, "capacity unknown");
        EXPECT_EQ(b.details.display_value, "capacity unknown");
        EXPECT_EQ(b.details.value, 0.0);
        EXPECT_FLOAT_EQ(b.half_size.x * 2, kUnknownSide);
        EXPECT_EQ(short_label(b), b.short_name);
        EXPECT_NE(full_label(b).find("capacity unknown"), std::string::npos);
    }
    EXPECT_GT(unknown, 0u);
    // Known sites sort first, largest first, so they keep the lowest labels.
    EXPECT_TRUE(layout_.sites.front().capacity_known);
}

TEST_F(CampusLayoutTest, CostAndYearAreShownOrSaidToBeUnknown) {
    for (const data::Site& s : dataset_->sites) {
        const SiteBuilding& b = building(s.name);
        if (s.cost_usd_billion) {
            EXPECT_EQ(b.cost_label.rfind(data::format_value(*s.cost_usd_billion, "USD_billion"), 0),
                      0u);
        } else {
            EXPECT_EQ(b.cost_label, "cost undisclosed") << s.name;
        }
        EXPECT_EQ(b.year_label, s.online_year ? "online " + std::to_string(*s.online_year)
                                              : "online year unknown");
        const std::string full = full_label(b);
        for (const std::string* part :
             {&b.short_name, &b.power_label, &b.year_label, &b.cost_label})
            EXPECT_NE(full.find(*part), std::string::npos) << s.name;
    }
}

TEST_F(CampusLayoutTest, DetailsCarryTheSiteSourceStatusAndNote) {
    for (const data::Site& s : dataset_->sites) {
        const FigureDetails& d = building(s.name).details;
        const data::Source* source = dataset_->find_source(s.source);
        ASSERT_NE(source, nullptr) << s.name;
        EXPECT_EQ(d.source_title, source->title);
        EXPECT_EQ(d.source_url, source->url);
        EXPECT_EQ(d.status, data::to_string(s.status));
        EXPECT_EQ(d.series_label, s.name);
        EXPECT_NE(d.note.find(s.note), std::string::npos);
        EXPECT_NE(d.note.find(s.location), std::string::npos);
        EXPECT_EQ(d.period, s.online_year ? std::to_string(*s.online_year) : "");
    }
}

// Label rectangles in a 1280x720 picture from the south at the views' pitch: the text's
// bottom-centre anchor, its line count tall, half a line height per character wide.
struct PixelBox {
    float left, right, top, bottom;
};

PixelBox label_box(const render::View& view, const SiteBuilding& s) {
    const std::string text = short_label(s);
    const float lines = 1.0f + static_cast<float>(std::count(text.begin(), text.end(), '\n'));
    std::size_t longest = 0, line = 0;
    for (char c : text) {
        if (c == '\n')
            line = 0;
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            longest = std::max(longest, ++line);
    }
    const float half_width = static_cast<float>(longest) * 0.5f * kLabelHeight * 0.5f;
    const glm::vec2 bottom = *render::project_to_pixel(view, s.label_anchor, 1280, 720);
    const glm::vec2 top = *render::project_to_pixel(
        view, s.label_anchor + glm::vec3(0, lines * kLabelHeight, 0), 1280, 720);
    const glm::vec2 right =
        *render::project_to_pixel(view, s.label_anchor + glm::vec3(half_width, 0, 0), 1280, 720);
    const float width = 2 * (right.x - bottom.x);
    const float left = s.label_halign == assets::HAlign::center ? bottom.x - width * 0.5f
                       : s.label_halign == assets::HAlign::left ? bottom.x
                                                                : bottom.x - width;
    return {left, left + width, top.y, bottom.y};
}

TEST_F(CampusLayoutTest, LabelsDoNotOverlapInTheFirstViewsPicture) {
    const CameraPose& pose = layout_.label_view;
    EXPECT_NEAR(glm::degrees(std::atan2(pose.eye.y - pose.target.y, pose.eye.z - pose.target.z)),
                kViewPitchDegrees, 1e-3);
    const render::View view =
        render::look_at(pose.eye, pose.target, glm::radians(50.0f), 1280.0f / 720.0f);
    int raised = 0;
    for (std::size_t i = 0; i < layout_.sites.size(); ++i) {
        const SiteBuilding& a = layout_.sites[i];
        if (a.region != "us")
            continue;
        raised += a.label_level > 0;
        const PixelBox pa = label_box(view, a);
        for (std::size_t j = i + 1; j < layout_.sites.size(); ++j) {
            const SiteBuilding& b = layout_.sites[j];
            if (b.region != "us")
                continue;
            const PixelBox pb = label_box(view, b);
            const bool overlap = pa.left + 1 < pb.right && pb.left + 1 < pa.right &&
                                 pa.top + 1 < pb.bottom && pb.top + 1 < pa.bottom;
            EXPECT_FALSE(overlap) << a.name << " / " << b.name;
        }
    }
    EXPECT_GT(raised, 0) << "the eastern US cluster needs staggered labels";
    for (const SiteBuilding& s : layout_.sites) {
        EXPECT_NEAR(s.label_anchor.y,
                    s.center.y + s.half_size.y + kLeaderBase + s.label_level * kLevelStep, 1e-5);
    }
}

TEST(CampusNames, ShortNamesAndGraticuleLabels) {
    EXPECT_EQ(short_name("Prometheus (New Albany campus)"), "Prometheus");
    EXPECT_EQ(short_name("Kuna data center"), "Kuna");
    EXPECT_EQ(short_name("Lebanon (Boone County) data center"), "Lebanon");
    EXPECT_EQ(short_name("Hyperion"), "Hyperion");
    EXPECT_EQ(latitude_label(40), "40\u00b0N");
    EXPECT_EQ(latitude_label(-1), "1\u00b0S");
    EXPECT_EQ(longitude_label(-120), "120\u00b0W");
    EXPECT_EQ(longitude_label(105), "105\u00b0E");
    EXPECT_EQ(longitude_label(0), "0\u00b0");
}

TEST_F(CampusLayoutTest, SiteOutsideEveryRegionIsAnErrorNamingIt) {
    data::Dataset copy = *dataset_;
    copy.sites.front().name = "Sydney test site";
    copy.sites.front().lat = -33.9;
    copy.sites.front().lon = 151.2;
    try {
        make_layout(copy);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("Sydney test site"), std::string::npos) << e.what();
    }
    copy.sites.clear();
    EXPECT_THROW(make_layout(copy), Error);
}

}  // namespace
}  // namespace xrviz::scenes::campus
