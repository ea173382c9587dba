#define BOOST_TEST_MODULE record_codec
#include <boost/test/unit_test.hpp>

#include "index_format/record_codec.h"
#include "index_format/word_lists_codec.h"

BOOST_AUTO_TEST_CASE(round_trips_every_field) {
  index_format::PassageRecord r;
  r.id = index_format::note_id("iiss-japan-2021", 12);
  r.kind = "note";
  r.doc = "iiss-japan-2021";
  r.section = {"Notes"};
  r.ordinal = 3;
  r.line_start = 168;
  r.line_end = 168;
  r.text = "Ibid., pp. 218, 267.";
  r.number = 12;
  r.ibid_of = 11;
  r.cited_by = {{"iiss-japan-2021:p14", 40, 42}};
  r.cited_notes = {{11, "Ministry of Defense, Defense of Japan 2020.", {"https://www.mod.go.jp/"}, std::nullopt, "", true}};
  auto back = index_format::decode_record(index_format::encode_record(r));
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST((back.value() == r));
  BOOST_TEST(r.id == "iiss-japan-2021:note12");
}

BOOST_AUTO_TEST_CASE(malformed_data_is_an_error) {
  for (const char* bad : {"", "{}", "[1,2]", "{\"id\":3}"}) {
    auto r = index_format::decode_record(bad);
    BOOST_TEST(!r.is_ok(), bad);
  }
}

BOOST_AUTO_TEST_CASE(word_lists_round_trip_in_a_stable_order) {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the", "and"};
  lists.variants = {{"defence", "defense"}, {"organise", "organize"}};
  const std::string encoded = index_format::encode_word_lists(lists);
  auto back = index_format::decode_word_lists(encoded);
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST((back->stopwords == lists.stopwords));
  BOOST_TEST((back->variants == lists.variants));
  analysis::WordLists same;  // the same lists built in another order encode to the same bytes
  same.variants = {{"organise", "organize"}, {"defence", "defense"}};
  same.stopwords = {"and", "the", "of"};
  BOOST_TEST(index_format::encode_word_lists(same) == encoded);
  for (const std::string bad : {std::string(), std::string("{\"stopwords\":[]}"), encoded.substr(0, encoded.size() - 3)})
    BOOST_TEST(!index_format::decode_word_lists(bad).is_ok());
}
