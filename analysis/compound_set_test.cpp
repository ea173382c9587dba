// @brief CompoundSet: lookups by first part and key on a list given in any order, and copies.
#define BOOST_TEST_MODULE compound_set
#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <vector>

#include "analysis/compound_set.h"

namespace {

const Xapian::Stem& english() {
  static const Xapian::Stem stem("english");
  return stem;
}

// Out of order and with a duplicate, as a set built by hand may be (an index stores it sorted).
analysis::CompoundSet sample() {
  return analysis::CompoundSet(std::vector<analysis::Compound>{
      {"health", "healthcar"}, {"cyber", "cyberattack"}, {"data", "databas"}, {"cyber", "cybersecur"},
      {"cyber", "cyberattack"}});
}

}  // namespace

BOOST_AUTO_TEST_CASE(key_of_finds_each_compound_from_its_two_words) {
  const analysis::CompoundSet set = sample();
  BOOST_TEST(set.compounds().size() == 4u);
  BOOST_TEST(set.key_of("cyber", "attacks", english()) == "cyberattack");
  BOOST_TEST(set.key_of("cyber", "security", english()) == "cybersecur");
  BOOST_TEST(set.key_of("data", "base", english()) == "databas");
  BOOST_TEST(set.key_of("health", "care", english()) == "healthcar");
  BOOST_TEST(set.key_of("cyber", "space", english()) == "");  // a first part, but no such compound
  BOOST_TEST(set.key_of("cyb", "erattack", english()) == "");  // the key, from another split
  BOOST_TEST(set.key_of("aaa", "bbb", english()) == "");       // before every first part
  BOOST_TEST(set.key_of("zzz", "bbb", english()) == "");       // after every first part
}

BOOST_AUTO_TEST_CASE(is_key_and_copies_outliving_the_original) {
  std::optional<analysis::CompoundSet> original(sample());
  const analysis::CompoundSet copy = *original;
  BOOST_TEST(original->is_key("databas"));
  original.reset();
  BOOST_TEST(copy.is_key("cyberattack"));
  BOOST_TEST(copy.is_key("healthcar"));
  BOOST_TEST(!copy.is_key("cyber"));
  BOOST_TEST(!analysis::CompoundSet().is_key("cyberattack"));
  BOOST_TEST(analysis::CompoundSet().key_of("cyber", "attacks", english()) == "");
}
