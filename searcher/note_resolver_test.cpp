// @brief Tests for attach_notes on records read back from the fixture index: cited notes, Ibid.,
// missing notes, cited_by, all resolved when the index was written.
#define BOOST_TEST_MODULE note_resolver
#include <boost/test/unit_test.hpp>

#include "index_format/record_codec.h"
#include "searcher/fixture_index.h"
#include "searcher/note_resolver.h"

using searcher::Hit;
using searcher::testing::FixtureIndex;

namespace {

// The hit for record `id` as the searcher builds it: one get_data, the document's entry.
Hit hit_for(const Xapian::Database& db, const std::string& id) {
  Hit hit;
  const std::string term = std::string(index_format::schema::kPrefixId) + id;
  auto it = db.postlist_begin(term);
  BOOST_REQUIRE(it != db.postlist_end(term));
  auto record = index_format::decode_record(db.get_document(*it).get_data());
  BOOST_REQUIRE(record.is_ok());
  hit.record = std::move(record).value();
  auto info = index_format::decode_document_info(
      db.get_metadata(std::string(index_format::schema::kMetaDocumentPrefix) + hit.record.doc));
  BOOST_REQUIRE(info.is_ok());
  searcher::attach_notes(hit, info.value());
  return hit;
}

}  // namespace

BOOST_AUTO_TEST_CASE(passage_gets_cited_notes_in_order_with_ibid_text) {
  FixtureIndex index;
  Xapian::Database db(index.dir());
  Hit hit = hit_for(db, "demo:p1");
  BOOST_REQUIRE(hit.notes.size() == 2u);
  BOOST_TEST(hit.notes[0].number == 1);
  BOOST_TEST(hit.notes[0].text.find("Defense of Japan 2020") != std::string::npos);
  BOOST_TEST(hit.notes[0].urls == std::vector<std::string>{"https://www.mod.go.jp/e/"}, boost::test_tools::per_element());
  BOOST_TEST(!hit.notes[0].ibid_of.has_value());
  BOOST_TEST(hit.notes[0].ibid_text.empty());
  BOOST_TEST(hit.notes[1].number == 2);
  BOOST_TEST(hit.notes[1].text == "Ibid., pp. 218, 267.");
  BOOST_REQUIRE(hit.notes[1].ibid_of.has_value());
  BOOST_TEST(*hit.notes[1].ibid_of == 1);
  BOOST_TEST(hit.notes[1].ibid_text == hit.notes[0].text);
  BOOST_TEST(hit.cited_by.empty());
}

BOOST_AUTO_TEST_CASE(missing_note_is_reported_not_fatal) {
  FixtureIndex index;
  Xapian::Database db(index.dir());
  Hit hit = hit_for(db, "demo:p2");
  BOOST_REQUIRE(hit.notes.size() == 2u);
  BOOST_TEST(hit.notes[0].found);
  BOOST_TEST(hit.notes[1].number == 9);
  BOOST_TEST(!hit.notes[1].found);
  BOOST_TEST(hit.notes[1].text.empty());
}

BOOST_AUTO_TEST_CASE(note_hit_gets_citing_passages_located) {
  struct Row {
    std::string id;
    std::vector<std::string> cited_by;
    std::vector<int> lines;
    size_t notes;  // an Ibid. note resolves the note it repeats
  };
  const std::vector<Row> rows = {
      {"demo:note1", {"demo:p1"}, {3}, 0},
      {"demo:note2", {"demo:p1", "demo:p2"}, {3, 5}, 1},
      {"demo:note3", {}, {}, 0},
  };
  FixtureIndex index;
  Xapian::Database db(index.dir());
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.id) {
      Hit hit = hit_for(db, row.id);
      BOOST_REQUIRE(hit.cited_by.size() == row.cited_by.size());
      for (size_t i = 0; i < row.cited_by.size(); ++i) {
        BOOST_TEST(hit.cited_by[i].id == row.cited_by[i]);
        BOOST_TEST(hit.cited_by[i].file == "corpus/demo.txt");
        BOOST_TEST(hit.cited_by[i].line_start == row.lines[i]);
      }
      BOOST_TEST(hit.notes.size() == row.notes);
    }
  }
  Hit ibid = hit_for(db, "demo:note2");
  BOOST_TEST(ibid.notes[0].number == 1);
  BOOST_TEST(ibid.notes[0].text.find("Defense of Japan 2020") != std::string::npos);
}

