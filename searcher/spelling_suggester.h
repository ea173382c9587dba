// @brief suggest_spelling: "Did you mean" for query words the search matches nowhere.
#pragma once

#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"

namespace searcher {

// Returns `typed_query` with each misspelt word replaced by its correction, or "" when no word
// needs one. The rest of the query is kept as typed: operators, fields ("source:…"), wildcards,
// quotes and the other words; a correction takes the typed word's case pattern ("NISC",
// "Cyber", "cyber").
// A word is corrected only when the search matches nothing for it, judged by its analysed form
// (the canonical spelling's stem, or the word itself: "olympics" and "amendments" are matched
// through their stems, "defence" through "defense"), and only by a word the index holds. Words of
// fewer than kMinWordLength letters, stopwords and numbers are never corrected: "say" is one
// letter from "may" and a real word. Candidates are at most one edit away (an adjacent
// transposition counts one), two for words of kLongWordLength letters or more; among equals the
// most frequent. They come from the index's spelling data (Xapian's get_spelling_suggestion);
// where it has none, with `spelling_data` false (a remote shard is open, which cannot serve it)
// or where the backend cannot, from the index's own unprefixed terms beginning with the word's first or second letter,
// at most kMaxScannedTerms of them per word.
std::string suggest_spelling(const std::string& typed_query, const Xapian::Database& db,
                             const analysis::Analyzer& analyzer, bool spelling_data = true);

inline constexpr size_t kMinWordLength = 4;
inline constexpr size_t kLongWordLength = 9;
inline constexpr unsigned kMaxScannedTerms = 20000;

// Damerau–Levenshtein distance (adjacent transpositions count 1), or `limit`+1 when above `limit`.
unsigned edit_distance(const std::string& a, const std::string& b, unsigned limit);

}  // namespace searcher
