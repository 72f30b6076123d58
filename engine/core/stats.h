#pragma once
// Summary statistics over a series of samples (frame times, mostly). add() is O(1)
// amortised so it can sit in a frame loop; percentile() sorts a copy on demand, O(n log n),
// because a report asks for a handful of percentiles once, at the end.
#include <cstddef>
#include <vector>

namespace xrviz {

class SampleSeries {
public:
    void add(double sample) { samples_.push_back(sample); }
    void reserve(std::size_t count) { samples_.reserve(count); }
    void clear() { samples_.clear(); }
    std::size_t count() const { return samples_.size(); }

    // p in [0, 100], else throws Error. Linear interpolation between the two nearest
    // ranks (numpy's default): rank = p / 100 * (count - 1), so p = 0 is the minimum,
    // p = 100 the maximum and p = 50 the usual median.
    // On an empty series these return NaN (JSON null): "no samples" is not zero.
    double percentile(double p) const;
    double mean() const;
    double min() const;
    double max() const;

private:
    std::vector<double> samples_;
};

}  // namespace xrviz
