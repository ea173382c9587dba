// @brief Tests for order_by_document.
#define BOOST_TEST_MODULE hit_order
#include <boost/test/unit_test.hpp>

#include "searcher/hit_order.h"

namespace {

searcher::Hit hit(int rank, const char* doc, int line, int ordinal) {
  searcher::Hit h;
  h.rank = rank;
  h.record.doc = doc;
  h.record.line_start = line;
  h.record.ordinal = ordinal;
  return h;
}

}  // namespace

BOOST_AUTO_TEST_CASE(documents_then_lines_then_ordinals) {
  struct Row {
    std::vector<searcher::Hit> hits;
    std::vector<int> ranks;  // expected order, by rank
  };
  const std::vector<Row> rows = {
      {{}, {}},
      {{hit(1, "b", 5, 2), hit(2, "a", 9, 4), hit(3, "a", 3, 1)}, {3, 2, 1}},
      // A note on the same line as the passage citing it comes after it (ordinal).
      {{hit(1, "a", 40, 30), hit(2, "a", 40, 7)}, {2, 1}},
      // Equal places keep relevance order.
      {{hit(1, "a", 1, 1), hit(2, "a", 1, 1)}, {1, 2}},
  };
  for (const Row& row : rows) {
    std::vector<searcher::Hit> hits = row.hits;
    searcher::order_by_document(hits);
    std::vector<int> ranks;
    for (const auto& h : hits) ranks.push_back(h.rank);
    BOOST_TEST(ranks == row.ranks, boost::test_tools::per_element());
  }
}
