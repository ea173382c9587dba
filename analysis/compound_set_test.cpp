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
  BOOST_TEST(set.size() == 4u);
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

BOOST_AUTO_TEST_CASE(a_packed_table_is_searched_as_it_was_read) {
  const analysis::CompoundSet built = sample();
  auto read = analysis::CompoundSet::from_packed(built.packed());
  BOOST_REQUIRE(read.is_ok());
  const analysis::CompoundSet& set = read.value();
  BOOST_TEST((set == built));
  BOOST_TEST(set.size() == 4u);
  BOOST_TEST(set.key_of("cyber", "attacks", english()) == "cyberattack");
  BOOST_TEST(set.key_of("health", "care", english()) == "healthcar");
  BOOST_TEST(set.is_key("databas"));
  BOOST_TEST(!set.is_key("cyber"));
  const std::vector<analysis::Compound> expected = {
      {"cyber", "cyberattack"}, {"cyber", "cybersecur"}, {"data", "databas"}, {"health", "healthcar"}};
  BOOST_TEST((set.compounds() == expected));
}

// A first part that is a prefix of another ("e", "ea") must not hide the longer one's compounds.
BOOST_AUTO_TEST_CASE(first_parts_that_prefix_each_other) {
  const analysis::CompoundSet set(std::vector<analysis::Compound>{{"ea", "eaz"}, {"e", "email"}, {"e", "eb"}});
  BOOST_TEST(set.key_of("e", "mail", english()) == "email");
  BOOST_TEST(set.key_of("ea", "z", english()) == "eaz");
  BOOST_TEST(set.key_of("e", "az", english()) == "");  // "eaz" is the key of ("ea", "z"), not of ("e", "az")
}

// Damaged offsets are never followed outside the table: lookups answer, wrongly but safely.
BOOST_AUTO_TEST_CASE(damaged_offsets_read_as_empty_entries) {
  std::string packed = sample().packed();
  for (size_t at = 4; at < 24 && at < packed.size(); ++at) {
    std::string damaged = packed;
    damaged[at] = '\xff';
    auto read = analysis::CompoundSet::from_packed(damaged);
    if (!read.is_ok()) continue;
    read->key_of("cyber", "attacks", english());
    read->is_key("cyberattack");
    read->compounds();
  }
  BOOST_TEST(!analysis::CompoundSet::from_packed(packed.substr(0, 6)).is_ok());
  BOOST_TEST(!analysis::CompoundSet::from_packed(packed + "x").is_ok());
}
