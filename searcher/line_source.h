// @brief LineSource: where an interactive session reads its lines: a terminal with line editing
// and history (line_editor.h), or any stream (tests, a pipe).
#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace searcher {

class LineSource {
 public:
  virtual ~LineSource() = default;
  // The next line without its newline, after showing `prompt`; nullopt at the end of input
  // (Ctrl-D on a terminal).
  virtual std::optional<std::string> read_line(const std::string& prompt) = 0;
};

// Lines of a stream; the prompt is written to `echo` before each read. REQUIRES: both outlive it.
class StreamLineSource : public LineSource {
 public:
  StreamLineSource(std::istream& in, std::ostream& echo) : in_(in), echo_(echo) {}
  std::optional<std::string> read_line(const std::string& prompt) override {
    echo_ << prompt << std::flush;
    std::string line;
    if (!std::getline(in_, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }

 private:
  std::istream& in_;
  std::ostream& echo_;
};

}  // namespace searcher
