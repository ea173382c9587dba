// @brief LineEditor: a LineSource on the terminal with line editing and a history file, through
// libedit (BSD-licensed; its readline-compatible interface), loaded only when it is needed.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "analysis/status.h"
#include "searcher/line_source.h"

namespace searcher {

// Where the history lives: $XDG_STATE_HOME/passage-search/history when XDG_STATE_HOME is set to an
// absolute path, else $HOME/.local/state/passage-search/history (the XDG base directory
// specification); empty when neither can be named (no HOME).
std::string history_path(const char* xdg_state_home, const char* home);

// The shared library the line editor loads (libedit's SONAME).
inline constexpr const char* kLineEditingLibrary = "libedit.so.2";

// Reads lines with libedit. libedit is opened with dlopen when the first LineEditor is made, not
// linked: with the terminal libraries it pulls in (libtinfo, libbsd, libmd) it was four of the
// searcher's sixteen shared libraries and a fifth of their symbol relocations, paid by every
// process for a mode few of them use (bench/README.md). The history file is read at construction (a missing one is no error)
// and each line entered is added and written back at once, so a killed session keeps what was
// typed; at most kHistoryLines are kept. Only one LineEditor may exist at a time (libedit's
// readline interface has one global state).
class LineEditor : public LineSource {
 public:
  static constexpr int kHistoryLines = 1000;

  // `history_file` empty: no history kept. Its directory is created when missing. An error when
  // libedit cannot be loaded, naming the library and why.
  static analysis::Result<std::unique_ptr<LineEditor>> open(std::string history_file);
  ~LineEditor() override;
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  std::optional<std::string> read_line(const std::string& prompt) override;

  // Why the history cannot be kept (its directory or file is not writable), empty when it can.
  const std::string& history_problem() const { return history_problem_; }

 private:
  struct Library;
  LineEditor(const Library& library, std::string history_file);

  const Library& library_;
  std::string history_file_;
  std::string history_problem_;
};

}  // namespace searcher
