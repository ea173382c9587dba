#define BOOST_TEST_MODULE spelling_suggester
#include <boost/test/unit_test.hpp>

#include <filesystem>

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
struct Db {
  std::string path;
  Xapian::WritableDatabase db;
  Db() : path(make()), db(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS) {
    for (const char* word : {"cybersecurity", "cybersecurity", "units", "unit", "unit", "unit", "defense"}) {
      Xapian::Document doc;
      doc.add_term(word);
      db.add_document(doc);
      db.add_spelling(word);
    }
    db.commit();
  }
  ~Db() { std::filesystem::remove_all(path); }
  static std::string make() {
    char name[] = "/tmp/spelling_suggester_testXXXXXX";
    return std::string(mkdtemp(name)) + "/db";
  }
};
}  // namespace

BOOST_AUTO_TEST_CASE(only_missing_words_are_corrected) {
  Db fixture;
  struct Row { std::string query, expected; };
  const Row rows[] = {
      {"cybersecurty units", "cybersecurity units"},  // "units" is in the index: kept
      {"ministry of defnse", "ministry of defense"},
      {"units", ""},
      {"\"cybersecurty unit\" AND source:cybersecurty", "\"cybersecurity unit\" AND source:cybersecurty"},
      {"cybersec*", ""},
      {"zzzzzz", ""},
  };
  for (const auto& row : rows) BOOST_TEST(searcher::suggest_spelling(row.query, fixture.db) == row.expected, row.query);
}
