// @brief rewrite_query_text: the query syntax walk that hands Xapian's QueryParser words it will
// turn into exactly the index's terms, and rejects malformed queries with a column.
#pragma once

#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/status.h"
#include "index_format/acronym_groups.h"

namespace searcher {

// A wildcard seen in the query: the analysed stem before '*', and its 1-based column.
struct WildcardUse {
  std::string prefix;
  int column = 0;
};

// Words of the query that name an acronym group (the acronym or one of its expansions); the
// rewritten text holds "syn:N" in their place, N indexing RewrittenQuery::expansions.
struct ExpansionUse {
  size_t group = 0;
  std::vector<std::string> words;  // as typed, analysed and canonical
};

// A quoted phrase holding a stopword; the rewritten text holds "phr:N" in its place, N indexing
// RewrittenQuery::phrases, so the query builder can match it through bigram terms.
struct PhraseUse {
  std::vector<std::string> words;  // analysed, canonical
};

struct RewrittenQuery {
  std::string text;                     // for QueryParser: words analysed, syntax kept
  std::vector<WildcardUse> wildcards;
  std::vector<ExpansionUse> expansions;
  std::vector<PhraseUse> phrases;
  int word_count = 0;                   // analysed words and field values kept
};

// Walks `query` once. Operators (AND OR NOT XOR NEAR ADJ, NEAR/n), brackets, phrases, '+'/'-' and
// fields pass through; every other run of characters is analysed with `analyzer` (normalised,
// broken into words, mapped to the canonical spelling when `canonical_spelling`) and written
// back, several words joined by '-' so QueryParser reads them as a phrase as it reads
// "cyber-security". `fields` are the known field names; boolean fields' values are copied as
// typed. With `acronyms`, a run of plain words (outside phrases, no operator, '+', '-' or
// wildcard among them) or a whole quoted phrase that is a member of an acronym group becomes
// "syn:N" (longest match first); `expansion_field` is that field's name. With `phrase_field`
// non-empty, a quoted phrase of two or more words holding a stopword (and not a field's value)
// becomes "<phrase_field>:N".
// Errors (query_error, "query:COL: error: …", COL 1-based in characters): a NUL or other
// control byte, invalid UTF-8, an unbalanced quote or bracket, an unknown field, brackets nested
// deeper than kMaxBracketDepth, more than kMaxQueryWords words (field values included).
// Bounds that keep every query's time and memory bounded. Xapian's parser and query objects
// recurse once per nesting level: 50,000 nested "(w OR (w AND …" overflowed the stack.
inline constexpr size_t kMaxBracketDepth = 256;
inline constexpr size_t kMaxQueryWords = 2000;

analysis::Result<RewrittenQuery> rewrite_query_text(const std::string& query, const analysis::Analyzer& analyzer,
                                                    bool canonical_spelling,
                                                    const std::vector<std::string>& boolean_fields,
                                                    const std::vector<std::string>& text_fields,
                                                    const index_format::AcronymGroups* acronyms = nullptr,
                                                    const std::string& expansion_field = "syn",
                                                    const std::string& phrase_field = "");

}  // namespace searcher
