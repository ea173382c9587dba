// @brief Tests for locate_index: --index, the variable, and the upward search on real directories.
#define BOOST_TEST_MODULE index_locator
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "searcher/index_locator.h"

namespace fs = std::filesystem;

namespace {

// /tmp/…/top/index/XAPIANDB, /tmp/…/top/a/b/c, and /tmp/…/top/a/index/ without a stub.
struct Tree {
  fs::path root;
  Tree() {
    std::string pattern = (fs::temp_directory_path() / "locate-XXXXXX").string();
    root = fs::path(::mkdtemp(pattern.data()));
    fs::create_directories(root / "top/index");
    std::ofstream(root / "top/index/XAPIANDB") << "auto gen-000001\n";
    fs::create_directories(root / "top/a/b/c");
    fs::create_directories(root / "top/a/index");  // an unrelated index/: no stub
  }
  ~Tree() { fs::remove_all(root); }
};

}  // namespace

BOOST_AUTO_TEST_CASE(flag_then_variable_then_nearest_index_above) {
  Tree tree;
  const std::string top = (tree.root / "top").string();
  struct Row {
    std::string flag, variable, start, path, source;
  };
  const std::vector<Row> rows = {
      {"/x/idx", "/y/idx", top + "/a/b/c", "/x/idx", "--index"},
      {"", "/y/idx", top + "/a/b/c", "/y/idx", searcher::kIndexVariable},
      {"", "", top + "/a/b/c", top + "/index", "search"},
      {"", "", top + "/a", top + "/index", "search"},
      {"", "", top, top + "/index", "search"},
      {"", "", top + "/index", top + "/index", "search"},  // …/index/index does not exist; its parent's does
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.flag << " | " << row.variable << " | " << row.start) {
      auto located = searcher::locate_index(row.flag, row.variable, row.start);
      BOOST_REQUIRE_MESSAGE(located.is_ok(), located.status().message());
      BOOST_TEST(located->path == row.path);
      BOOST_TEST(located->source == row.source);
    }
  }
}

BOOST_AUTO_TEST_CASE(nothing_found_says_where_it_looked) {
  Tree tree;
  fs::remove_all(tree.root / "top/index");
  const std::string start = (tree.root / "top/a/b").string();
  auto located = searcher::locate_index("", "", start);
  BOOST_REQUIRE(!located.is_ok());
  const std::string message = located.status().message();
  BOOST_TEST(message.find(start) != std::string::npos, message);
  BOOST_TEST(message.find("any directory above it") != std::string::npos, message);
  BOOST_TEST(message.find(searcher::kIndexVariable) != std::string::npos, message);
  BOOST_TEST(message.find("--index") != std::string::npos, message);
}
