// @brief Hit and QueryResult: what the searcher found for one query, as plain data. The ranker and
// note resolver fill them; printers read them and never touch Xapian.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "index_format/passage_record.h"

namespace searcher {

// A highlighted range of a snippet, [begin, end) in Snippet::text, in two units: bytes of the
// UTF-8 text (for C++ and byte-oriented tools) and code points (for languages that index
// strings by character). Both always name the same range.
struct HighlightSpan {
  size_t byte_begin = 0;
  size_t byte_end = 0;
  size_t char_begin = 0;
  size_t char_end = 0;
  bool operator==(const HighlightSpan&) const = default;
};

// An excerpt of a hit's text chosen by the SnippetGenerator: plain text (no markup, no escapes)
// plus the query matches inside it, in text order and never overlapping, so each printer
// decides how to show them.
struct Snippet {
  std::string text;
  std::vector<HighlightSpan> highlights;
  bool operator==(const Snippet&) const = default;
};

// A note cited by a passage, as printed in the document's Notes, resolved by the indexer
// (index_format::CitedNote: number, text, urls, ibid_of, ibid_text, found).
using ResolvedNote = index_format::CitedNote;

// A passage that cites a note, located so `vim +line_start file` opens it.
struct CitingPassage {
  std::string id;
  std::string file;
  int line_start = 0;
  int line_end = 0;
  bool operator==(const CitingPassage&) const = default;
};

// The records just before and after one in its document, in document order (-C N, --show).
struct PassageContext {
  std::vector<index_format::PassageRecord> before;
  std::vector<index_format::PassageRecord> after;
  bool empty() const { return before.empty() && after.empty(); }
  bool operator==(const PassageContext&) const = default;
};

// One ranked result. `rank` counts from 1 across pages (offset + position + 1).
struct Hit {
  int rank = 0;
  double score = 0;  // BM25 weight
  int percent = 0;   // Xapian's percentage of the best possible score
  index_format::PassageRecord record;
  Snippet snippet;
  std::vector<ResolvedNote> notes;          // passage or glossary: the notes it cites, in order
  std::vector<CitingPassage> cited_by;      // note: the passages citing it
  std::vector<std::string> matching_terms;  // filled for --explain only
  std::vector<double> matching_weights;     // --explain: each matching term's BM25 weight in this hit
  PassageContext context;                   // -C N only: the records around it
  // --vimgrep only: where the hit's first highlighted match is in the file (match_locator.h),
  // 1-based line and byte column; 0 when not located.
  int match_line = 0;
  int match_column = 0;
};

// The matches of one document, for --count and --files-with-matches.
struct DocumentCount {
  std::string doc;
  std::string title;
  std::string file;   // opens from the working directory
  std::string path;   // absolute
  int count = 0;      // matching records (passages, notes, glossary entries)
  int best_rank = 0;  // rank of the document's best match
};

// How much one query term weighs (for --explain): documents containing it and its largest
// BM25 contribution to any hit.
struct TermWeight {
  std::string term;
  unsigned termfreq = 0;
  double weight = 0;
};

// Everything found for one query, ready to print.
struct QueryResult {
  std::string query;                      // as typed
  std::string suggestion;                 // "Did you mean" text, empty when none
  std::vector<std::string> notices;       // "query:COL: note: …": a repaired query, a capped wildcard
  std::vector<std::string> unmatched;     // query words no indexed term matches ("attribution")
  long line = 0;                          // --batch: the query's line of input (1-based), else 0
  std::vector<std::string> expansions;    // synonym/acronym expansions (--explain)
  std::string parsed;                     // Xapian's description of the query (--explain)
  std::vector<TermWeight> term_weights;   // --explain
  uint64_t matches_estimated = 0;         // Xapian's estimate of all matches
  std::vector<Hit> hits;
  std::vector<DocumentCount> documents;   // --count, --files-with-matches: instead of hits
};

// Microseconds spent on one query, for --stats.
struct QueryStats {
  int64_t parse_us = 0;
  int64_t match_us = 0;   // ranking, snippets and note resolution
  int64_t render_us = 0;  // printing the hits
};

}  // namespace searcher
