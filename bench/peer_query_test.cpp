// @brief Tests for PeerQuery: workload queries taken apart, and their FTS5 MATCH form.
#define BOOST_TEST_MODULE peer_query
#include <boost/test/unit_test.hpp>

#include "bench/peer_query.h"

namespace {

const std::unordered_set<std::string> kStopwords{"of", "the", "has"};

struct Good {
  const char* query;
  bench::PeerQuery parts;
  const char* fts5;
};

const Good kGood[] = {
    {"cyber", {{"cyber"}, {}, {}, "", {}}, R"("cyber")"},
    {"Ministry of Defense", {{"ministry", "defense"}, {}, {}, "", {}}, R"("ministry" OR "defense")"},
    {"\"Ministry of Defense\"", {{}, {"Ministry of Defense"}, {}, "", {}}, R"("Ministry of Defense")"},
    {"cyb*", {{}, {}, {"cyb"}, "", {}}, R"("cyb" *)"},
    {"society contr*", {{"society"}, {}, {"contr"}, "", {}}, R"("society" OR "contr" *)"},
    {"source:iiss-japan-2021 cyber", {{"cyber"}, {}, {}, "iiss-japan-2021", {}}, R"("cyber")"},
    {"note:12", {{}, {}, {}, "", {12}}, R"(notes : "n12")"},
    {"source:iiss-japan-2021 note:30", {{}, {}, {}, "iiss-japan-2021", {30}}, R"(notes : "n30")"},
    {"note:15 level", {{"level"}, {}, {}, "", {15}}, R"(notes : "n15" AND ("level"))"},
    {"MoD", {{"mod"}, {}, {}, "", {}}, R"("mod")"},
    {"cyber-defence", {{"cyber-defence"}, {}, {}, "", {}}, R"("cyber-defence")"},
    {"has the", {{"has", "the"}, {}, {}, "", {}}, R"("has" OR "the")"},  // only stopwords: kept
    {"the cyber", {{"cyber"}, {}, {}, "", {}}, R"("cyber")"},
    {"source:iiss-japan-2021", {{}, {}, {}, "iiss-japan-2021", {}}, ""},
};

struct Bad {
  const char* query;
  const char* message;
};

const Bad kBad[] = {
    {"\"open", "query:1: error: unbalanced quote"},
    {"kind:note cyber", "query:1: error: field 'kind:' has no peer translation"},
    {"cyber AND units", "query:7: error: operator 'AND' has no peer translation"},
    {"note:x", "query:6: error: note: wants a number"},
    {"source:a source:b", "query:10: error: a second source: filter"},
};

}  // namespace

BOOST_AUTO_TEST_CASE(good_queries_translate) {
  for (const auto& row : kGood) {
    BOOST_TEST_CONTEXT(row.query) {
      auto parts = bench::parse_peer_query(row.query, kStopwords);
      BOOST_REQUIRE(parts.is_ok());
      BOOST_TEST((parts.value() == row.parts));
      BOOST_TEST(bench::fts5_match(parts.value()) == row.fts5);
    }
  }
}

BOOST_AUTO_TEST_CASE(bad_queries_name_the_column) {
  for (const auto& row : kBad) {
    BOOST_TEST_CONTEXT(row.query) {
      auto parts = bench::parse_peer_query(row.query, kStopwords);
      BOOST_REQUIRE(!parts.is_ok());
      BOOST_TEST(parts.status().message() == row.message);
    }
  }
}
