#define BOOST_TEST_MODULE spelling_suggester
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "index_format/acronym_groups.h"
#include "index_format/document_mapping.h"
#include "index_format/passage_record.h"
#include "searcher/spelling_suggester.h"

BOOST_AUTO_TEST_CASE(edit_distance_counts_transpositions_once) {
  struct Row { std::string a, b; unsigned expected; };
  const Row rows[] = {
      {"cyber", "cyber", 0}, {"cybre", "cyber", 1}, {"cybersecurty", "cybersecurity", 1},
      {"defnse", "defense", 1}, {"abc", "xyz", 3}, {"", "ab", 2}, {"ministry", "mnistyr", 2},
  };
  for (const auto& row : rows) BOOST_TEST(searcher::edit_distance(row.a, row.b, 2) == std::min(row.expected, 3u), row.a);
}

namespace {

analysis::Analyzer make_analyzer() {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the", "to", "may", "and", "in"};
  lists.variants = {{"defence", "defense"}};
  return analysis::Analyzer(lists);
}

// An index made as the indexer makes one: terms through the index format's mapping, spelling
// data from the same words the indexer adds.
struct Db {
  std::string path;
  analysis::Analyzer analyzer = make_analyzer();
  Xapian::WritableDatabase db;
  Db() : path(make()), db(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS) {
    const char* const texts[] = {
        "Cybersecurity units of the Ministry of Defence.",
        "The cybersecurity strategy ranks the units in a ranking.",
        "One unit, another unit, a third unit: the Olympic Games.",
        "Amendments to the Basic Act on Cybersecurity were passed.",
        "The chair of the panel and the chain of command.",
        "Fisheries and threats.",
    };
    int n = 0;
    for (const char* text : texts) {
      index_format::PassageRecord record;
      record.id = "t:p" + std::to_string(++n);
      record.kind = "passage";
      record.doc = "t";
      record.text = text;
      db.add_document(index_format::to_xapian_document(record, analyzer, index_format::AcronymGroups()));
      for (const auto& word : index_format::spelling_words(record, analyzer)) db.add_spelling(word);
    }
    db.commit();
  }
  ~Db() { std::filesystem::remove_all(std::filesystem::path(path).parent_path()); }
  static std::string make() {
    char name[] = "/tmp/spelling_suggester_testXXXXXX";
    return std::string(mkdtemp(name)) + "/db";
  }
};

struct Row {
  std::string query, expected;
};

// Every row through the spelling table and through the term-list fallback (remote shards).
void check(const Db& fixture, const std::vector<Row>& rows) {
  for (bool spelling_data : {true, false}) {
    for (const auto& row : rows) {
      BOOST_TEST(searcher::suggest_spelling(row.query, fixture.db, fixture.analyzer, spelling_data) == row.expected,
                 row.query << (spelling_data ? " (spelling table)" : " (term lists)"));
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(misspelt_words_are_corrected_and_the_rest_kept_as_typed) {
  Db fixture;
  check(fixture, {
      {"cybersecurty units", "cybersecurity units"},
      {"Ministry of Defnse", "Ministry of Defense"},                    // case follows the typed word
      {"CYBERSECRUITY", "CYBERSECURITY"},                               // transposition, upper case kept
      {"Cybersecurity Stratgy", "Cybersecurity Strategy"},             // missing letter, capitalised
      {"\"cybersecurty unit\" AND source:cybersecurty", "\"cybersecurity unit\" AND source:cybersecurty"},
      {"fisheriies -olympic", "fisheries -olympic"},                    // doubled letter, a -word kept
      {"amendmints", "amendments"},                                     // wrong vowel
      {"  Stratgy   units ", "  Strategy   units "},                    // spacing as typed
      {"Stratgy NEAR/3 units", "Strategy NEAR/3 units"},
  });
}

BOOST_AUTO_TEST_CASE(words_the_search_matches_get_no_suggestion) {
  Db fixture;
  check(fixture, {
      {"units", ""},
      {"olympics", ""},     // matched through its stem "olymp"
      {"amendment", ""},    // stem of "amendments"
      {"ranked ranking", ""},
      {"chairs", ""},       // "chair" is in the index: not "chains"
      {"defence defense", ""},  // a spelling variant is no misspelling
      {"cybersec*", ""},
      {"zzzzzz", ""},       // nothing near
      {"treaty", ""},       // two edits from "threats": too far for a six-letter word
      {"say", ""},          // too short to be sure ("may")
      {"source:cybersecurty", ""},
      {"2014 1234", ""},
  });
}
