// @brief parse_query: a query string into a tree of analysed words and operators (QueryNode),
// the one parse the query builder turns into a Xapian::Query.
#pragma once

#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/status.h"
#include "index_format/acronym_groups.h"
#include "searcher/query_lexer.h"
#include "searcher/query_node.h"

namespace searcher {

// A wildcard seen in the query: the analysed stem before '*', and its 1-based column.
struct WildcardUse {
  std::string prefix;
  int column = 0;
};

// A word the index was asked for, as the query builder checks it against the index.
struct QueryWord {
  std::string shown;               // as reported ("attribution", "mod.go.jp", "cyb*")
  std::vector<std::string> terms;  // the word matches something when any of these exists
  std::string wildcard;            // or, when set, when any term starts with it
  bool url = false;                // a URL or host name
};

struct ParsedQuery {
  QueryNode root;
  bool empty = true;                  // no searchable word: root means nothing
  std::vector<std::string> notices;   // the lexer's and the parser's repairs, in order
  std::vector<WildcardUse> wildcards;
  std::vector<QueryWord> words;       // every word searched for, once each
  std::string spelled;                // analysed words with the syntax kept, for spelling
  bool aims_at_notes = false;         // names a URL or host name, or kind:note
  bool names_url_or_host = false;     // names a URL or host name
  int word_count = 0;                 // analysed words and field values
};

// What the parser needs to know about the index.
struct ParseOptions {
  bool strict = false;          // syntax problems are errors instead of repairs
  bool canonical = true;        // map words to their canonical spelling (defence -> defense)
  const index_format::AcronymGroups* acronyms = nullptr;  // null: no acronym groups
  // Known fields: boolean ones ("source" -> "XSRC:") are filters, text ones ("section" -> "S")
  // prefix their words.
  std::vector<std::pair<std::string, std::string>> boolean_fields;
  std::vector<std::pair<std::string, std::string>> text_fields;
};

// Parses `query` (lex_query, then the operators). Precedence, loosest first: OR, XOR, AND and
// NOT, NEAR and ADJ; words side by side form one group, which binds tighter than any operator.
// In a group, '+' words are required, '-' words excluded, filters (source:, kind:, note:) restrict
// without weight (several values of one field: any of them), plain words combine with the
// default operator; stopwords are dropped from a group holding other plain words. A run of plain
// words (no operator, sign or wildcard among them) or a whole quoted phrase naming an acronym
// group is one kAcronym node, longest match first.
// Errors (query_error, "query:COL: error: …"): the lexer's, and more than kMaxQueryWords words.
analysis::Result<ParsedQuery> parse_query(const std::string& query, const analysis::Analyzer& analyzer,
                                          const ParseOptions& options);

}  // namespace searcher
