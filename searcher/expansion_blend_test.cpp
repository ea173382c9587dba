#define BOOST_TEST_MODULE expansion_blend
#include <boost/test/unit_test.hpp>

#include "searcher/expansion_blend.h"

using searcher::ExpansionTerms;

BOOST_AUTO_TEST_CASE(classifies_matches_by_group_member) {
  const std::vector<ExpansionTerms> groups = {{{"Zmod"}, {{"ministry", "of", "defense"}}}};
  struct Row { std::vector<std::string> matching; bool expected; };
  const Row rows[] = {
      {{"ministry", "of", "defense"}, true},
      {{"ministry", "of", "defense", "Zmod"}, false},  // says both: found by its own words
      {{"Zmod"}, false},
      {{"ministry", "defense"}, false},                // not the whole expansion
      {{}, false},
  };
  for (const auto& row : rows) BOOST_TEST(searcher::found_only_through_expansion(row.matching, groups) == row.expected);
}

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
