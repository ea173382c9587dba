// @brief parse_query: query tokens into a tree of analysed words and operators (QueryNode), the
// one parse the query builder turns into a Xapian::Query.
#pragma once

#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/status.h"
#include "index_format/acronym_groups.h"
#include "searcher/query_lexer.h"

namespace searcher {

// One node of a parsed query. Leaves hold analysed words (canonical spellings when asked for);
// `prefix` is a text field's term prefix ("S" for section:) or empty for the default one.
struct QueryNode {
  enum class Kind {
    kWords,     // words: one is its stemmed term, several a phrase (a hyphenated "cyber-security")
    kPhrase,    // a quoted phrase: its unstemmed words in order
    kWildcard,  // words before '*': the last one is a term prefix
    kAcronym,   // words naming acronym group `group`: the group's term and the words as typed
    kFilter,    // a boolean field's term: `term` (a prefix and a value, e.g. "XKIND:note")
    kUrl,       // a URL or host name: `term` (url_terms), `words` its text for a fallback phrase
    kNear,      // words within `window` positions of each other (ADJ: in order, kAdjacent)
    kAdjacent,
    kMatchAll,  // every record (a query starting with NOT)
    kDefault,   // children combined with the default operator (OR, or AND under --all)
    kAnd, kOr, kXor, kAndNot,
    kAndMaybe,  // children[0] required, children[1] adding weight (both required under --all)
    kFilterBy,  // children[0] filtered by children[1], whose weight does not count
    kWeightless,  // children[0] matched, weighing nothing (a query of filters only)
  };
  Kind kind = Kind::kWords;
  std::vector<std::string> words;
  std::string prefix;
  std::string term;
  std::vector<std::string> url_terms;
  size_t group = 0;
  unsigned window = 0;
  bool bigrams = true;  // kPhrase: may match through bigram terms (not with a '*' inside)
  int column = 1;
  std::vector<QueryNode> children;
};

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
// group is one kAcronym node, longest match first. An operator without an operand on each side
// (NEAR and ADJ: a plain word on each side) is read as a word, with a notice.
// Errors (query_error, "query:COL: error: …"): the lexer's, and more than kMaxQueryWords words.
analysis::Result<ParsedQuery> parse_query(const std::string& query, const analysis::Analyzer& analyzer,
                                          const ParseOptions& options);

// A parsed query's tree as text, for tests and --explain: "OR(cyber, PHRASE(rule of law))".
std::string describe(const QueryNode& node);

}  // namespace searcher
