#define BOOST_TEST_MODULE expansion_blend
#include <boost/test/unit_test.hpp>

#include "searcher/expansion_blend.h"


BOOST_AUTO_TEST_CASE(moves_the_first_expansion_only_match_up_to_the_slot) {
  struct Row { std::vector<bool> only; std::vector<size_t> expected; };
  const Row rows[] = {
      {{false, false, false, false, true, true}, {0, 1, 4, 2, 3, 5}},
      {{false, true, false, false}, {0, 1, 2, 3}},   // already within sight
      {{false, false, false}, {0, 1, 2}},             // nothing to promote
      {{false, false, true}, {0, 1, 2}},
      {{}, {}},
  };
  for (const auto& row : rows) BOOST_TEST(searcher::blend_order(row.only, 2) == row.expected);
}
