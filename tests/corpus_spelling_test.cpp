#define BOOST_TEST_MODULE corpus_spelling
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "searcher/index_reader.h"
#include "tests/corpus_index.h"
#include "searcher/query_runner.h"
#include "searcher/spelling_suggester.h"

// "Did you mean" on the real index of corpus/: misspellings of the corpus's words are corrected,
// and words the corpus holds, in either spelling of a British/American pair, never are. Each case
// runs through the spelling table and through the term-list fallback that remote shards use.

namespace {

struct CorpusIndex {
  std::unique_ptr<searcher::IndexReader> index = testing_support::open_corpus_index();

  std::string suggestion(const std::string& query, bool spelling_data) const {
    return searcher::suggest_spelling(query, index->db(), index->analyzer(), spelling_data);
  }

  // The suggestion the searcher reports for a whole query.
  std::string reported(const std::string& query) const {
    searcher::QueryRunner runner(*index, {}, {});
    auto result = runner.run(query, nullptr);
    BOOST_REQUIRE_MESSAGE(result.is_ok(), query + ": " + result.status().message());
    return result->suggestion;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(corpus_spelling, CorpusIndex)

BOOST_AUTO_TEST_CASE(misspellings_of_corpus_words_are_corrected) {
  struct Row { const char* typed; const char* expected; };
  const Row rows[] = {
      // adjacent letters swapped
      {"cybersecuirty", "cybersecurity"}, {"stratgey", "strategy"}, {"minsitry", "ministry"},
      {"intelligecne", "intelligence"}, {"cooperaiton", "cooperation"}, {"diplomcay", "diplomacy"},
      {"deterrnece", "deterrence"}, {"JPCRET", "JPCERT"}, {"Headqaurters", "Headquarters"},
      // a letter missing
      {"goverment", "government"}, {"infrastucture", "infrastructure"}, {"resilence", "resilience"},
      {"satelite", "satellite"}, {"technolgy", "technology"}, {"enviroment", "environment"},
      {"cabnet", "cabinet"}, {"indigenus", "indigenous"}, {"reconnaisance", "reconnaissance"},
      // a letter doubled
      {"commmand", "command"}, {"dialoggue", "dialogue"}, {"readinness", "readiness"},
      {"budgett", "budget"}, {"sovereignnty", "sovereignty"}, {"Paralympicc", "Paralympic"},
      // a wrong vowel
      {"militery", "military"}, {"telecommunicetion", "telecommunication"}, {"capebility", "capability"},
      {"normetive", "normative"}, {"sensetive", "sensitive"}, {"multilaterel", "multilateral"},
      {"secretariet", "secretariat"}, {"vulnerabilitees", "vulnerabilities"},
  };
  for (bool spelling_data : {true, false}) {
    for (const auto& row : rows) {
      BOOST_TEST(suggestion(row.typed, spelling_data) == row.expected,
                 row.typed << (spelling_data ? "" : " (term lists)"));
    }
  }
}

// Every third word of the index's own vocabulary that at least two records hold (unprefixed
// terms, letters only, long enough to be corrected at all): none gets a suggestion, as typed in
// lower case, capitalised or in capitals.
BOOST_AUTO_TEST_CASE(words_of_the_corpus_get_no_suggestion) {
  const Xapian::Database& db = index->db();
  std::vector<std::string> words;
  size_t seen = 0;
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
    const std::string term = *it;
    if (it.get_termfreq() < 2 || term.size() < searcher::kMinWordLength) continue;
    if (!std::all_of(term.begin(), term.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    if (seen++ % 3 == 0) words.push_back(term);
  }
  BOOST_TEST_MESSAGE(words.size() << " corpus words checked");
  BOOST_REQUIRE_GE(words.size(), 200u);
  for (bool spelling_data : {true, false}) {
    for (const auto& word : words) {
      std::string capitalised = word, capitals = word;
      capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
      for (auto& c : capitals) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (const auto& typed : {word, capitalised, capitals}) {
        BOOST_TEST(suggestion(typed, spelling_data) == "", typed);
      }
    }
  }
}

// A British or American spelling is no misspelling: both forms of every pair in the word lists
// whose canonical form the corpus holds get none.
BOOST_AUTO_TEST_CASE(either_spelling_of_a_variant_pair_gets_no_suggestion) {
  size_t checked = 0;
  for (const auto& [variant, canonical] : index->analyzer().lists().variants) {
    if (!index->db().term_exists(canonical)) continue;
    ++checked;
    for (bool spelling_data : {true, false}) {
      BOOST_TEST(suggestion(variant, spelling_data) == "", variant);
      BOOST_TEST(suggestion(canonical, spelling_data) == "", canonical);
    }
  }
  BOOST_TEST(checked >= 10u);
}

// The queries whose suggestions used to be wrong: words the search matches (through their stems)
// and real words one or two letters from a corpus word.
BOOST_AUTO_TEST_CASE(research_questions_get_no_wrong_suggestion) {
  const char* const queries[] = {
      "Global Cybersecurity Index ranking", "what did Japan say about the olympics",
      "cite the amendments", "who chairs the expert panels", "treaty on cybercrime",
      "Budapest Convention treaty", "chairs", "olympics", "amendments",
  };
  for (const char* query : queries) BOOST_TEST(reported(query) == "", query);
}

// The query comes back as typed, only the misspelt word changed, in the typed word's case.
BOOST_AUTO_TEST_CASE(the_suggestion_keeps_the_query_as_typed) {
  struct Row { const char* typed; const char* expected; };
  const Row rows[] = {
      {"Ministy of Defence budget", "Ministry of Defence budget"},
      {"NISC \"cybersecuirty strategy\"", "NISC \"cybersecurity strategy\""},
      {"JPCRET AND source:iiss-japan-2021", "JPCERT AND source:iiss-japan-2021"},
      {"Global Cybersecurity Indx ranking", "Global Cybersecurity Index ranking"},
  };
  for (const auto& row : rows) BOOST_TEST(reported(row.typed) == row.expected, row.typed);
}

BOOST_AUTO_TEST_SUITE_END()
