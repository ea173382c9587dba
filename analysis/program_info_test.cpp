// @brief Tests for program_name and version_text.
#define BOOST_TEST_MODULE program_info
#include <boost/test/unit_test.hpp>

#include <regex>

#include "analysis/program_info.h"

BOOST_AUTO_TEST_CASE(program_name_is_the_last_component_of_argv0) {
  struct Row {
    const char* argv0;
    const char* expected;
  };
  const Row rows[] = {
      {"/usr/bin/passage-search", "passage-search"},
      {"build/bin/searcher", "searcher"},
      {"searcher", "searcher"},
      {"", "fallback"},
      {nullptr, "fallback"},
      {"dir/", "fallback"},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(std::string(row.argv0 ? row.argv0 : "(null)")) {
      BOOST_TEST(analysis::program_name(row.argv0, "fallback") == row.expected);
    }
  }
}

BOOST_AUTO_TEST_CASE(rename_program_replaces_every_mention) {
  BOOST_TEST(analysis::rename_program("Usage: searcher Q\n  searcher --all x | searcher\n", "searcher", "passage-search") ==
             "Usage: passage-search Q\n  passage-search --all x | passage-search\n");
  BOOST_TEST(analysis::rename_program("no mention", "searcher", "x") == "no mention");
  BOOST_TEST(analysis::rename_program("searcher", "searcher", "searcher") == "searcher");
}

BOOST_AUTO_TEST_CASE(version_names_the_project_xapian_and_icu_versions) {
  const std::string text = analysis::version_text("passage-search");
  // Exactly three lines, each a name and a dotted version.
  const std::regex shape("passage-search ([0-9]+\\.[0-9]+\\.[0-9]+)\nXapian [0-9]+\\.[0-9]+\\.[0-9]+\nICU [0-9]+(\\.[0-9]+)+\n");
  std::smatch match;
  BOOST_TEST(std::regex_match(text, match, shape), text);
  BOOST_TEST(match[1].str() == PS_VERSION);
}
