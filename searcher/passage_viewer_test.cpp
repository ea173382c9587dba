// @brief Tests for view_records on the fixture index: a passage with its notes in full, a note
// with the passages citing it in full, context, and errors passed through.
#define BOOST_TEST_MODULE passage_viewer
#include <boost/test/unit_test.hpp>

#include "searcher/fixture_index.h"
#include "searcher/passage_viewer.h"

using searcher::testing::FixtureIndex;

BOOST_AUTO_TEST_CASE(passage_view_has_whole_text_and_notes) {
  FixtureIndex fixture;
  auto index = searcher::IndexReader::open(fixture.dir());
  BOOST_REQUIRE(index.is_ok());
  auto views = searcher::view_records(*index.value(), "demo:p1", 0);
  BOOST_REQUIRE(views.is_ok());
  BOOST_REQUIRE(views->size() == 1u);
  const auto& view = views->front();
  BOOST_TEST(view.record.text == searcher::testing::fixture_records()[0].text);
  BOOST_REQUIRE(view.record.cited_notes.size() == 2u);
  BOOST_TEST(view.record.cited_notes[0].text.find("Defense of Japan 2020") != std::string::npos);
  BOOST_TEST(view.record.cited_notes[1].ibid_text == view.record.cited_notes[0].text);
  BOOST_TEST(view.citing.empty());
  BOOST_TEST(view.context.empty());
}

BOOST_AUTO_TEST_CASE(note_view_lists_citing_passages_whole) {
  FixtureIndex fixture;
  auto index = searcher::IndexReader::open(fixture.dir());
  BOOST_REQUIRE(index.is_ok());
  struct Row {
    std::string key;
    std::vector<std::string> citing;
  };
  const std::vector<Row> rows = {
      {"demo:note2", {"demo:p1", "demo:p2"}},
      {"note:2", {"demo:p1", "demo:p2"}},
      {"demo:note1", {"demo:p1"}},
      {"demo:note3", {}},
  };
  const auto records = searcher::testing::fixture_records();
  for (const Row& row : rows) {
    auto views = searcher::view_records(*index.value(), row.key, 1);
    BOOST_REQUIRE(views.is_ok());
    BOOST_REQUIRE(views->size() == 1u);
    const auto& view = views->front();
    std::vector<std::string> ids;
    for (const auto& citing : view.citing) {
      ids.push_back(citing.id);
      // Whole, as indexed, with the document's file.
      auto original = std::find_if(records.begin(), records.end(), [&](const auto& r) { return r.id == citing.id; });
      BOOST_REQUIRE(original != records.end());
      BOOST_TEST(citing.text == original->text);
      BOOST_TEST(citing.file == "corpus/demo.txt");
    }
    BOOST_TEST(ids == row.citing, boost::test_tools::per_element());
    BOOST_TEST(!view.context.empty(), row.key);
  }
  auto bad = searcher::view_records(*index.value(), "demo:note9", 0);
  BOOST_TEST((!bad.is_ok() && bad.status().kind() == analysis::Status::Kind::kNotFound));
}
