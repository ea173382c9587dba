// @brief QueryNode: a parsed query as a tree of analysed words and operators, between the query
// parser and the query builder, and its description for tests.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace searcher {

// One node of a parsed query. Leaves hold analysed words (canonical spellings when asked for);
// `prefix` is a text field's term prefix ("S" for section:) or empty for the default one.
struct QueryNode {
  enum class Kind {
    kWords,     // words: one is its stemmed term, several a phrase (a hyphenated "cyber-security")
    kPhrase,    // a quoted phrase: its unstemmed words in order
    kWildcard,  // words before '*': the last one is a term prefix
    kAcronym,   // words naming acronym group `group`: the group's term and the words as typed
    kCompound,  // a learnt compound (compound_marker.h): `term` its key, `words` the form as typed
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
  // A plain word typed after a stopword the parser dropped ("established the C"): it does not
  // stand side by side with the word before it, so the two are no compound (compound_marker.h).
  bool after_dropped_stopword = false;
  int column = 1;
  std::vector<QueryNode> children;
};

// A node of `kind` at `column`, empty otherwise.
QueryNode make_node(QueryNode::Kind kind, int column);

// Joins a and b under `kind` (either may be absent: the other is the result, except that an
// absent left side of kAndNot is every record). A left side already of an associative `kind`
// (AND, OR, XOR, AND_NOT: its first child AND_NOT every other) takes b as one more child, so a
// chain of 2,000 ANDs stays one flat node.
std::optional<QueryNode> combine(QueryNode::Kind kind, std::optional<QueryNode> a, std::optional<QueryNode> b);

// `nodes` under one node of `kind`; a single node is itself, none is absent.
std::optional<QueryNode> combine_all(QueryNode::Kind kind, std::vector<QueryNode> nodes);

// A tree as text, for tests: "OR(cyber, PHRASE(rule of law))"; a default-operator group is
// DEFAULT(…), a boolean term or a single word is itself.
std::string describe(const QueryNode& node);

}  // namespace searcher
