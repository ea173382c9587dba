// @brief break_words: word segments of normalised text reduced to analysed words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/word_segmenter.h"

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
// ASCII text takes word_segments_ascii, other text ICU; both give the same words.
std::vector<Word> break_words(std::string_view normalized);

// break_words through ICU, whatever the text (the reference the fast path is tested against).
std::vector<Word> break_words_icu(std::string_view normalized);

// break_words through the ASCII segmenter. REQUIRES: is_ascii(normalized).
std::vector<Word> break_words_ascii(std::string_view normalized);

// Appends the analysed words of one segment of `text` to `out`, offsets into `text`.
void append_segment_words(std::string_view text, Segment segment, std::vector<Word>* out);

// Longest word kept, in bytes. Xapian refuses terms over 245 bytes (prefix included) at
// commit, failing the whole index write, so one 300-letter "word" in one file (a hash, a
// base64 blob, a run of letters from a broken PDF export) must never reach it; no real word
// of any language is this long.
inline constexpr size_t kMaxWordBytes = 64;

}  // namespace analysis
