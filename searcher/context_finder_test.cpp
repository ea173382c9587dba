// @brief Tests for find_context on the fixture index: neighbours in file order, clipped at the
// document's ends, none for N = 0.
#define BOOST_TEST_MODULE context_finder
#include <boost/test/unit_test.hpp>

#include "searcher/context_finder.h"
#include "searcher/fixture_index.h"
#include "searcher/record_lookup.h"

using searcher::testing::FixtureIndex;

namespace {

std::vector<std::string> ids(const std::vector<index_format::PassageRecord>& records) {
  std::vector<std::string> out;
  for (const auto& r : records) out.push_back(r.id);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(neighbours_in_file_order) {
  FixtureIndex fixture;
  auto index = searcher::IndexReader::open(fixture.dir());
  BOOST_REQUIRE(index.is_ok());
  // The fixture's file order: p1 (line 3), p2 (5-7), glossary1 (9-10), note1..note3 (20-22).
  struct Row {
    std::string id;
    int n;
    std::vector<std::string> before;
    std::vector<std::string> after;
  };
  const std::vector<Row> rows = {
      {"demo:p2", 1, {"demo:p1"}, {"demo:glossary1"}},
      {"demo:p1", 2, {}, {"demo:p2", "demo:glossary1"}},
      {"demo:note1", 1, {"demo:glossary1"}, {"demo:note2"}},
      {"demo:note3", 2, {"demo:note1", "demo:note2"}, {}},
      {"demo:p1", 50, {}, {"demo:p2", "demo:glossary1", "demo:note1", "demo:note2", "demo:note3"}},
      {"demo:p2", 0, {}, {}},
  };
  for (const Row& row : rows) {
    auto found = searcher::find_record(*index.value(), row.id);
    BOOST_REQUIRE(found.is_ok());
    BOOST_REQUIRE(found.value().has_value());
    auto context = searcher::find_context(*index.value(), found.value()->record, row.n);
    BOOST_REQUIRE_MESSAGE(context.is_ok(), context.status().message());
    BOOST_TEST(ids(context->before) == row.before, boost::test_tools::per_element());
    BOOST_TEST(ids(context->after) == row.after, boost::test_tools::per_element());
    for (const auto& r : context->before) BOOST_TEST(r.file == "corpus/demo.txt");
    for (const auto& r : context->after) BOOST_TEST(!r.text.empty());
  }
}

BOOST_AUTO_TEST_CASE(attach_context_fills_each_hit) {
  FixtureIndex fixture;
  auto index = searcher::IndexReader::open(fixture.dir());
  BOOST_REQUIRE(index.is_ok());
  std::vector<searcher::Hit> hits(2);
  hits[0].record = searcher::find_record(*index.value(), "demo:p2").value()->record;
  hits[1].record = searcher::find_record(*index.value(), "demo:note2").value()->record;
  BOOST_REQUIRE(searcher::attach_context(*index.value(), hits, 1).is_ok());
  BOOST_TEST(ids(hits[0].context.before) == std::vector<std::string>{"demo:p1"}, boost::test_tools::per_element());
  BOOST_TEST(ids(hits[1].context.after) == std::vector<std::string>{"demo:note3"}, boost::test_tools::per_element());
  std::vector<searcher::Hit> untouched(hits.begin(), hits.begin() + 1);
  untouched[0].context = {};
  BOOST_REQUIRE(searcher::attach_context(*index.value(), untouched, 0).is_ok());
  BOOST_TEST(untouched[0].context.empty());
}
