// @brief TextPrinter: results for people. Per hit a header naming file:line (so `vim +LINE FILE`
// opens it), document and section path and score; the title; the snippet with its matches
// highlighted when colour is on; then the notes the passage cites, or, for a note, the passages
// citing it.
#pragma once

#include <ostream>
#include <string>

#include "searcher/printer.h"

namespace searcher {

// Output shape (colour off):
//
//   1. corpus/iiss-japan-2021.txt:31-31  [iiss-japan-2021 › Strategy and doctrine]  score 12.3
//      Japan (chapter 7 of Cyber Capabilities and National Power: A Net Assessment)
//      …the snippet, matches in bold red when colour is on…
//      [11] Ministry of Defense, Defense of Japan 2020, …
//      [12] Ibid., pp. 218, 267.
//           = [11] Ministry of Defense, Defense of Japan 2020, …
//
// A "Did you mean: …" line and notices come first; "(no matches)" when nothing matched (or a note
// that --offset paged past the end); in batch mode a "query: …" line opens each query. Stats go
// to `err` as one line per query.
class TextPrinter : public Printer {
 public:
  TextPrinter(const PrinterOptions& options, std::ostream& out, std::ostream& err)
      : options_(options), out_(out), err_(err) {}

  void print_result(const QueryResult& result) override;
  void end_query(const QueryResult& result, const QueryStats& stats) override;

 private:
  void print_hit(const Hit& hit);
  void print_explain(const QueryResult& result);
  // `text` wrapped in the ANSI style `sgr` when colour is on, unchanged otherwise.
  std::string style(const std::string& text, const char* sgr) const;
  std::string highlighted(const Snippet& snippet) const;

  PrinterOptions options_;
  std::ostream& out_;
  std::ostream& err_;
  bool first_query_ = true;
};

// "12.3": a score with one decimal.
std::string format_score(double score);

}  // namespace searcher
