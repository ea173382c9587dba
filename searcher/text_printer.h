// @brief TextPrinter: results for people. Per hit a header naming file:line (so `vim +LINE FILE`
// opens it), document and section path and score; the document's title at the start of each run
// of hits from one document; the snippet with its matches highlighted when colour is on; then the
// notes the passage cites, or, for a note, the passages citing it. Every line fits the width
// (PrinterOptions::width), wrapped with a hanging indent.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "searcher/printer.h"

namespace searcher {

// Output shape (colour off, 80 columns):
//
//   1. corpus/iiss-japan-2021.txt:31-31  [iiss-japan-2021 › Strategy and doctrine]
//      score 12.3
//      Japan (chapter 7 of Cyber Capabilities and National Power: A Net Assessment)
//      …the snippet, wrapped at the width under its first column, matches in bold red
//      when colour is on…
//      [11] Ministry of Defense, Defense of Japan 2020, 2020, p. 41, https://www.mo…
//      [12] Ibid., pp. 218, 267.
//           = [11] Ministry of Defense, Defense of Japan 2020, 2020, p. 41, https:…
//
// The title line is left out when the hit before is from the same document. Notes are one line
// each, shortened to the width (NoteDisplay::kShort), whole and wrapped under their text (kFull)
// or left out (kNone).
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
  // A range of a line's text to show in the ANSI style `sgr` when colour is on.
  struct Styled {
    size_t begin = 0;
    size_t end = 0;
    const char* sgr = "";
  };

  void print_hit(const Hit& hit, bool show_title);
  void print_note(const ResolvedNote& note);
  void print_explain(const QueryResult& result);
  // `text` wrapped in the ANSI style `sgr` when colour is on, unchanged otherwise.
  std::string style(const std::string& text, const char* sgr) const;
  // Appends `text` styled as style() would make it, without a string of its own.
  void append_styled(std::string* out, std::string_view text, const char* sgr) const;
  // Writes `text` wrapped to the width: the first line after `first_prefix`, the others after
  // `next_prefix` (plain spaces, counted in columns); `styles` sorted and not overlapping.
  void write_wrapped(const std::string& text, const std::vector<Styled>& styles, const std::string& first_prefix,
                     const std::string& next_prefix);
  // `text` after `prefix` (which takes `prefix_columns`, escapes aside) on one line, shortened to
  // the width.
  void write_shortened(const std::string& prefix, size_t prefix_columns, const std::string& text);

  PrinterOptions options_;
  std::ostream& out_;
  std::ostream& err_;
  bool first_query_ = true;
};

// "12.3": a score with one decimal.
std::string format_score(double score);

}  // namespace searcher
