// @brief The ranker's kind-weighted order on the real corpus index is, page for page, the order
// of a query scaling every term of the notes and the glossary: for the benchmark's workload and
// for queries that notes answer best, at depths where the ranker must match more than once.
#define BOOST_TEST_MODULE kind_order
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "index_format/schema.h"
#include "searcher/kind_weighting_reference.h"
#include "searcher/query_builder.h"
#include "searcher/ranker.h"
#include "tests/corpus_index.h"

namespace {

std::vector<std::string> workload_queries() {
  std::vector<std::string> queries;
  std::ifstream in("bench/workload/queries.tsv");  // tests run from the source tree
  std::string line;
  while (std::getline(in, line)) {
    const size_t tab = line.find('\t');
    if (tab != std::string::npos && line[0] != '#') queries.push_back(line.substr(tab + 1));
  }
  BOOST_REQUIRE(queries.size() > 100);
  // Words notes hold more densely than passages: their pages need a second, deeper match.
  for (const char* q : {"ministry", "press", "report", "2019", "Ministry of Foreign Affairs", "Japan Times",
                        "government", "defense white paper"})
    queries.emplace_back(q);
  return queries;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_page_is_the_scaled_querys_page) {
  auto index = testing_support::open_corpus_index();
  const Xapian::Database& db = index->db();
  unsigned compared = 0, passages_matched = 0, both_matched = 0;
  for (const auto& text : workload_queries()) {
    auto built = searcher::build_query(text, {}, db, index->analyzer(), &index->acronyms());
    if (!built.is_ok() || built->query.empty()) continue;
    for (Xapian::doccount offset : {0u, 5u}) {
      for (Xapian::doccount limit : {1u, 10u, 40u}) {
        const auto want = searcher::testing::scaled_page(db, built->query, offset, limit);
        searcher::RankOptions options;
        options.offset = offset;
        options.limit = limit;
        options.prefer_passages = [] { return true; };
        options.dictionary = &index->record_dictionary();
        auto got = searcher::rank(db, built->query, index->analyzer(), options);
        BOOST_REQUIRE_MESSAGE(got.is_ok(), text);
        BOOST_REQUIRE_EQUAL(got->hits.size(), want.size());
        for (size_t i = 0; i < want.size(); ++i) {
          BOOST_TEST(got->hits[i].record.id == want[i].id, text << " offset " << offset << " limit " << limit);
          BOOST_TEST(got->hits[i].score == want[i].score, text);
        }
        ++compared;
        if (got->match_runs == 2) ++passages_matched;
        if (got->match_runs == 3) ++both_matched;
      }
    }
  }
  BOOST_TEST(compared > 600u);
  // The further matches were needed somewhere, so their path is checked on real text too (both of
  // its branches are, on made-up text, in kind_weighting_test).
  BOOST_TEST_MESSAGE(compared << " pages compared; the passages matched on their own for " << passages_matched
                              << ", the passages and the others for " << both_matched);
  BOOST_TEST(passages_matched + both_matched > 0u);
}
