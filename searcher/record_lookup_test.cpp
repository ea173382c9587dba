// @brief Tests for find_record / find_records on the fixture index: ids of each kind, notes by
// number, and the error rows (malformed keys, unknown ids and note numbers).
#define BOOST_TEST_MODULE record_lookup
#include <boost/test/unit_test.hpp>

#include "searcher/fixture_index.h"
#include "searcher/record_lookup.h"

using analysis::Status;
using searcher::testing::FixtureIndex;

BOOST_AUTO_TEST_CASE(keys_find_their_records_with_document_title_and_file) {
  FixtureIndex fixture;
  auto index = searcher::IndexReader::open(fixture.dir());
  BOOST_REQUIRE(index.is_ok());
  struct Row {
    std::string key;
    std::string id;
    std::string kind;
    int line_start;
  };
  const std::vector<Row> rows = {
      {"demo:p1", "demo:p1", "passage", 3},
      {"demo:p2", "demo:p2", "passage", 5},
      {"demo:glossary1", "demo:glossary1", "glossary", 9},
      {"demo:note2", "demo:note2", "note", 21},
      {"note:2", "demo:note2", "note", 21},  // by number, in every document
      {"note:3", "demo:note3", "note", 22},  // cited by nothing: no XNOTE term leads to it
      // file:line as the text output prints it, from anywhere in the record's lines.
      {"corpus/demo.txt:3", "demo:p1", "passage", 3},
      {"corpus/demo.txt:6", "demo:p2", "passage", 5},
      {"/home/a/project/corpus/demo.txt:10", "demo:glossary1", "glossary", 9},
      {"demo.txt:20", "demo:note1", "note", 20},
  };
  for (const Row& row : rows) {
    auto found = searcher::find_records(*index.value(), row.key);
    BOOST_REQUIRE_MESSAGE(found.is_ok(), row.key << ": " << found.status().message());
    BOOST_REQUIRE(found->size() == 1u);
    const auto& record = found->front().record;
    BOOST_TEST(record.id == row.id, row.key);
    BOOST_TEST(record.kind == row.kind, row.key);
    BOOST_TEST(record.line_start == row.line_start, row.key);
    BOOST_TEST(record.title == "Demo Document", row.key);
    BOOST_TEST(record.file == "corpus/demo.txt", row.key);
    BOOST_TEST(found->front().docid != 0u, row.key);
  }
}

BOOST_AUTO_TEST_CASE(bad_and_unknown_keys_are_errors_naming_them) {
  FixtureIndex fixture;
  auto index = searcher::IndexReader::open(fixture.dir());
  BOOST_REQUIRE(index.is_ok());
  struct Row {
    std::string key;
    Status::Kind kind;
    std::string in_message;
  };
  const std::vector<Row> rows = {
      {"", Status::Kind::kInvalidInput, "empty record id"},
      {"demo:p1 demo:p2", Status::Kind::kInvalidInput, "'demo:p1 demo:p2'"},
      {std::string("demo:p1\x01", 8), Status::Kind::kInvalidInput, "control character"},
      {"note:", Status::Kind::kInvalidInput, "expected a note number"},
      {"note:x1", Status::Kind::kInvalidInput, "'note:x1'"},
      {"demo:p99", Status::Kind::kNotFound, "no record 'demo:p99'"},
      {"other:p1", Status::Kind::kNotFound, "no record 'other:p1'"},
      {"note:7", Status::Kind::kNotFound, "has a note 7"},
      {"corpus/demo.txt:15", Status::Kind::kNotFound, "holds corpus/demo.txt:15"},  // between records
      {"corpus/other.txt:3", Status::Kind::kNotFound, "holds corpus/other.txt:3"},
      {"emo.txt:3", Status::Kind::kNotFound, "holds emo.txt:3"},  // only at a directory boundary
  };
  for (const Row& row : rows) {
    auto found = searcher::find_records(*index.value(), row.key);
    BOOST_REQUIRE_MESSAGE(!found.is_ok(), row.key);
    BOOST_TEST((found.status().kind() == row.kind), row.key);
    BOOST_TEST(found.status().message().find(row.in_message) != std::string::npos, found.status().message());
  }
  auto missing = searcher::find_record(*index.value(), "demo:p99");
  BOOST_REQUIRE(missing.is_ok());
  BOOST_TEST(!missing.value().has_value());
}
