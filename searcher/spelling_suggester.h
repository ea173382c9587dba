// @brief suggest_spelling: "Did you mean" for query words the index does not have.
#pragma once

#include <string>

#include <xapian.h>

namespace searcher {

// Returns `analysed_query` (the rewritten query text) with each word the index does not hold
// replaced by its spelling suggestion, or "" when no word needs one. Only missing words are
// corrected: Xapian's own QueryParser correction would also turn a rare word that is in the
// index ("units") into a commoner neighbour ("unit"). Suggestions come from the index's spelling
// data (Xapian's get_spelling_suggestion); where the database cannot serve it (Xapian's remote
// backend), from the index's own terms: the nearest by edit distance (at most 1 for words of up
// to 4 letters, else 2), the most frequent among equals. Field values and operators are left alone.
// `spelling_data` false (a remote shard is open): go straight to the index's terms.
std::string suggest_spelling(const std::string& analysed_query, const Xapian::Database& db, bool spelling_data = true);

// Damerau–Levenshtein distance (adjacent transpositions count 1), or `limit`+1 when above `limit`.
unsigned edit_distance(const std::string& a, const std::string& b, unsigned limit);

}  // namespace searcher
