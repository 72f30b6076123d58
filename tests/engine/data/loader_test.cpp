// The loader as a whole on small datasets: what loads, what it warns about, how errors are
// gathered, and the query API on the result.
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>

#include "engine/data/loader.h"
#include "engine/data/query.h"

namespace xrviz::data {
namespace {

const std::filesystem::path kData(XRVIZ_TEST_DATA_DIR);

// A scratch dataset folder in the temp directory, removed afterwards.
class TempDataset {
public:
    explicit TempDataset(const std::string& name)
        // The process id keeps parallel runs (ci and asan builds at once) apart.
        : dir_(std::filesystem::temp_directory_path() /
               ("xrviz_loader_test_" + name + "_" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    ~TempDataset() { std::filesystem::remove_all(dir_); }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(dir_ / name, std::ios::binary) << text;
    }
    const std::filesystem::path& dir() const { return dir_; }

private:
    std::filesystem::path dir_;
};

const char* kManifest = R"({"title": "t",
 "series": [{"id": "a", "label": "A", "unit": "MW", "kind": "stock"}],
 "sources": [],
 "tables": ["f.csv"]})";

TEST(Loader, ReadsBomCrlfQuotedFieldsAndUnicode) {
    const LoadResult result = load_dataset(kData / "valid/bom_crlf");
    for (const Diagnostic& e : result.errors) ADD_FAILURE() << e.to_string();
    ASSERT_TRUE(result.ok());
    const Dataset& d = *result.dataset;
    EXPECT_EQ(d.title, "BOM and CRLF");
    const DataPoint* fy24 = d.find("capex", Period::from_year(2024));
    ASSERT_NE(fy24, nullptr);
    EXPECT_EQ(fy24->note, "Official: \"including finance leases\", FY");
    EXPECT_EQ(d.find("capex", Period::from_year(2025))->note, "two\nlines");
    EXPECT_EQ(d.find("capex", Period::from_year(2025))->status, ValueStatus::derived);
    const auto guide = d.values("guide");
    ASSERT_EQ(guide.size(), 1u);
    EXPECT_DOUBLE_EQ(guide[0]->value, 135.0);  // midpoint when value is empty
    EXPECT_EQ(guide[0]->status, ValueStatus::guidance);  // a range row defaults to guidance
    EXPECT_EQ(guide[0]->note, "Café — 日本");
    EXPECT_EQ(d.series[0].colour, (std::array<float, 3>{0.16f, 0.47f, 0.93f}));
}

TEST(Loader, LoadsTheWorkedExampleOfTheFormatDocument) {
    // docs/dataset-format.md walks through this folder.
    const LoadResult result = load_dataset(kData / "valid/example");
    for (const Diagnostic& e : result.errors) ADD_FAILURE() << e.to_string();
    EXPECT_TRUE(result.warnings.empty());
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.dataset->points.size(), 8u);
    EXPECT_EQ(result.dataset->sites.size(), 2u);
    EXPECT_EQ(result.dataset->events.size(), 2u);
    EXPECT_EQ(result.dataset->events[1].date.granularity, Period::Granularity::month);
    EXPECT_FALSE(result.dataset->sites[1].capacity_mw.has_value());
}

TEST(Loader, WarnsAboutUnknownColumnsAndKeys) {
    const LoadResult result = load_dataset(kData / "valid/bom_crlf");
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_EQ(result.warnings[0].to_string(),
              "tables/figures.csv:1:49: unknown column 'comment' is ignored (expected "
              "series,period,value[,low][,high][,source][,status][,note][,unit])");
}

TEST(Loader, ListsEveryErrorOfAFileNotOnlyTheFirst) {
    TempDataset t("many");
    t.write("dataset.json", kManifest);
    t.write("f.csv", "series,period,value\na,2024,x\nb,2024,1\na,2024-13,1\na,2025,1\n");
    const LoadResult result = load_dataset(t.dir());
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 3u);
    EXPECT_EQ(result.errors[0].line, 2);
    EXPECT_EQ(result.errors[1].line, 3);
    EXPECT_EQ(result.errors[2].line, 4);
}

TEST(Loader, StopsListingAtTheCapAndSaysHowManyMore) {
    TempDataset t("cap");
    t.write("dataset.json", kManifest);
    std::string csv = "series,period,value\n";
    for (int i = 0; i < 10; ++i) csv += "a,2024,oops\n";
    t.write("f.csv", csv);
    LoadLimits limits;
    limits.max_errors = 3;
    const LoadResult result = load_dataset(t.dir(), limits);
    ASSERT_EQ(result.errors.size(), 4u);
    EXPECT_NE(result.errors.back().message.find("more errors not shown"), std::string::npos);
}

