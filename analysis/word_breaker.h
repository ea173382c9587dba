// @brief break_words: ICU word segmentation of normalised text into analysed words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace analysis {

// A word as it is indexed, unstemmed: letters and digits only.
struct Word {
  std::string text;
  size_t begin = 0;  // byte offsets of the word in the text given to break_words
  size_t end = 0;
};

// Splits text (already normalised) at ICU word boundaries and keeps words containing a letter or
// a digit. Inside a word, a possessive "'s" is dropped ("japan's" -> "japan") and other
// apostrophes, periods and commas are removed ("u.s" -> "us", "5,000" -> "5000"), so every word
// is a run of letters and digits that Xapian's QueryParser takes as one term, unchanged.
// Words longer than kMaxWordBytes are dropped, as Xapian's own TermGenerator does.
std::vector<Word> break_words(std::string_view normalized);

// Longest word kept, in bytes. Xapian refuses terms over 245 bytes (prefix included) at
// commit, failing the whole index write, so one 300-letter "word" in one file (a hash, a
// base64 blob, a run of letters from a broken PDF export) must never reach it; no real word
// of any language is this long.
inline constexpr size_t kMaxWordBytes = 64;

}  // namespace analysis
