// @brief compounds_codec: round trips, the empty set, and malformed values.
#define BOOST_TEST_MODULE compounds_codec
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "index_format/compounds_codec.h"
#include "index_format/tlv.h"

BOOST_AUTO_TEST_CASE(sets_round_trip_and_encode_in_one_order) {
  const std::vector<std::vector<analysis::Compound>> rows = {
      {},
      {{"e", "email"}},
      {{"health", "healthcar"}, {"data", "databas"}, {"e", "email"}},
      {{"e", "email"}, {"e", "email"}},  // duplicates are one
  };
  for (const auto& row : rows) {
    const analysis::CompoundSet set(row);
    const std::string bytes = index_format::encode_compounds(set);
    auto back = index_format::decode_compounds(bytes);
    BOOST_REQUIRE(back.is_ok());
    BOOST_TEST((back.value() == set));
    std::vector<analysis::Compound> reversed(row.rbegin(), row.rend());
    BOOST_TEST(index_format::encode_compounds(analysis::CompoundSet(reversed)) == bytes);
  }
}

BOOST_AUTO_TEST_CASE(no_entry_is_no_compounds) {
  auto none = index_format::decode_compounds("");
  BOOST_REQUIRE(none.is_ok());
  BOOST_TEST(none->empty());
}

BOOST_AUTO_TEST_CASE(malformed_values_are_errors) {
  const std::string good = index_format::encode_compounds(analysis::CompoundSet(std::vector<analysis::Compound>{{"e", "email"}}));
  const std::vector<std::string> rows = {
      std::string("\x03", 1) + good.substr(1),      // another format byte
      good.substr(0, good.size() - 2),              // cut short
      good + "x",                                   // longer than its offsets say
      std::string("\x02\x05", 2),                   // counts cut short
      std::string("\x01\x01\x02\x01\x00", 5),       // format 1: a compound with an empty first part and no key
  };
  for (const auto& bytes : rows) {
    auto decoded = index_format::decode_compounds(bytes);
    BOOST_TEST(!decoded.is_ok());
    if (!decoded.is_ok()) BOOST_TEST(decoded.status().message().find("compounds") != std::string::npos);
  }
}

// Format 1, as an index written before the packed table stores it, is still read.
BOOST_AUTO_TEST_CASE(the_older_nested_format_is_read) {
  index_format::TlvWriter one;
  one.add_bytes(1, "e");
  one.add_bytes(2, "email");
  index_format::TlvWriter all;
  all.add_bytes(1, one.data());
  auto decoded = index_format::decode_compounds(std::string(1, '\x01') + all.take());
  BOOST_REQUIRE(decoded.is_ok());
  BOOST_TEST((decoded.value() == analysis::CompoundSet(std::vector<analysis::Compound>{{"e", "email"}})));
}
