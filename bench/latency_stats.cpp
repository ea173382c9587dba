// @brief LatencyStats: nearest-rank percentiles.
#include "bench/latency_stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bench {

double percentile(const std::vector<double>& sorted_us, double percent) {
  size_t rank = static_cast<size_t>(std::ceil(percent / 100.0 * static_cast<double>(sorted_us.size())));
  return sorted_us[std::clamp<size_t>(rank, 1, sorted_us.size()) - 1];
}

LatencySummary summarize(std::vector<double> samples_us) {
  LatencySummary summary;
  if (samples_us.empty()) return summary;
  std::sort(samples_us.begin(), samples_us.end());
  summary.count = samples_us.size();
  summary.p50 = percentile(samples_us, 50);
  summary.p95 = percentile(samples_us, 95);
  summary.p99 = percentile(samples_us, 99);
  summary.max = samples_us.back();
  summary.mean = std::accumulate(samples_us.begin(), samples_us.end(), 0.0) / static_cast<double>(samples_us.size());
  return summary;
}

}  // namespace bench
