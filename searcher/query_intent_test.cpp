// @brief Tests for aims_at_notes on the fixture index, with queries built by the query builder.
#define BOOST_TEST_MODULE query_intent
#include <boost/test/unit_test.hpp>

#include "searcher/fixture_index.h"
#include "searcher/query_builder.h"
#include "searcher/query_intent.h"

BOOST_AUTO_TEST_CASE(kind_filters_and_what_only_notes_say) {
  searcher::testing::FixtureIndex index;
  Xapian::Database db(index.dir() + "/gen1");
  const analysis::Analyzer analyzer = searcher::testing::fixture_analyzer();
  struct Row { std::string query; bool aims; };
  const Row rows[] = {
      {"budget", false},                  // p1 says it (and note 3)
      {"cyber units", false},
      {"\"cyber units\"", false},
      {"uncited", true},                  // a word only note 3 holds
      {"budget uncited", true},
      {"budget reorganised", false},      // each in a passage, no passage holds both
      {"budget reorganised uncited", true},
      {"kind:note budget", true},
      {"kind:glossary defense", true},
      {"kind:passage budget", false},
      {"\"Defense of Japan\"", true},     // a title only note 1 holds
      {"\"Ministry of Defence\"", false}, // p1 says it
      {"zzzz", false},                    // matches nothing at all
  };
  for (const auto& row : rows) {
    auto built = searcher::build_query(row.query, {}, db, analyzer);
    BOOST_REQUIRE_MESSAGE(built.is_ok(), row.query);
    BOOST_TEST(searcher::aims_at_notes(built->query, db) == row.aims, row.query);
    // The check made for remote shards (matches instead of posting-list walks) agrees.
    BOOST_TEST(searcher::aims_at_notes(built->query, db, {}, /*remote=*/true) == row.aims, row.query);
  }
  searcher::NoteSignals url;
  url.names_url_or_host = true;
  BOOST_TEST(searcher::aims_at_notes(Xapian::Query("Zbudget"), db, url));
}
