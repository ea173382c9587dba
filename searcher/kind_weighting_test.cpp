// @brief Tests for prefer_passages on the fixture index: same matches, notes and glossary scaled.
#define BOOST_TEST_MODULE kind_weighting
#include <boost/test/unit_test.hpp>

#include <map>

#include "searcher/fixture_index.h"
#include "searcher/kind_weighting.h"

namespace {

// Weight and kind of every match of `query`.
std::map<std::string, std::pair<double, std::string>> matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::map<std::string, std::pair<double, std::string>> out;
  Xapian::MSet mset = enquire.get_mset(0, 100);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    auto record = index_format::decode_record(it.get_document().get_data()).value();
    out[record.id] = {it.get_weight(), record.kind};
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(passages_keep_their_weight_and_the_others_are_scaled) {
  searcher::testing::FixtureIndex index;
  Xapian::Database db(index.dir() + "/gen1");
  struct Row { Xapian::Query query; size_t kinds; };  // kinds: how many different kinds match
  const Row rows[] = {
      {Xapian::Query("Zdefens"), 3},   // p1 (Defence), the glossary, note 1
      {Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Zbudget"), Xapian::Query("Zuncit")), 2},
      {Xapian::Query("Zcommand"), 1},  // passages only
  };
  for (const auto& row : rows) {
    const auto plain = matches(db, row.query);
    const auto weighted = matches(db, searcher::prefer_passages(row.query));
    BOOST_REQUIRE(!plain.empty());
    BOOST_TEST(plain.size() == weighted.size());
    std::set<std::string> kinds;
    for (const auto& [id, match] : plain) {
      kinds.insert(match.second);
      const double factor = match.second == "passage" ? 1.0 : searcher::kOtherKindsWeight;
      BOOST_REQUIRE(weighted.count(id) == 1u);
      BOOST_TEST(weighted.at(id).first == match.first * factor, boost::test_tools::tolerance(1e-9));
    }
    BOOST_TEST(kinds.size() == row.kinds);
  }
  BOOST_TEST(searcher::prefer_passages(Xapian::Query()).empty());
}
