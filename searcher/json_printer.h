// @brief JsonPrinter: JSON Lines for scripts, one object per line, written with nlohmann-json.
//
// Wire format. Every line is one JSON object with a "type".
//
// type "hit": one per hit, in rank order.
//   query        string   the query as typed (in --batch, the line it answers)
//   rank         int      1-based, counting across pages (--offset 10 starts at 11)
//   score        number   BM25 weight
//   percent      int      Xapian's percentage of the best possible score, scaled as the score is
//   id           string   stable record id: "<doc>:p<n>", "<doc>:note<n>", "<doc>:glossary<n>"
//   kind         string   "passage" | "note" | "glossary"
//   doc          string   document id (the source: filter)
//   title        string   document title
//   section      [string] section path, outermost first
//   file         string   the document's file, a path that opens from the working directory:
//                         relative when the file is below it, absolute otherwise
//   path         string   the same file's absolute path
//   line_start   int      1-based first line (vim +line_start file)
//   line_end     int      1-based last line, inclusive
//   text         string   the whole passage, note markers as "[n]"
//   snippet      string   an excerpt of text, plain
//   highlights   [span]   the query's matches in snippet, in order, never overlapping:
//       span = {byte_begin: int, byte_end: int, char_begin: int, char_end: int}
//                 the same range [begin, end) of snippet twice: in bytes of its UTF-8 and in
//                 characters (Unicode code points, as Python's or jq's string indexes count)
//   notes        [note]   passage/glossary: the notes it cites, in order; note: the note an
//                         Ibid. repeats, else []
//       note = {number: int, text: string|null (null when the index lacks it),
//               urls: [string], ibid_of: int|null, ibid_text: string|null}
//                 ibid_text is the text of the note an "Ibid." repeats
//   suggestion   string|null   "Did you mean" text for the query
//   number       int      note hits only: the note number
//   urls         [string] note hits only: URLs in the note
//   ibid_of      int|null note hits only: the note this Ibid. repeats
//   cited_by     [string] note hits only: ids of the passages citing it
//   cited_by_refs [{id, file, line_start, line_end}]  note hits only: the same, located
//   context_before [record], context_after [record]  with -C N only: the up to N records before
//                 and after the hit in its document, in document order; record = {id, kind, doc,
//                 title, section, file, line_start, line_end, text, notes: [int]} (and for a
//                 note number, urls, ibid_of)
//   matching_terms [string]  with --explain only: the query terms this hit matched
//   matching_weights [number]  with --explain only: each matching term's BM25 weight in this hit
//
// type "summary": closes a query unless it had hits and nothing more to say: it is written when
// the query found nothing, when there are notices or unmatched words, and always with --stats,
// --explain or --batch (one per input line that holds a query, so outputs match input lines).
//   line         int      --batch only: the 1-based line of input the query was on
//   query, suggestion  as above
//   matches_estimated int    Xapian's estimate of all matches
//   returned     int      hits printed for this query
//   notices      [string] "query:COL: note: …": each repair of the query as typed (an unknown
//                         "word:" read as text, an unclosed quote or bracket closed at the end,
//                         a stray operator read as a word) and each capped wildcard
//   unmatched    [string] the query's words (analysed) that match nothing in the index
//   stats        {parse_us, match_us, render_us}        with --stats only
//   explain      {parsed: string, expansions: [string],
//                 terms: [{term, termfreq, weight}]}    with --explain only
//
// type "error": a query that failed (exit 2), in place of its hits and summary.
//   line         int|null  --batch: the 1-based line of input; null for a command-line query
//   query        string    as typed
//   column       int|null  the 1-based column (in characters) the error names, if any
//   message      string    "query:COL: error: …" (the same text stderr gets)
//
// In --batch, hits also carry "line". Example: every failed line of a batch:
//   searcher --batch --format json < queries.txt | jq 'select(.type=="error") | .line'
//
// Example: searcher --format json 'cyber units' | jq -r 'select(.type=="hit") | "\(.file):\(.line_start)"'
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "searcher/printer.h"

namespace searcher {

class JsonPrinter : public Printer {
 public:
  JsonPrinter(const PrinterOptions& options, std::ostream& out) : options_(options), out_(out) {}

  void print_result(const QueryResult& result) override;
  void end_query(const QueryResult& result, const QueryStats& stats) override;
  void print_error(const QueryFailure& failure) override;

  // The "hit" object for `hit` (exposed for tests).
  nlohmann::ordered_json hit_json(const QueryResult& result, const Hit& hit) const;

 private:
  PrinterOptions options_;
  std::ostream& out_;
};

}  // namespace searcher
