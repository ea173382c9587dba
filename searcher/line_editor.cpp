// @brief LineEditor: libedit's readline interface, loaded with dlopen, with a history file.
#include "searcher/line_editor.h"

#include <dlfcn.h>

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

// The calls of libedit's readline interface the editor makes, typed by its own header.
struct LineEditor::Library {
  decltype(&::readline) readline = nullptr;
  decltype(&::add_history) add_history = nullptr;
  decltype(&::using_history) using_history = nullptr;
  decltype(&::stifle_history) stifle_history = nullptr;
  decltype(&::read_history) read_history = nullptr;
  decltype(&::write_history) write_history = nullptr;
  decltype(&::clear_history) clear_history = nullptr;
};

namespace {

template <typename Function>
bool find_symbol(void* handle, const char* name, Function* function) {
  *function = reinterpret_cast<Function>(dlsym(handle, name));
  return *function != nullptr;
}

}  // namespace

analysis::Result<std::unique_ptr<LineEditor>> LineEditor::open(std::string history_file) {
  // Loaded once per process and never closed: libedit keeps global state.
  static const analysis::Result<Library> library = []() -> analysis::Result<Library> {
    void* handle = dlopen(kLineEditingLibrary, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* why = dlerror();
      return analysis::Status::not_found(std::string("the interactive mode needs libedit (Debian: libedit2): ") +
                                         (why ? why : kLineEditingLibrary));
    }
    Library l;
    const bool found = find_symbol(handle, "readline", &l.readline) && find_symbol(handle, "add_history", &l.add_history) &&
                       find_symbol(handle, "using_history", &l.using_history) &&
                       find_symbol(handle, "stifle_history", &l.stifle_history) &&
                       find_symbol(handle, "read_history", &l.read_history) &&
                       find_symbol(handle, "write_history", &l.write_history) &&
                       find_symbol(handle, "clear_history", &l.clear_history);
    if (!found) {
      const char* why = dlerror();
      return analysis::Status::not_found(std::string(kLineEditingLibrary) + " lacks a readline call: " +
                                         (why ? why : "unknown symbol"));
    }
    return l;
  }();
  if (!library.is_ok()) return library.status();
  return std::unique_ptr<LineEditor>(new LineEditor(library.value(), std::move(history_file)));
}

LineEditor::LineEditor(const Library& library, std::string history_file)
    : library_(library), history_file_(std::move(history_file)) {
  library_.using_history();
  library_.stifle_history(kHistoryLines);
  if (history_file_.empty()) return;
  std::error_code ec;
  fs::create_directories(fs::path(history_file_).parent_path(), ec);
  if (ec) {
    history_problem_ = "cannot create " + fs::path(history_file_).parent_path().string() + ": " + ec.message();
    return;
  }
  library_.read_history(history_file_.c_str());
}

LineEditor::~LineEditor() { library_.clear_history(); }

std::optional<std::string> LineEditor::read_line(const std::string& prompt) {
  char* raw = library_.readline(prompt.c_str());
  if (raw == nullptr) return std::nullopt;
  std::string line(raw);
  std::free(raw);
  if (line.find_first_not_of(" \t") != std::string::npos) {
    library_.add_history(line.c_str());
    if (!history_file_.empty() && history_problem_.empty() && library_.write_history(history_file_.c_str()) != 0) {
      history_problem_ = "cannot write " + history_file_;
    }
  }
  return line;
}

}  // namespace searcher
