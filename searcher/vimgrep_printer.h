// @brief VimgrepPrinter: one line per hit, FILE:LINE:COL:TEXT, as `rg --vimgrep` and `grep -n`
// write them, for `vim -q`, Vim's quickfix (:cexpr, :grep with grepformat %f:%l:%c:%m) and Emacs'
// grep-mode. LINE:COL is the hit's first highlighted match in the file (Hit::match_line,
// match_column, filled by MatchLocator), FILE opens from the working directory, TEXT is the
// snippet on one line. "Did you mean" and stats go to `err`, keeping stdout to hits.
#pragma once

#include <ostream>

#include "searcher/printer.h"

namespace searcher {

class VimgrepPrinter : public Printer {
 public:
  VimgrepPrinter(const PrinterOptions& options, std::ostream& out, std::ostream& err)
      : options_(options), out_(out), err_(err) {}

  void print_result(const QueryResult& result) override;
  void end_query(const QueryResult& result, const QueryStats& stats) override;

 private:
  PrinterOptions options_;
  std::ostream& out_;
  std::ostream& err_;
};

}  // namespace searcher
