// @brief Tests for similar_query / find_similar on the fixture index: the expand terms are the
// record's own words, the record itself and other kinds are left out, unknown ids are errors.
#define BOOST_TEST_MODULE similar_finder
#include <boost/test/unit_test.hpp>

#include "searcher/fixture_index.h"
#include "searcher/record_lookup.h"
#include "searcher/similar_finder.h"

using searcher::testing::FixtureIndex;

BOOST_AUTO_TEST_CASE(expand_terms_are_text_words_of_the_record) {
  FixtureIndex fixture;
  auto index = searcher::IndexReader::open(fixture.dir());
  BOOST_REQUIRE(index.is_ok());
  auto found = searcher::find_record(*index.value(), "demo:p1");
  BOOST_REQUIRE(found.is_ok() && found.value());
  Xapian::Query query = searcher::similar_query(index.value()->db(), found.value()->docid, "demo:p1", "passage",
                                                index.value()->analyzer());
  std::set<std::string> terms(query.get_terms_begin(), query.get_terms_end());
  // Words of p1 ("The Ministry of Defence created cyber units in 2014. Their budget grew."),
  // no stopword, no stem or section term; plus the kind filter and the excluded id.
  for (const char* word : {"ministry", "cyber", "units", "budget", "created"}) BOOST_TEST(terms.count(word) == 1u, word);
  for (const char* absent : {"the", "of", "their", "Zcyber", "Sstrategy", "command"}) {
    BOOST_TEST(terms.count(absent) == 0u, absent);
  }
  BOOST_TEST(terms.count("XKIND:passage") == 1u);
  BOOST_TEST(terms.count("Qdemo:p1") == 1u);
}

BOOST_AUTO_TEST_CASE(similar_records_leave_out_the_record_and_other_kinds) {
  FixtureIndex fixture;
  auto index = searcher::IndexReader::open(fixture.dir());
  BOOST_REQUIRE(index.is_ok());
  searcher::RankOptions rank;
  auto result = searcher::find_similar(*index.value(), "demo:p1", rank);
  BOOST_REQUIRE_MESSAGE(result.is_ok(), result.status().message());
  BOOST_TEST(result->query == "similar:demo:p1");
  // p2 shares "cyber"; the glossary and note 1 share "ministry" but are other kinds.
  BOOST_REQUIRE(result->hits.size() == 1u);
  BOOST_TEST(result->hits[0].record.id == "demo:p2");
  BOOST_TEST(result->hits[0].record.file == "corpus/demo.txt");
  BOOST_TEST(result->hits[0].notes.size() == 2u);  // completed like a query's hits
  auto note = searcher::find_similar(*index.value(), "note:3", rank);
  BOOST_REQUIRE(note.is_ok());
  for (const auto& hit : note->hits) {
    BOOST_TEST(hit.record.kind == "note");
    BOOST_TEST(hit.record.id != "demo:note3");
  }
  auto unknown = searcher::find_similar(*index.value(), "demo:p42", rank);
  BOOST_REQUIRE(!unknown.is_ok());
  BOOST_TEST((unknown.status().kind() == analysis::Status::Kind::kNotFound));
}
