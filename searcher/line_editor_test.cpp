// @brief Tests for history_path: XDG_STATE_HOME when absolute, else ~/.local/state, else none.
#define BOOST_TEST_MODULE line_editor
#include <boost/test/unit_test.hpp>

#include "searcher/line_editor.h"

BOOST_AUTO_TEST_CASE(history_lives_in_the_state_directory) {
  struct Row {
    const char* xdg_state_home;
    const char* home;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"/var/state", "/home/a", "/var/state/passage-search/history"},
      {nullptr, "/home/a", "/home/a/.local/state/passage-search/history"},
      {"", "/home/a", "/home/a/.local/state/passage-search/history"},
      {"relative/dir", "/home/a", "/home/a/.local/state/passage-search/history"},  // XDG: ignore relative
      {nullptr, nullptr, ""},
      {nullptr, "", ""},
  };
  for (const Row& row : rows) BOOST_TEST(searcher::history_path(row.xdg_state_home, row.home) == row.expected);
}
