// @brief LatencyStats: percentiles of latency samples, the figures every table of the report shows.
#pragma once

#include <cstddef>
#include <vector>

namespace bench {

// Nearest-rank percentiles (the smallest sample with at least p% of samples at or below it), so
// every figure is a latency actually observed, never an interpolation between two.
struct LatencySummary {
  size_t count = 0;
  double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;  // microseconds
};

// REQUIRES: nothing; an empty `samples_us` gives a zero summary.
LatencySummary summarize(std::vector<double> samples_us);

// The nearest-rank `percent` percentile of `sorted_us` (ascending). REQUIRES: not empty.
double percentile(const std::vector<double>& sorted_us, double percent);

}  // namespace bench
