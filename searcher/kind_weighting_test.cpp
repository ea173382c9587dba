// @brief Tests for kind_factor and the ranker's kind-weighted order on the fixture index: the
// order of a query that scales every term of the non-passages, exactly.
#define BOOST_TEST_MODULE kind_weighting
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "index_format/schema.h"
#include "searcher/fixture_index.h"
#include "index_format/acronym_groups.h"
#include "index_format/document_mapping.h"
#include "searcher/kind_weighting_reference.h"
#include "searcher/ranked_order.h"
#include "searcher/ranker.h"

namespace {

using Ranked = searcher::testing::ScoredId;

std::vector<Ranked> reference(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount offset,
                              Xapian::doccount limit) {
  return searcher::testing::scaled_page(db, query, offset, limit);
}

std::vector<Ranked> ranked(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount offset,
                           Xapian::doccount limit, unsigned* match_runs = nullptr) {
  searcher::RankOptions options;
  options.offset = offset;
  options.limit = limit;
  options.prefer_passages = [] { return true; };
  auto ranking = searcher::rank(db, query, searcher::testing::fixture_analyzer(), options);
  BOOST_REQUIRE(ranking.is_ok());
  std::vector<Ranked> out;
  for (const auto& hit : ranking->hits) out.push_back({hit.record.id, hit.score});
  if (match_runs) *match_runs = ranking->match_runs;
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

// An index where notes outscore the passages far beyond the first match's depth: `notes` short
// notes naming a fish (of equal length, so of equal score, when `tied`; else a little longer
// each) and `passages` long passages naming it once, all of one document "river" whose other
// passages (a hundred) do not name it.
Xapian::WritableDatabase notes_first_index(int notes, int passages, bool tied) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const analysis::Analyzer analyzer = searcher::testing::fixture_analyzer();
  const index_format::AcronymGroups groups;
  auto add = [&](const std::string& id, const std::string& kind, const std::string& text) {
    index_format::PassageRecord r;
    r.id = id;
    r.kind = kind;
    r.doc = "river";
    r.file = "river.txt";
    r.text = text;
    db.add_document(index_format::to_xapian_document(r, analyzer, groups));
  };
  std::string long_text = "The survey of the lower river counted one grayling";
  for (int i = 0; i < 40; ++i) long_text += " among reeds, stones, weirs and mills of the valley";
  for (int i = 1; i <= passages; ++i) add(index_format::passage_id("river", i), "passage", long_text + ".");
  for (int i = passages + 1; i <= passages + 100; ++i)
    add(index_format::passage_id("river", i), "passage", "The weir of mill " + std::to_string(i) + " was rebuilt.");
  for (int i = 1; i <= notes; ++i) {
    std::string text = "Grayling counts, report " + std::to_string(i);
    for (int k = 0; !tied && k < i; ++k) text += " and weir";
    add(index_format::note_id("river", i), "note", text + ".");
  }
  db.commit();
  return db;
}

BOOST_AUTO_TEST_CASE(further_matches_keep_the_order_exact) {
  struct Row { int notes, passages; bool tied; Xapian::doccount limit; unsigned runs; };
  const Row rows[] = {
      {5, 3, false, 1, 1},    // everything fits the first match
      {40, 3, false, 1, 2},   // the notes fill the first match: passages matched on their own
      {40, 60, false, 5, 2},
      // Notes not fetched tie with the page's last: the other records matched on their own too.
      {40, 3, true, 1, 3},
      {80, 1, true, 30, 3},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.notes << " notes, " << row.passages << " passages, tied " << row.tied << ", limit "
                                 << row.limit) {
      Xapian::WritableDatabase db = notes_first_index(row.notes, row.passages, row.tied);
      const Xapian::Query query("Zgrayl");
      unsigned runs = 0;
      const auto got = ranked(db, query, 0, row.limit, &runs);
      const auto want = reference(db, query, 0, row.limit);
      BOOST_TEST(runs == row.runs);
      BOOST_REQUIRE_EQUAL(got.size(), want.size());
      for (size_t i = 0; i < want.size(); ++i) {
        BOOST_TEST(got[i].id == want[i].id, "rank " << i);
        BOOST_TEST(got[i].score == want[i].score);
      }
    }
  }
}

// The preference is a question of its own (query_intent.h: small matches, round trips to remote
// shards): asked once when the page holds a note or the glossary, never for a page of passages.
BOOST_AUTO_TEST_CASE(the_preference_is_asked_only_when_the_page_holds_other_records) {
  searcher::testing::FixtureIndex index;
  Xapian::Database db(index.dir() + "/gen1");
  struct Row { const char* term; Xapian::doccount limit; int asked; };
  const Row rows[] = {
      {"Zcommand", 10, 0},  // passages only
      {"Zuncit", 10, 1},    // a note only
      {"Zdefens", 10, 1},   // p1, the glossary and note 1
      {"Zcommand", 1, 0},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.term << " limit " << row.limit) {
      const Xapian::Query query(row.term);
      int asked = 0;
      searcher::RankOptions options;
      options.limit = row.limit;
      options.prefer_passages = [&] { ++asked; return true; };
      auto preferred = searcher::rank(db, query, searcher::testing::fixture_analyzer(), options);
      BOOST_REQUIRE(preferred.is_ok());
      BOOST_TEST(asked == row.asked);
      const auto want = reference(db, query, 0, row.limit);
      BOOST_REQUIRE_EQUAL(preferred->hits.size(), want.size());
      for (size_t i = 0; i < want.size(); ++i) BOOST_TEST(preferred->hits[i].record.id == want[i].id);
      // Answered no, the page is BM25's own: the order of the query with no preference at all.
      options.prefer_passages = [&] { ++asked; return false; };
      auto unscaled = searcher::rank(db, query, searcher::testing::fixture_analyzer(), options);
      searcher::RankOptions never = options;
      never.prefer_passages = nullptr;
      auto plain = searcher::rank(db, query, searcher::testing::fixture_analyzer(), never);
      BOOST_REQUIRE(unscaled.is_ok());
      BOOST_REQUIRE(plain.is_ok());
      BOOST_REQUIRE_EQUAL(unscaled->hits.size(), plain->hits.size());
      for (size_t i = 0; i < plain->hits.size(); ++i) {
        BOOST_TEST(unscaled->hits[i].record.id == plain->hits[i].record.id);
        BOOST_TEST(unscaled->hits[i].score == plain->hits[i].score);
      }
    }
  }
}
