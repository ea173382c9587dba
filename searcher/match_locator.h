// @brief MatchLocator: where a hit's first highlighted match is in its file (line and byte
// column), for --vimgrep's file:line:col, which editors jump to.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "searcher/hit.h"

namespace searcher {

struct MatchPosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in bytes, as vim and Emacs count
};

// Reads each file once and keeps its lines (a run names few documents). Not thread-safe.
class MatchLocator {
 public:
  // The first line of hit.record's span, from line_start to line_end, holding a highlighted word
  // of its snippet (compared without ASCII case), and that word's column; the next highlight when
  // one cannot be found (the indexer rejoined it across a line break); else the first non-blank
  // column of line_start. {line_start, 1} when the file (hit.record.path) cannot be read.
  MatchPosition locate(const Hit& hit);

 private:
  const std::vector<std::string>* lines_of(const std::string& path);
  std::map<std::string, std::vector<std::string>> files_;
};

}  // namespace searcher
