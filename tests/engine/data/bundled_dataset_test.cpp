// The bundled dataset (assets/data/meta): it loads cleanly, keeps every source, and holds
// the figures the scenes and the issue quote.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "engine/core/paths.h"
#include "engine/data/loader.h"
#include "engine/data/query.h"
#include "engine/data/units.h"

namespace xrviz::data {
namespace {

const Dataset& bundled() {
    static const LoadResult result =
        load_dataset(std::filesystem::path(XRVIZ_SOURCE_DIR) / "assets/data/meta");
    for (const Diagnostic& e : result.errors) ADD_FAILURE() << e.to_string();
    static const Dataset empty;
    return result.dataset ? *result.dataset : empty;
}

double value_of(std::string_view series, std::string_view period) {
    const DataPoint* p = bundled().find(series, *parse_period(period).period);
    EXPECT_NE(p, nullptr) << series << " " << period;
    return p ? p->value : NAN;
}

TEST(BundledDataset, LoadsWithoutErrorsOrWarnings) {
    const LoadResult result =
        load_dataset(std::filesystem::path(XRVIZ_SOURCE_DIR) / "assets/data/meta");
    EXPECT_TRUE(result.ok());
    for (const Diagnostic& e : result.errors) ADD_FAILURE() << e.to_string();
    for (const Diagnostic& w : result.warnings) ADD_FAILURE() << "warning: " << w.to_string();
}

TEST(BundledDataset, IsWhatThePathsModuleFinds) {
    EXPECT_TRUE(load_dataset(paths::bundled_dataset_dir()).ok());
}

TEST(BundledDataset, EveryValueHasASourceWithAUrl) {
    ASSERT_FALSE(bundled().points.empty());
    for (const DataPoint& p : bundled().points) {
        const Source* source = bundled().find_source(p.source);
        ASSERT_NE(source, nullptr) << p.series << " " << p.period.to_string();
        EXPECT_TRUE(source->url.starts_with("http")) << source->id;
        EXPECT_FALSE(source->title.empty()) << source->id;
    }
    for (const Site& s : bundled().sites) EXPECT_NE(bundled().find_source(s.source), nullptr);
    for (const Event& e : bundled().events) EXPECT_NE(bundled().find_source(e.source), nullptr);
}

TEST(BundledDataset, HoldsTheQuotedFigures) {
    EXPECT_DOUBLE_EQ(value_of("capex_annual", "2024"), 39.23);
    EXPECT_DOUBLE_EQ(value_of("reality_labs_operating_loss_annual", "2025"), 19.193);
    EXPECT_DOUBLE_EQ(value_of("capex_purchases_of_pe_only", "2024"), 37.256);
}

TEST(BundledDataset, QuarterlyCapexFor2025SumsToTheAnnualFigure) {
    const auto annual = quarterly_to_annual(bundled(), "capex_quarterly");
    ASSERT_TRUE(annual.has_value());
    const auto year = std::find_if(annual->begin(), annual->end(),
                                   [](const AnnualFromQuarters& a) { return a.year == 2025; });
    ASSERT_NE(year, annual->end());
    EXPECT_NEAR(year->value, value_of("capex_annual", "2025"), 0.02);  // rounding in sources
}

TEST(BundledDataset, GuidanceIsARangeWithItsIssueDate) {
    const Series* series = bundled().find_series("capex_guidance");
    ASSERT_NE(series, nullptr);
    EXPECT_EQ(series->kind, SeriesKind::range);
    const DataPoint* p = bundled().find("capex_guidance", *parse_period("FY2026 (issued 2026-04-29)").period);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->period.year, 2026);
    EXPECT_TRUE(p->period.fiscal);
    EXPECT_EQ(p->period.issued, (Date{2026, 4, 29}));
    EXPECT_EQ(p->low, 125.0);
    EXPECT_EQ(p->high, 145.0);
    EXPECT_EQ(p->status, ValueStatus::guidance);
    EXPECT_EQ(bundled().values("capex_guidance").size(), 16u);
}

TEST(BundledDataset, KeepsTheTwoCapexBasesOffOneAxis) {
    const Series* capex = bundled().find_series("capex_annual");
    const Series* pe = bundled().find_series("capex_purchases_of_pe_only");
    ASSERT_TRUE(capex && pe);
    EXPECT_NE(capex->group, pe->group);
    // Within a group (one axis) every series measures the same kind of thing.
    for (const Series& a : bundled().series)
        for (const Series& b : bundled().series)
            if (a.group == b.group) {
                EXPECT_TRUE(compatible(a.unit, b.unit)) << a.id << " " << b.id;
            }
}

TEST(BundledDataset, MarksDerivedValuesAndKeepsNotes) {
    const DataPoint* p = bundled().find("capex_annual", Period::from_year(2023));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->status, ValueStatus::derived);
    EXPECT_TRUE(p->note.starts_with("DERIVED"));
    const DataPoint* old = bundled().find("capex_annual", Period::from_year(2017));
    ASSERT_NE(old, nullptr);
    EXPECT_NE(old->note.find("pre-ASC 842"), std::string::npos);
    EXPECT_EQ(old->status, ValueStatus::reported);
}

TEST(BundledDataset, HasTheSeriesTheSkylineSceneUses) {
    for (const char* id : {"capex_annual", "reality_labs_operating_loss_annual", "capex_guidance",
                           "capex_quarterly", "capex_purchases_of_pe_only"})
        EXPECT_NE(bundled().find_series(id), nullptr) << id;
    const Series* capex = bundled().find_series("capex_annual");
    const Series* loss = bundled().find_series("reality_labs_operating_loss_annual");
    ASSERT_TRUE(capex && loss);
    EXPECT_GT(capex->colour[2], 0.8f);  // a strong blue
    EXPECT_GT(loss->colour[0], 0.8f);   // magenta: far from it
    EXPECT_EQ(bundled().find_series("capex_guidance")->colour, capex->colour);
}

TEST(BundledDataset, HasEverySiteAndEvent) {
    EXPECT_EQ(bundled().sites.size(), 29u);
    EXPECT_EQ(bundled().events.size(), 43u);
    std::size_t with_note = 0;
    for (const Site& s : bundled().sites) with_note += !s.note.empty();
    EXPECT_EQ(with_note, 29u);
}

TEST(BundledDataset, KeepsEveryFigureOfTheSharedTable) {
    // 238 rows in meta_figures.csv; the 32 + 16 guidance halves became 24 ranges.
    EXPECT_EQ(bundled().points.size(), 238u - 24u);
}

}  // namespace
}  // namespace xrviz::data
