// @brief Tests for FileLocator: paths below, above and beside the working directory.
#define BOOST_TEST_MODULE file_location
#include <boost/test/unit_test.hpp>

#include <vector>

#include "searcher/file_location.h"

BOOST_AUTO_TEST_CASE(paths_open_from_the_working_directory) {
  struct Row {
    std::string root, cwd, file, shown, absolute;
  };
  const std::vector<Row> rows = {
      // The project root: what the build tree's tests and scripts/demo.sh see.
      {"/p/corpus", "/p", "a.txt", "corpus/a.txt", "/p/corpus/a.txt"},
      {"/p/corpus", "/p/corpus", "a.txt", "a.txt", "/p/corpus/a.txt"},
      {"/p/corpus", "/p/corpus/sub", "a.txt", "/p/corpus/a.txt", "/p/corpus/a.txt"},
      {"/p/corpus", "/", "a.txt", "p/corpus/a.txt", "/p/corpus/a.txt"},
      {"/p/corpus", "/elsewhere", "a.txt", "/p/corpus/a.txt", "/p/corpus/a.txt"},
      {"/p/corpus", "/p/corpusx", "a.txt", "/p/corpus/a.txt", "/p/corpus/a.txt"},
      // corpus.tsv may name files in subdirectories, or outside the corpus.
      {"/p/corpus", "/p", "2021/a.txt", "corpus/2021/a.txt", "/p/corpus/2021/a.txt"},
      {"/p/corpus", "/p", "../other/a.txt", "other/a.txt", "/p/other/a.txt"},
      {"/p/corpus", "/p", "/abs/a.txt", "/abs/a.txt", "/abs/a.txt"},
      // An index that records no root: files relative to the working directory.
      {"", "/p", "corpus/a.txt", "corpus/a.txt", "/p/corpus/a.txt"},
      {"/p/corpus", "/p", "", "", ""},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.root << " + " << row.file << " from " << row.cwd) {
      const searcher::FileLocation location = searcher::FileLocator(row.root, row.cwd).locate(row.file);
      BOOST_TEST(location.shown == row.shown);
      BOOST_TEST(location.absolute == row.absolute);
    }
  }
}
