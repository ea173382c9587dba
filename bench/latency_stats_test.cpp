// @brief Tests for LatencyStats: nearest-rank percentiles on small tables.
#define BOOST_TEST_MODULE latency_stats
#include <boost/test/unit_test.hpp>

#include "bench/latency_stats.h"

BOOST_AUTO_TEST_CASE(nearest_rank_percentiles) {
  struct Row {
    std::vector<double> samples;
    double p50, p99, max;
  };
  const Row rows[] = {
      {{}, 0, 0, 0},
      {{7}, 7, 7, 7},
      {{4, 1, 3, 2}, 2, 4, 4},
      {{10, 20, 30, 40, 50, 60, 70, 80, 90, 100}, 50, 100, 100},
  };
  for (const auto& row : rows) {
    auto summary = bench::summarize(row.samples);
    BOOST_TEST(summary.count == row.samples.size());
    BOOST_TEST(summary.p50 == row.p50);
    BOOST_TEST(summary.p99 == row.p99);
    BOOST_TEST(summary.max == row.max);
  }
}

BOOST_AUTO_TEST_CASE(p99_of_a_hundred_samples_is_the_99th) {
  std::vector<double> samples;
  for (int i = 100; i >= 1; --i) samples.push_back(i);
  auto summary = bench::summarize(samples);
  BOOST_TEST(summary.p95 == 95);
  BOOST_TEST(summary.p99 == 99);
  BOOST_TEST(summary.mean == 50.5);
}
