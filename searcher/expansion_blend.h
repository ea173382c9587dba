// @brief blend_expansions: keeps a passage found only through an acronym expansion within sight.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace searcher {

// The index terms of one acronym group used in a query: those of the words as typed and those
// of each other member (a stemmed term for one word, the unstemmed words of a phrase).
struct ExpansionTerms {
  std::vector<std::string> own;
  std::vector<std::vector<std::string>> others;
};

// True when a match with `matching` terms (Xapian's matching terms for it) contains some other
// member of a group wholly but not the words as typed: it was found only through the expansion.
bool found_only_through_expansion(const std::vector<std::string>& matching, const std::vector<ExpansionTerms>& groups);

// Ranking order for matches in BM25 order, given whether each was found only through an
// expansion: the first such match is moved up to position `slot` (0-based) if it ranks below it,
// the others keep their order. A query for "MoD" otherwise fills its first page with passages
// that say "MoD" and never shows that "Ministry of Defense" was understood as the same thing.
std::vector<size_t> blend_order(const std::vector<bool>& expansion_only, size_t slot);

}  // namespace searcher
