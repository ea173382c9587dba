// @brief build_query: a query string to a Xapian::Query through our query parser, with query
// words analysed by the shared Analyzer exactly as the index's words were.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/status.h"
#include "index_format/acronym_groups.h"

namespace searcher {

struct QueryOptions {
  bool require_all = false;          // --all: every word must match (default: BM25 over any word)
  bool synonyms = true;              // acronym and spelling-variant expansion (--no-synonyms)
  unsigned wildcard_limit = 256;     // most terms one wildcard may expand to; beyond, it is capped
  bool spelling_data = true;         // false over remote shards: suggestions from the index's terms
  bool strict = false;               // --strict: syntax problems are errors, not repaired
};

// What build_query made of a query string.
struct BuiltQuery {
  Xapian::Query query;
  std::string analysed;                   // the query's words analysed, its syntax kept
  std::string tree;                       // the parsed query (describe(QueryNode)), for tests
  std::string suggestion;                 // "Did you mean" text, empty when none
  // "query:COL: note: …": each repair of the query's syntax, each capped wildcard.
  std::vector<std::string> notices;
  std::vector<std::string> expansions;    // e.g. "mod -> \"ministry of defense\"" (for --explain)
  // Matches found only through an acronym group, not through the words as typed (empty when the
  // query names no group): blend_expansions gives them the bonus the words as typed get.
  Xapian::Query expansion_only;
  // Each group term used, with the index terms of its members' words (for snippets).
  std::map<std::string, std::vector<std::string>> group_words;
  // The query's words (analysed: "attribution", "cyb*", "source:x", "mod.go.jp") that match no
  // term of the index, each once, in query order. One term lookup per word, none per hit.
  std::vector<std::string> unmatched;
  // True when the query names a URL or host name, or asks for kind:note: what it aims at is a
  // note, so the ranker should not prefer body passages over notes for it.
  bool aims_at_notes = false;
};

// Parses `text` once (parse_query, query_parser.h): phrases "…", AND/OR/NOT/XOR, +/-, NEAR and
// ADJ, wildcards (capped, never an error), URLs and host names (the URL terms of notes), and the
// fields source:ID, section:WORD, kind:passage|note|glossary, note:N.
// A word in a passage's section path weighs on the passage, less than one in its text.
// With options.synonyms, spelling variants are searched as one word, and an acronym or expansion
// from `acronyms` (may be null) is searched with the rest of its group: the words as typed and
// their alternatives are one term, the group's (schema.h: every occurrence of a member is indexed
// with it), plus a small bonus for the words as typed, so a passage using them ranks at least as
// high as an otherwise equal one using another member of the group. A quoted phrase holding a
// stopword is weighted and narrowed by its bigram terms; the stopword's positions are read only
// in passages holding every one of them. A compound the
// index learnt is one term in every form typed (compound_marker.h).
// Leniently (the default) a malformed query is repaired, each repair a notice; with
// options.strict it is an error instead. Returns a query_error Status whose message names the
// query and the 1-based column ("query:7: error: unbalanced quote") for a query with no word
// to search for, one over the bounds (query_lexer.h), and under strict every syntax problem.
// The 1-based column a query_error message names ("query:7: error: …" -> 7), or 0.
int query_error_column(const std::string& message);

analysis::Result<BuiltQuery> build_query(const std::string& text, const QueryOptions& options,
                                         const Xapian::Database& db, const analysis::Analyzer& analyzer,
                                         const index_format::AcronymGroups* acronyms = nullptr);

}  // namespace searcher
