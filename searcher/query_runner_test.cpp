// @brief Tests for QueryRunner on the fixture index: query text to resolved hits, errors, timing.
#define BOOST_TEST_MODULE query_runner
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "searcher/fixture_index.h"
#include "searcher/query_runner.h"

using searcher::QueryOptions;
using searcher::QueryRunner;
using searcher::QueryStats;
using searcher::testing::FixtureIndex;

namespace {

struct Fixture {
  FixtureIndex index;
  std::unique_ptr<searcher::IndexReader> reader;
  Fixture() {
    auto opened = searcher::IndexReader::open(index.dir());
    BOOST_REQUIRE_MESSAGE(opened.is_ok(), opened.status().message());
    reader = std::move(opened).value();
  }
};

std::vector<std::string> sorted_ids(const searcher::QueryResult& result) {
  std::vector<std::string> ids;
  for (const auto& hit : result.hits) ids.push_back(hit.record.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(queries_to_hits, Fixture) {
  struct Row {
    std::string query;
    std::vector<std::string> ids;  // sorted
  };
  const std::vector<Row> rows = {
      {"cyber", {"demo:p1", "demo:p2"}},
      {"note:2", {"demo:p1", "demo:p2"}},
      {"kind:note budgets", {"demo:note3"}},
      {"source:demo kind:glossary", {"demo:glossary1"}},
      {"source:other cyber", {}},
      {"zzyzx", {}},
  };
  QueryRunner runner(*reader, {}, {});
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.query) {
      QueryStats stats;
      auto result = runner.run(row.query, &stats);
      BOOST_REQUIRE_MESSAGE(result.is_ok(), result.status().message());
      BOOST_TEST(result->query == row.query);
      BOOST_TEST(sorted_ids(result.value()) == row.ids, boost::test_tools::per_element());
      BOOST_TEST(stats.parse_us >= 0);
      BOOST_TEST(stats.match_us >= 0);
      BOOST_TEST(!result->parsed.empty());
    }
  }
}

BOOST_FIXTURE_TEST_CASE(hits_come_with_their_notes, Fixture) {
  QueryRunner runner(*reader, {}, {});
  auto result = runner.run("created cyber units", nullptr);
  BOOST_REQUIRE(result.is_ok());
  BOOST_REQUIRE(!result->hits.empty());
  const auto& hit = result->hits.front();
  BOOST_TEST(hit.record.id == "demo:p1");
  BOOST_REQUIRE(hit.notes.size() == 2u);
  BOOST_TEST(hit.notes[1].ibid_of.value_or(0) == 1);
  BOOST_TEST(hit.notes[1].ibid_text == hit.notes[0].text);
}

BOOST_FIXTURE_TEST_CASE(paging_past_the_end_keeps_the_estimate, Fixture) {
  searcher::RankOptions page;
  page.offset = 50;
  QueryRunner runner(*reader, {}, page);
  auto result = runner.run("cyber", nullptr);
  BOOST_REQUIRE(result.is_ok());
  BOOST_TEST(result->hits.empty());
  BOOST_TEST(result->matches_estimated == 2u);
}

// Malformed queries are repaired with a notice; under --strict they are query errors.
BOOST_FIXTURE_TEST_CASE(bad_queries_are_repaired_or_strictly_query_errors, Fixture) {
  QueryOptions strict_options;
  strict_options.strict = true;
  QueryRunner lenient(*reader, {}, {});
  QueryRunner runner(*reader, strict_options, {});
  const std::vector<std::string> queries = {"cyber \"units", "(cyber", "colour:red", std::string("cy\0ber", 6)};
  for (const std::string& query : queries) {
    BOOST_TEST_CONTEXT(query) {
      auto repaired = lenient.run(query, nullptr);
      BOOST_REQUIRE_MESSAGE(repaired.is_ok(), repaired.status().message());
      BOOST_TEST(!repaired->notices.empty());
      auto result = runner.run(query, nullptr);
      BOOST_REQUIRE(!result.is_ok());
      BOOST_TEST((result.status().kind() == analysis::Status::Kind::kQueryError));
      BOOST_TEST(result.status().message().rfind("query:", 0) == 0u, result.status().message());
    }
  }
}
