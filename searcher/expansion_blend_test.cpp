// @brief Tests for blend_expansions on the fixture index: the bonus goes to expansion-only matches.
#define BOOST_TEST_MODULE expansion_blend
#include <boost/test/unit_test.hpp>

#include <map>

#include "searcher/expansion_blend.h"
#include "searcher/fixture_index.h"
#include "searcher/query_builder.h"

namespace {

std::map<std::string, double> weights(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::map<std::string, double> out;
  Xapian::MSet mset = enquire.get_mset(0, 100);
  for (auto it = mset.begin(); it != mset.end(); ++it)
    out[index_format::decode_record(it.get_document().get_data())->id] = it.get_weight();
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(expansion_only_matches_get_the_bonus_and_the_others_keep_their_weight) {
  searcher::testing::FixtureIndex index;
  Xapian::Database db(index.dir() + "/gen1");
  const analysis::Analyzer analyzer = searcher::testing::fixture_analyzer();
  const auto groups = index_format::AcronymGroups::build(searcher::testing::fixture_acronyms(), analyzer);
  auto built = searcher::build_query("MoD", {}, db, analyzer, &groups);
  BOOST_REQUIRE(built.is_ok());
  BOOST_REQUIRE(!built->expansion_only.empty());
  const auto plain = weights(db, built->query);
  const auto blended = weights(db, searcher::blend_expansions(built->query, built->expansion_only, db));
  BOOST_TEST(plain.size() == blended.size());
  // p1 says "Ministry of Defence", never "MoD": at least twice its weight (kMinExpansionOnlyBonus).
  BOOST_REQUIRE(plain.count("demo:p1") == 1u);
  BOOST_TEST(blended.at("demo:p1") >= plain.at("demo:p1") * (1 + searcher::kMinExpansionOnlyBonus) - 1e-9);
  // The glossary says "MoD": its weight is the query's own.
  BOOST_REQUIRE(plain.count("demo:glossary1") == 1u);
  BOOST_TEST(blended.at("demo:glossary1") == plain.at("demo:glossary1"), boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(no_expansion_leaves_the_query_alone) {
  searcher::testing::FixtureIndex index;
  Xapian::Database db(index.dir() + "/gen1");
  const Xapian::Query query("Zbudget");
  BOOST_TEST(searcher::blend_expansions(query, Xapian::Query(), db).get_description() == query.get_description());
  // Typed words matching nothing: no ratio to scale by, no bonus.
  BOOST_TEST(searcher::expansion_bonus(Xapian::Query("XAmod"), Xapian::Query("zzzz"), 0.5, db).empty());
}
