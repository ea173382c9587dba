// @brief Tests for kind_factor and the ranker's kind-weighted order on the fixture index: the
// order of a query that scales every term of the non-passages, exactly.
#define BOOST_TEST_MODULE kind_weighting
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "index_format/schema.h"
#include "searcher/fixture_index.h"
#include "searcher/kind_weighting.h"
#include "searcher/ranker.h"

namespace {

namespace schema = index_format::schema;

// What kind weighting means, as one Xapian query: passages' matches as they are, every other
// record's with each term's weight scaled by kOtherKindsWeight.
Xapian::Query scaled_by_kind(const Xapian::Query& query) {
  const Xapian::Query passage(std::string(schema::kPrefixKind) + std::string(schema::kKindPassage));
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_FILTER, query, passage),
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                     Xapian::Query(Xapian::Query::OP_AND_NOT, query, passage),
                                     searcher::kOtherKindsWeight));
}

struct Ranked {
  std::string id;
  double score;
};

std::vector<Ranked> reference(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount offset,
                              Xapian::doccount limit) {
  Xapian::Enquire enquire(db);
  enquire.set_query(scaled_by_kind(query));
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  enquire.set_sort_by_relevance_then_value(schema::kSlotId, false);
  std::vector<Ranked> out;
  const Xapian::MSet mset = enquire.get_mset(offset, limit);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back({it.get_sort_key(), it.get_weight()});
  return out;
}

std::vector<Ranked> ranked(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount offset,
                           Xapian::doccount limit) {
  searcher::RankOptions options;
  options.offset = offset;
  options.limit = limit;
  options.prefer_passages = true;
  auto ranking = searcher::rank(db, query, searcher::testing::fixture_analyzer(), options);
  BOOST_REQUIRE(ranking.is_ok());
  std::vector<Ranked> out;
  for (const auto& hit : ranking->hits) out.push_back({hit.record.id, hit.score});
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(passages_keep_their_factor_and_the_others_are_scaled) {
  BOOST_TEST(searcher::kind_factor("demo:p1") == 1.0);
  BOOST_TEST(searcher::kind_factor("demo:p12") == 1.0);
  BOOST_TEST(searcher::kind_factor("demo:note1") == searcher::kOtherKindsWeight);
  BOOST_TEST(searcher::kind_factor("demo:glossary1") == searcher::kOtherKindsWeight);
  BOOST_TEST(searcher::kOtherKindsWeight < 1.0);
}

BOOST_AUTO_TEST_CASE(the_ranked_order_is_that_of_the_scaled_query_at_every_depth) {
  searcher::testing::FixtureIndex index;
  Xapian::Database db(index.dir() + "/gen1");
  const Xapian::Query queries[] = {
      Xapian::Query("Zdefens"),  // p1 (Defence), the glossary, note 1
      Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Zbudget"), Xapian::Query("Zuncit")),
      Xapian::Query("Zcommand"),  // passages only
      Xapian::Query("Zuncit"),    // a note only
      Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Zdefens"),
                    Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Zjapan"), Xapian::Query("Zcyber"))),
  };
  for (const auto& query : queries) {
    BOOST_TEST_CONTEXT(query.get_description()) {
      BOOST_REQUIRE(!reference(db, query, 0, 100).empty());
      for (Xapian::doccount offset : {0u, 1u, 2u}) {
        // Depth 1 forces the ranker to look further whenever a note leads the unscaled order.
        for (Xapian::doccount limit : {1u, 2u, 3u, 10u}) {
          const auto want = reference(db, query, offset, limit);
          const auto got = ranked(db, query, offset, limit);
          BOOST_REQUIRE_EQUAL(got.size(), want.size());
          for (size_t i = 0; i < want.size(); ++i) {
            BOOST_TEST(got[i].id == want[i].id, "offset " << offset << " limit " << limit << " rank " << i);
            BOOST_TEST(got[i].score == want[i].score);
          }
        }
      }
    }
  }
}