TEST(Loader, ReturnsNothingHalfLoaded) {
    TempDataset t("half");
    t.write("dataset.json", kManifest);
    t.write("f.csv", "series,period,value\na,2024,1\na,2025,1\na,2026,NaN\n");
    const LoadResult result = load_dataset(t.dir());
    EXPECT_FALSE(result.dataset.has_value());
    EXPECT_EQ(result.errors.size(), 1u);
}

TEST(Loader, SortsPointsBySeriesThenPeriod) {
    TempDataset t("sort");
    t.write("dataset.json", R"({"title": "t", "sources": [], "tables": ["f.csv"],
      "series": [{"id": "z", "label": "Z", "unit": "MW", "kind": "stock"},
                 {"id": "a", "label": "A", "unit": "MW", "kind": "stock"}]})");
    t.write("f.csv", "series,period,value\nz,2025,1\na,2024-Q3,2\nz,2024,3\na,2024,4\n");
    const LoadResult result = load_dataset(t.dir());
    ASSERT_TRUE(result.ok());
    std::vector<std::string> order;
    for (const DataPoint& p : result.dataset->points)
        order.push_back(p.series + " " + p.period.to_string());
    EXPECT_EQ(order, (std::vector<std::string>{"a 2024", "a 2024-Q3", "z 2024", "z 2025"}));
}

class QuarterQueries : public ::testing::Test {
protected:
    void SetUp() override {
        LoadResult result = load_dataset(kData / "valid/quarters");
        for (const Diagnostic& e : result.errors) ADD_FAILURE() << e.to_string();
        ASSERT_TRUE(result.ok());
        dataset = std::move(*result.dataset);
    }
    Dataset dataset;
};

TEST_F(QuarterQueries, SumsFlowsOverCompleteYears) {
    const auto annual = quarterly_to_annual(dataset, "flow_q");
    ASSERT_TRUE(annual.has_value());
    ASSERT_EQ(annual->size(), 2u);  // 2025 has one quarter only
    EXPECT_EQ((*annual)[0].year, 2023);
    EXPECT_DOUBLE_EQ((*annual)[0].value, 100.0);
    EXPECT_EQ((*annual)[0].status, ValueStatus::derived);
    EXPECT_EQ((*annual)[1].status, ValueStatus::estimate);  // one quarter was an estimate
}

TEST_F(QuarterQueries, TakesTheYearEndValueOfAStock) {
    const auto annual = quarterly_to_annual(dataset, "stock_q");
    ASSERT_TRUE(annual.has_value());
    ASSERT_EQ(annual->size(), 2u);
    EXPECT_DOUBLE_EQ((*annual)[1].value, 4.4);
}

TEST_F(QuarterQueries, RefusesRangesCountsAndUnknownSeries) {
    EXPECT_FALSE(quarterly_to_annual(dataset, "range_q").has_value());
    EXPECT_FALSE(quarterly_to_annual(dataset, "count_q").has_value());
    EXPECT_FALSE(quarterly_to_annual(dataset, "nope").has_value());
}

TEST_F(QuarterQueries, SelectsByPeriodRangeAndFindsExtents) {
    const auto in_2024 = dataset.values("flow_q", Period::from_year(2024), Period::from_quarter(2024, 4));
    ASSERT_EQ(in_2024.size(), 4u);
    EXPECT_EQ(in_2024.front()->period, Period::from_quarter(2024, 1));
    const auto extent = value_extent(dataset, "flow_q");
    ASSERT_TRUE(extent.has_value());
    EXPECT_DOUBLE_EQ(extent->min, 5.0);
    EXPECT_DOUBLE_EQ(extent->max, 40.0);
    const auto range_extent = value_extent(dataset, "range_q");
    EXPECT_DOUBLE_EQ(range_extent->min, 1.0);
    EXPECT_DOUBLE_EQ(range_extent->max, 3.0);
}

TEST_F(QuarterQueries, GivesTheProvenanceOfEachValue) {
    const DataPoint* p = dataset.find("flow_q", Period::from_quarter(2025, 1));
    ASSERT_NE(p, nullptr);
    const Provenance where = provenance(dataset, *p);
    ASSERT_NE(where.source, nullptr);
    EXPECT_EQ(where.source->url, "https://example.com/1");
    EXPECT_EQ(where.note, "incomplete year");
    EXPECT_EQ(where.series->unit, "USD_million");
}

}  // namespace
}  // namespace xrviz::data
