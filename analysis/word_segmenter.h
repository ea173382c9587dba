// @brief word_segments: ICU word segmentation over UTF-8, and an ASCII fast path with the same
// boundaries.
#pragma once

#include <string_view>
#include <vector>

namespace analysis {

// A word-like segment of UTF-8 text as ICU's English word BreakIterator finds it (rule status
// other than UBRK_WORD_NONE): byte offsets [begin, end) into the segmented text. Spaces and
// punctuation between words are not segments.
struct Segment {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Segment&) const = default;
};

// True when every byte of `text` is below 0x80.
bool is_ascii(std::string_view text);

// The word-like segments of `utf8`, in order: word_segments_ascii for ASCII text, and for text
// that is ASCII but for typographic quotes and dashes (each read as an ASCII character of its
// word-break class); else word_segments_icu. The paths give identical segments
// (word_segmenter_test checks them against each other over the corpus, a synthetic corpus and
// the fuzz seeds).
std::vector<Segment> word_segments(std::string_view utf8);

// ICU's BreakIterator over the UTF-8 bytes through UText: no UTF-16 copy, offsets are bytes.
// Invalid UTF-8 is read as U+FFFD and still segmented, offsets staying in the input.
std::vector<Segment> word_segments_icu(std::string_view utf8);

// The rules of UAX #29 as ICU 72 applies them, restricted to ASCII: letters and '@' are ALetter
// (ICU's tailoring, for e-mail addresses), digits Numeric, '.' and '\'' join letters or digits,
// ',' and ';' join digits, '_' joins anything word-like. REQUIRES: is_ascii(ascii).
std::vector<Segment> word_segments_ascii(std::string_view ascii);

}  // namespace analysis
