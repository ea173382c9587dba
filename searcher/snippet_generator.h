// @brief SnippetGenerator: the excerpt of a hit's stored text that shows the most of the query,
// with its matches highlighted, chosen without Xapian.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzer.h"
#include "searcher/hit.h"

namespace searcher {

// Query terms as the query holds them, each with its weight in the query (Xapian's
// MSet::get_termweight): an unstemmed word ("cyber", "defense") or "Z" + its stem ("Zunit").
// Terms with any other prefix never match passage text and are ignored.
using QueryTermWeights = std::unordered_map<std::string, double>;

// Chooses, for each hit's text, the window of at most `budget_bytes` that shows the query best:
//  - Words are found in the stored text itself (ICU word segments, or the ASCII fast path with
//    the same boundaries), so spans point into it; each is analysed as the Analyzer analyses
//    indexed text (normalize_text, break_words, canonical spelling, English stem) into the
//    terms it would be indexed as. Note markers ("[12]") and URLs match nothing: the indexer
//    leaves them out of the terms too.
//  - The window holds an occurrence of the heaviest term the text matches (so one rare word
//    beats several common ones), and among such windows the greatest sum of the weights of the
//    distinct terms it holds; ties go to the shortest, then the earliest. Words matching only
//    terms of weight 0 (Xapian's weight for a term inside OP_SYNONYM) are highlighted but do
//    not place the window, unless the text matches nothing else.
//  - It starts at the start of the sentence holding its first match when that fits, else a
//    little before that match at a word start, and ends at a word end; "…" (kSnippetOmission)
//    marks each end where text was cut, and counts against the budget. A text that fits the
//    budget whole is returned whole; one that matches nothing gives its opening words.
//  - Every occurrence of a matched term inside the window is highlighted (the word, or for a
//    word whose normalised form has another length, such as "Jūyō", its whole segment).
// A single word longer than the budget is still shown whole. Makes no Xapian call.
// Not thread-safe: it caches each distinct word's terms for the hits of one query.
class SnippetGenerator {
 public:
  SnippetGenerator(const analysis::Analyzer& analyzer, QueryTermWeights weights, size_t budget_bytes = 300);

  Snippet generate(std::string_view text) const;

  // A word of the text with the query terms it matches (indexes into the generator's terms).
  // `terms` views the generator's own list for the word (terms_of), valid as long as the
  // generator: a copy for each matched word of each hit was an allocation apiece.
  struct MatchedWord {
    size_t begin = 0;  // byte offsets into the text given to generate()
    size_t end = 0;
    std::span<const int> terms;
  };
  // The text's words in order, each with the query terms it matches (exposed for tests).
  std::vector<MatchedWord> match_words(std::string_view text) const;
  // Turns off the shortcut for segments of ASCII letters and digits, so a test can check that it
  // gives what the general path gives.
  void set_ascii_fast_path(bool on) { ascii_fast_path_ = on; }

  // The first and last word (indexes into match_words) of the run of matches a window is built
  // around.
  struct Core {
    size_t first = 0;
    size_t last = 0;
  };

 private:
  Core best_core(const std::vector<MatchedWord>& words, size_t room) const;
  const std::vector<int>& terms_of(const std::string& word) const;

  const analysis::Analyzer& analyzer_;
  std::vector<std::string> terms_;
  std::vector<double> weights_;
  std::unordered_map<std::string, int> index_;
  std::array<bool, 256> stem_initials_{};  // first bytes of the stems of the query's "Z" terms
  // First bytes a word can have and still match a query term (may_match_initial).
  std::array<bool, 256> match_initials_{};
  bool ascii_fast_path_ = true;
  size_t budget_;
  // terms_of's answers. An entry is never changed once made, and a node-based map keeps it in
  // place as the map grows: MatchedWord::terms points into it.
  mutable std::unordered_map<std::string, std::vector<int>> cache_;
};

}  // namespace searcher
