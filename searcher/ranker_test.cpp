// @brief Tests for rank on the fixture index: BM25 order, paging, snippets with highlights, explain.
#define BOOST_TEST_MODULE ranker
#include <boost/test/unit_test.hpp>

#include "searcher/fixture_index.h"
#include "searcher/ranker.h"

using searcher::RankOptions;
using searcher::rank;
using searcher::testing::FixtureIndex;

namespace {

const analysis::Analyzer& analyzer() {
  static const analysis::Analyzer a(analysis::WordLists{});
  return a;
}

Xapian::Query words(std::initializer_list<std::string> terms) {
  std::vector<Xapian::Query> parts;
  for (const auto& term : terms) parts.emplace_back(term);
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace

BOOST_AUTO_TEST_CASE(ids_in_rank_order) {
  struct Row {
    Xapian::Query query;
    struct Page { Xapian::doccount offset = 0, limit = 10; } page;
    std::vector<std::string> ids;  // expected, in rank order; empty: no hit
    int first_rank;
  };
  const std::vector<Row> rows = {
      {Xapian::Query("cyber"), {}, {"demo:p2", "demo:p1"}, 1},  // p2 says cyber, in a shorter text
      {Xapian::Query("budgets"), {}, {"demo:note3"}, 1},
      {Xapian::Query("nowhere"), {}, {}, 1},
      {Xapian::Query(), {}, {}, 1},
      {Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("Zdefens"), Xapian::Query("XKIND:note")), {},
       {"demo:note1"}, 1},
      {Xapian::Query("XNOTE:2"), {}, {"demo:p1", "demo:p2"}, 1},
      {Xapian::Query("cyber"), {1, 10}, {"demo:p1"}, 2},
      {Xapian::Query("cyber"), {0, 1}, {"demo:p2"}, 1},
      {Xapian::Query("cyber"), {5, 10}, {}, 6},
  };
  FixtureIndex index;
  Xapian::Database db(index.dir());
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.query.get_description() << " offset " << row.page.offset) {
      RankOptions options;
      options.offset = row.page.offset;
      options.limit = row.page.limit;
      auto ranking = rank(db, row.query, analyzer(), options);
      BOOST_REQUIRE(ranking.is_ok());
      std::vector<std::string> ids;
      for (const auto& hit : ranking->hits) ids.push_back(hit.record.id);
      if (row.query.get_description() == "Query(XNOTE:2)") {
        std::sort(ids.begin(), ids.end());  // boolean: equal weights, any order
      }
      BOOST_TEST(ids == row.ids, boost::test_tools::per_element());
      for (size_t i = 0; i < ranking->hits.size(); ++i) {
        BOOST_TEST(ranking->hits[i].rank == row.first_rank + static_cast<int>(i));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(snippet_is_plain_with_spans_on_matches) {
  FixtureIndex index;
  Xapian::Database db(index.dir());
  auto ranking = rank(db, words({"Zcontrol", "Zcyber"}), analyzer(), {});
  BOOST_REQUIRE(ranking.is_ok());
  BOOST_REQUIRE(!ranking->hits.empty());
  const auto& hit = ranking->hits.front();
  BOOST_TEST(hit.record.id == "demo:p2");
  BOOST_TEST(hit.score > 0);
  BOOST_TEST(hit.percent > 0);
  // No HTML escapes or markers left in the text; '&' and '<' come back as typed.
  BOOST_TEST(hit.snippet.text.find("&amp;") == std::string::npos);
  BOOST_TEST(hit.snippet.text.find("& control <C4I>") != std::string::npos);
  BOOST_TEST(hit.snippet.text.find('\x02') == std::string::npos);
  BOOST_REQUIRE(!hit.snippet.highlights.empty());
  for (const auto& span : hit.snippet.highlights) {
    std::string word = hit.snippet.text.substr(span.byte_begin, span.byte_end - span.byte_begin);
    BOOST_TEST((word == "Cyber" || word == "control"), word);
  }
  BOOST_TEST(hit.matching_terms.empty());  // explain off
}

BOOST_AUTO_TEST_CASE(explain_fills_term_weights_and_matching_terms) {
  FixtureIndex index;
  Xapian::Database db(index.dir());
  RankOptions options;
  options.explain = true;
  auto ranking = rank(db, words({"Zcyber", "Zbudget"}), analyzer(), options);
  BOOST_REQUIRE(ranking.is_ok());
  BOOST_REQUIRE(ranking->term_weights.size() == 2u);
  // Terms without positions come back sorted; a parsed query's in query order.
  BOOST_TEST(ranking->term_weights[0].term == "Zbudget");
  BOOST_TEST(ranking->term_weights[0].termfreq == 2u);
  BOOST_TEST(ranking->term_weights[1].term == "Zcyber");
  BOOST_TEST(ranking->term_weights[1].termfreq == 2u);
  BOOST_TEST(ranking->term_weights[1].weight > 0);
  BOOST_TEST(ranking->matches_estimated == 3u);
  for (const auto& hit : ranking->hits) BOOST_TEST(!hit.matching_terms.empty());
}
