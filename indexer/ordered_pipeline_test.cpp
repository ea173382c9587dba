#define BOOST_TEST_MODULE ordered_pipeline
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "indexer/ordered_pipeline.h"

namespace {

// Items finish out of order: later items are produced faster than earlier ones.
void uneven_work(size_t i) { std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 13 * 50)); }

}  // namespace

BOOST_AUTO_TEST_CASE(consumes_every_item_in_order_whatever_the_jobs_and_window) {
  struct Row {
    int jobs;
    size_t window;
    size_t count;
  };
  for (const Row& row : {Row{1, 1, 50}, Row{2, 1, 50}, Row{2, 3, 50}, Row{4, 8, 200}, Row{8, 2, 100}, Row{3, 5, 0},
                         Row{4, 16, 2}}) {
    std::vector<size_t> seen;
    const size_t consumed = indexer::run_ordered<size_t>(
        row.count, row.jobs, row.window,
        [](size_t i) {
          uneven_work(i);
          return i * i;
        },
        [&](size_t i, size_t value) {
          BOOST_TEST(value == i * i);
          seen.push_back(i);
          return true;
        });
    BOOST_TEST(consumed == row.count);
    std::vector<size_t> expected(row.count);
    for (size_t i = 0; i < row.count; ++i) expected[i] = i;
    BOOST_TEST(seen == expected, "jobs " << row.jobs << " window " << row.window);
  }
}

BOOST_AUTO_TEST_CASE(never_more_than_the_window_in_flight) {
  for (size_t window : {1u, 2u, 5u}) {
    std::atomic<long> in_flight{0};
    std::atomic<long> most{0};
    indexer::run_ordered<int>(
        100, 4, window,
        [&](size_t i) {
          const long now = ++in_flight;
          for (long m = most; now > m && !most.compare_exchange_weak(m, now);) {
          }
          uneven_work(i);
          return 0;
        },
        [&](size_t, int) {
          --in_flight;
          return true;
        });
    BOOST_TEST(most.load() <= static_cast<long>(window), "window " << window);
  }
}

BOOST_AUTO_TEST_CASE(a_producer_error_surfaces_at_its_turn_after_the_items_before_it) {
  for (int jobs : {1, 3}) {
    std::vector<size_t> seen;
    BOOST_CHECK_THROW(indexer::run_ordered<size_t>(
                          40, jobs, 4,
                          [](size_t i) {
                            uneven_work(i);
                            if (i == 17) throw std::runtime_error("item 17");
                            return i;
                          },
                          [&](size_t i, size_t) {
                            seen.push_back(i);
                            return true;
                          }),
                      std::runtime_error);
    BOOST_TEST(seen.size() == 17u, "jobs " << jobs);
  }
}

BOOST_AUTO_TEST_CASE(a_consumer_that_stops_or_throws_stops_the_workers) {
  for (int jobs : {1, 4}) {
    std::atomic<size_t> produced{0};
    const size_t consumed = indexer::run_ordered<int>(
        1000, jobs, 3,
        [&](size_t) {
          ++produced;
          return 0;
        },
        [](size_t i, int) { return i < 9; });
    BOOST_TEST(consumed == 10u);
    BOOST_TEST(produced.load() <= 10u + 3u, "jobs " << jobs);  // the window bounds the work past the stop
    BOOST_CHECK_THROW(indexer::run_ordered<int>(
                          1000, jobs, 3, [](size_t) { return 0; },
                          [](size_t i, int) -> bool {
                            if (i == 5) throw std::logic_error("consumer");
                            return true;
                          }),
                      std::logic_error);
  }
}
