// A tour left running: 100,000 frames (about 28 minutes of virtual time) at 64x64 with the
// validation layer on, through tests/data/tours/soak.json: every scene, each of them
// built and torn down about 35 times, with a dataset reload per loop. The hall stays one
// second per loop there (it costs some 60 ms a frame on lavapipe even at 64x64, which
// would make the default tour's 14 s a quarter of an hour of CI). Resident memory after
// warm-up must not grow by more than 5 %. The day-long run uses the default tour:
// docs/tour-format.md, "Running all day".
#include <gtest/gtest.h>

#include <iostream>
#include <regex>
#include <vector>

#include "app/headless/tour_headless.h"
#include "tests/app/run_xrviz.h"

namespace xrviz::app {
namespace {

constexpr int kFrames = 100'000;
constexpr int kWarmUpFrames = 20'000;  // several loops: every scene, font page, cache filled
constexpr double kAllowedGrowth = 1.05;

TEST(TourSoak, HundredThousandFramesWithoutGrowthOrValidationMessages) {
    const auto run = testing::run_xrviz("--mode headless --tour " XRVIZ_TEST_DATA_DIR
                                        "/tours/soak.json --size 64x64 --msaa 1 --validation "
                                        "--frames " +
                                        std::to_string(kFrames));
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_EQ(run.output.find("Validation"), std::string::npos) << run.output;

    const std::regex sample_line(R"(tour frame (\d+): ([0-9.]+) MiB resident)");
    std::vector<std::pair<int, double>> samples;
    for (auto it = std::sregex_iterator(run.output.begin(), run.output.end(), sample_line);
         it != std::sregex_iterator(); ++it) {
        samples.emplace_back(std::stoi((*it)[1]), std::stod((*it)[2]));
    }
    ASSERT_EQ(samples.size(), static_cast<std::size_t>(kFrames / kTourRssFrames)) << run.output;
    double warm = 0.0;
    for (const auto& [frame, mib] : samples) {
        if (frame == kWarmUpFrames) warm = mib;
        if (frame > kWarmUpFrames) {
            ASSERT_GT(warm, 0.0);
            EXPECT_LE(mib, warm * kAllowedGrowth) << "at frame " << frame << "\n" << run.output;
        }
    }
    // The whole run in the log, for whoever reads the CI output.
    std::cout << "RSS at frame " << kWarmUpFrames << ": " << warm << " MiB, at frame " << kFrames
              << ": " << samples.back().second << " MiB\n";
}

}  // namespace
}  // namespace xrviz::app
