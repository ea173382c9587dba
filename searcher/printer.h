// @brief Printer: the interface every output format implements. Printers render hits to streams;
// they never touch Xapian, and colour is decided for them (PrinterOptions::color), never by them.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "searcher/hit.h"

namespace searcher {

enum class Format { kText, kJson, kTsv };

// What a query's answer is shown as: its hits (in the chosen Format), one line per hit for editors
// (--vimgrep), or one entry per document with matches (--count, --files-with-matches).
enum class View { kHits, kVimgrep, kCount, kFiles };

// How the text printer shows the notes a passage cites (--notes).
enum class NoteDisplay { kShort, kFull, kNone };
// A query that failed (exit 2): in --batch, its line of input, so output matches input lines.
struct QueryFailure {
  long line = 0;       // 1-based line of --batch input; 0 for a query on the command line
  std::string query;   // as typed
  int column = 0;      // 1-based column the message names, 0 when it names none
  std::string message; // "query:7: error: …" or an index error
};

struct PrinterOptions {
  bool color = false;    // text: highlight matches and colour headers with ANSI escapes
  bool batch = false;    // several queries: say which query each block answers
  bool explain = false;  // show the parsed query, expansions and term weights
  bool stats = false;    // show QueryStats after each query
  int context = 0;       // -C N: hits carry the N records around them; show them
  View view = View::kHits;
  int width = 80;        // text: columns to wrap to
  NoteDisplay notes = NoteDisplay::kShort;
};

// Call order: begin(), then per query print_result() and end_query(), then finish().
// REQUIRES: `out` and `err` outlive the printer. A printer writes stats and diagnostics that are
// not results to `err` when its format keeps stdout for results only.
class Printer {
 public:
  virtual ~Printer() = default;
  // Once, before the first query (the TSV header).
  virtual void begin() {}
  // The hits of one query, and whatever else the format shows with them (suggestion, notices).
  virtual void print_result(const QueryResult& result) = 0;
  // Closes one query; `stats.render_us` is the time print_result took.
  virtual void end_query(const QueryResult& result, const QueryStats& stats) = 0;
  // A query that failed, in place of print_result and end_query. The caller has already said so on
  // stderr; formats for scripts add a record of it (JSON "error", a TSV error row in --batch).
  virtual void print_error(const QueryFailure& /*failure*/) {}
  // Once, after the last query.
  virtual void finish() {}
};

// The notices and the unmatched words of `result` ("no passage has: attribution, cyberr"), one
// line each, as text and TSV write them to stderr; in --batch prefixed by "stdin:LINE: ".
void print_diagnostics(const QueryResult& result, std::ostream& err);

// "stats: query \"Q\": parse N µs, match N µs, render N µs", the line text and TSV write to stderr.
std::string stats_line(const QueryResult& result, const QueryStats& stats);

// The printer for `options.view`, in `format` where the view has several.
std::unique_ptr<Printer> make_printer(Format format, const PrinterOptions& options, std::ostream& out,
                                      std::ostream& err);

}  // namespace searcher
