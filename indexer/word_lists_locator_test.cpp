// @brief Tests for default_word_lists_dir and current_executable.
#define BOOST_TEST_MODULE word_lists_locator
#include <boost/test/unit_test.hpp>

#include "indexer/word_lists_locator.h"

namespace fs = std::filesystem;

BOOST_AUTO_TEST_CASE(word_lists_are_found_under_the_programs_prefix) {
  struct Row {
    const char* executable;
    const char* expected;
  };
  const Row rows[] = {
      {"/usr/bin/passage-index", "/usr/share/passage-search/stopwords"},
      {"/home/ann/.local/bin/passage-index", "/home/ann/.local/share/passage-search/stopwords"},
      {"/tmp/x/usr/bin/passage-index", "/tmp/x/usr/share/passage-search/stopwords"},  // a .deb unpacked aside
      {"/src/project/build/bin/indexer", "/src/project/build/share/passage-search/stopwords"},  // build tree
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.executable) { BOOST_TEST(indexer::default_word_lists_dir(row.executable) == row.expected); }
  }
}

BOOST_AUTO_TEST_CASE(the_running_program_is_this_test) {
  const fs::path self = indexer::current_executable();
  BOOST_TEST(self.is_absolute());
  BOOST_TEST(self.filename() == "word_lists_locator_test");
}
