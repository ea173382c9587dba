// @brief Tests for IndexReader: a good index opens; missing and incompatible ones say how to fix.
#define BOOST_TEST_MODULE index_reader
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <functional>

#include "index_format/acronym_definitions.h"
#include "index_format/record_codec.h"
#include "index_format/schema.h"
#include "searcher/fixture_index.h"
#include "searcher/index_reader.h"

using searcher::IndexReader;
using searcher::testing::FixtureIndex;

BOOST_AUTO_TEST_CASE(opens_fixture_and_restores_analyzer_documents_and_acronyms) {
  FixtureIndex index;
  auto reader = IndexReader::open(index.dir());
  BOOST_REQUIRE_MESSAGE(reader.is_ok(), reader.status().message());
  BOOST_TEST(reader.value()->db().get_doccount() == 6u);
  BOOST_TEST(reader.value()->document("demo").title == "Demo Document");
  BOOST_TEST(reader.value()->document("demo").file == "corpus/demo.txt");
  BOOST_TEST(reader.value()->document("nope").title.empty());
  BOOST_TEST(reader.value()->document("nope").id == "nope");
  const auto& acronyms = reader.value()->acronyms();
  BOOST_TEST(acronyms.size() == 2u);
  auto mod = acronyms.group_of({"ministry", "of", "defence"}, reader.value()->analyzer());
  BOOST_REQUIRE(mod.has_value());
  BOOST_TEST((acronyms.group_of({"mod"}, reader.value()->analyzer()) == mod));
  auto definitions = reader.value()->acronym_definitions();
  BOOST_REQUIRE(definitions.is_ok());
  BOOST_TEST(definitions->size() == 2u);
  BOOST_TEST(reader.value()->analyzer().is_stopword("the"));
  BOOST_TEST(reader.value()->analyzer().canonical("defence") == "defense");
  BOOST_TEST(reader.value()->reopen().is_ok());
}

BOOST_AUTO_TEST_CASE(errors_say_what_to_do) {
  struct Row {
    std::string name;
    std::function<std::string(const std::string& scratch)> make;  // returns the --index path
    std::vector<std::string> expected;                             // substrings of the message
  };
  FixtureIndex old_index(index_format::schema::kSchemaVersion + 1);
  const std::vector<Row> rows = {
      {"missing directory", [](const std::string& s) { return s + "/absent"; },
       {"no index at", "/absent", "indexer --corpus corpus --index", "/absent"}},
      {"directory without stub",
       [](const std::string& s) {
         std::filesystem::create_directories(s + "/empty");
         return s + "/empty";
       },
       {"no index at", "XAPIANDB", "indexer --corpus corpus --index"}},
      {"stub pointing nowhere",
       [](const std::string& s) {
         std::filesystem::create_directories(s + "/dangling");
         std::ofstream(s + "/dangling/XAPIANDB") << "auto gen9\n";
         return s + "/dangling";
       },
       {"/dangling"}},
      {"other schema version", [&](const std::string&) { return old_index.dir(); },
       {"was written by schema version " + std::to_string(index_format::schema::kSchemaVersion + 1),
        "this searcher reads version " + std::to_string(index_format::schema::kSchemaVersion),
        "rebuild it with `indexer --index " + old_index.dir() + "`"}},
  };
  FixtureIndex scratch;  // a temp directory to make broken indexes in
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      auto reader = IndexReader::open(row.make(scratch.dir()));
      BOOST_REQUIRE(!reader.is_ok());
      BOOST_TEST((reader.status().kind() == analysis::Status::Kind::kIndexError));
      for (const std::string& part : row.expected) {
        BOOST_TEST(reader.status().message().find(part) != std::string::npos,
                   "'" << part << "' in: " << reader.status().message());
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(files_are_located_from_the_recorded_corpus_root) {
  FixtureIndex index;
  const std::string cwd = std::filesystem::current_path().generic_string();
  {
    Xapian::WritableDatabase db((std::filesystem::path(index.dir()) / "gen1").string(), Xapian::DB_OPEN);
    db.set_metadata(std::string(index_format::schema::kMetaCorpusRoot), cwd + "/corpus");
    db.set_metadata(std::string(index_format::schema::kMetaDocumentPrefix) + "demo",
                    index_format::encode_document_info({"demo", "demo.txt", "Demo Document", "", "", ""}));
    db.set_metadata(std::string(index_format::schema::kMetaAcronymsPrefix) + "demo",
                    index_format::encode_acronym_definitions({{"MoD", "Ministry of Defense", "demo", "demo.txt", 3}}));
    db.commit();
  }
  auto reader = IndexReader::open(index.dir());
  BOOST_REQUIRE_MESSAGE(reader.is_ok(), reader.status().message());
  const auto& document = reader.value()->document("demo");
  BOOST_TEST(document.file == "corpus/demo.txt");  // below the working directory: relative
  BOOST_TEST(document.path == cwd + "/corpus/demo.txt");
  auto definitions = reader.value()->acronym_definitions();
  BOOST_REQUIRE(definitions.is_ok());
  BOOST_REQUIRE_EQUAL(definitions->size(), 1u);
  BOOST_TEST(definitions->front().file == "corpus/demo.txt");
  // After a reopen (a new generation), the same.
  BOOST_REQUIRE(reader.value()->reopen().is_ok());
  BOOST_TEST(reader.value()->document("demo").path == cwd + "/corpus/demo.txt");
}
