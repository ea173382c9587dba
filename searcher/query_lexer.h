// @brief lex_query: a query string as typed or pasted into tokens (words, phrases, brackets,
// operators, fields, URLs), repairing what a search box repairs and saying so.
#pragma once

#include <string>
#include <vector>

#include "analysis/status.h"

namespace searcher {

// Bounds that keep every query's time and memory bounded: Xapian's query objects recurse once
// per nesting level (50,000 nested "(w OR (w AND …" overflowed the stack), and its matcher slows
// down faster than linearly with the number of terms (16,000 took seconds, 60,000 minutes).
inline constexpr size_t kMaxBracketDepth = 256;
inline constexpr size_t kMaxQueryWords = 2000;

struct QueryToken {
  enum class Kind {
    kText,    // a run of characters between spaces, quotes and brackets: `text` as typed
    kPhrase,  // the characters between two quotes (or a quote and the end): `text`
    kUrl,     // a URL or host name ("https://www.mod.go.jp/x", "nisc.go.jp"): `text` as typed
    kField,   // a known field with its value: `field`, `text` (a phrase value when `quoted`)
    kOpen,    // '(' ; `field` set for "section:(…)"
    kClose,   // ')'
    kAnd, kOr, kNot, kXor,
    kNear, kAdj,  // `window` is the n of NEAR/n (10 when not given)
  };
  Kind kind = Kind::kText;
  int column = 1;      // 1-based, in characters
  std::string text;
  std::string field;
  char sign = 0;       // '+' or '-' typed before the token, or 0
  bool quoted = false; // kField: the value was a quoted phrase
  unsigned window = 10;
};

struct LexedQuery {
  std::vector<QueryToken> tokens;
  std::vector<std::string> notices;  // "query:COL: note: …", one per repair
};

// Splits `query` into tokens. `fields` are the field names that exist ("source", "kind", …).
// Operators are the upper-case words AND OR NOT XOR NEAR ADJ (NEAR/n, ADJ/n); a lower-case "and"
// is a word. Typographic double quotes delimit phrases like '"'; tabs and line breaks are spaces.
// Leniently (strict false), as a search box reads pasted text: an unknown "word:" is text, an
// unbalanced quote runs to the end, a ')' that closes nothing is dropped, a '(' never closed is
// closed at the end, a control character is a space, an invalid UTF-8 byte is dropped, a field
// without a value is a word, a lone '+' or '-' is dropped, an operator without an operand on
// each side (NEAR and ADJ: a plain word on each side) is a word; each repair adds a notice.
// Errors (query_error, "query:COL: error: …"): brackets nested deeper than kMaxBracketDepth,
// always; with `strict`, every repair above instead.
analysis::Result<LexedQuery> lex_query(const std::string& query, const std::vector<std::string>& fields, bool strict);

// True when `run` looks like a URL ("http://…", "https://…", "www.…") or a host name: two or
// more dot-separated labels of letters, digits and '-', the last one letters only, at least two
// long ("mod.go.jp"; not "U.S." or "1.4").
bool looks_like_url(const std::string& run);

}  // namespace searcher
