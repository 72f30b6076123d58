#include "engine/core/stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "engine/core/error.h"

namespace xrviz {

namespace {
constexpr double no_samples = std::numeric_limits<double>::quiet_NaN();
}  // namespace

double SampleSeries::percentile(double p) const {
    if (!(p >= 0.0 && p <= 100.0)) {  // written so that NaN fails too
        fail("percentile must be in [0, 100], got " + std::to_string(p));
    }
    if (samples_.empty())
        return no_samples;
    std::vector<double> sorted = samples_;
    std::sort(sorted.begin(), sorted.end());
    const double rank = p / 100.0 * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(rank));
    const auto above = std::min(below + 1, sorted.size() - 1);
    const double fraction = rank - static_cast<double>(below);
    return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

double SampleSeries::mean() const {
    if (samples_.empty())
        return no_samples;
    return std::accumulate(samples_.begin(), samples_.end(), 0.0) /
           static_cast<double>(samples_.size());
}

double SampleSeries::min() const {
    if (samples_.empty())
        return no_samples;
    return *std::min_element(samples_.begin(), samples_.end());
}

double SampleSeries::max() const {
    if (samples_.empty())
        return no_samples;
    return *std::max_element(samples_.begin(), samples_.end());
}

}  // namespace xrviz
