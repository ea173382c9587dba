// @brief LineEditor: libedit's readline interface with a history file.
#include "searcher/line_editor.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include <editline/readline.h>

namespace searcher {

namespace fs = std::filesystem;

std::string history_path(const char* xdg_state_home, const char* home) {
  fs::path base;
  if (xdg_state_home && xdg_state_home[0] == '/') {
    base = xdg_state_home;
  } else if (home && home[0] != '\0') {
    base = fs::path(home) / ".local" / "state";
  } else {
    return "";
  }
  return (base / "passage-search" / "history").string();
}

LineEditor::LineEditor(std::string history_file) : history_file_(std::move(history_file)) {
  using_history();
  stifle_history(kHistoryLines);
  if (history_file_.empty()) return;
  std::error_code ec;
  fs::create_directories(fs::path(history_file_).parent_path(), ec);
  if (ec) {
    history_problem_ = "cannot create " + fs::path(history_file_).parent_path().string() + ": " + ec.message();
    return;
  }
  read_history(history_file_.c_str());
}

LineEditor::~LineEditor() { clear_history(); }

std::optional<std::string> LineEditor::read_line(const std::string& prompt) {
  char* raw = readline(prompt.c_str());
  if (raw == nullptr) return std::nullopt;
  std::string line(raw);
  std::free(raw);
  if (line.find_first_not_of(" \t") != std::string::npos) {
    add_history(line.c_str());
    if (!history_file_.empty() && history_problem_.empty() && write_history(history_file_.c_str()) != 0) {
      history_problem_ = "cannot write " + history_file_;
    }
  }
  return line;
}

}  // namespace searcher
