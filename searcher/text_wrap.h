// @brief Text wrapping for the terminal: display width of UTF-8 text, greedy wrapping into lines
// of at most N columns, and shortening to N columns with "…".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace searcher {

// A line of wrapped text: bytes [begin, end) of the text.
struct LineRange {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const LineRange&) const = default;
};

// Columns `text` takes: one per code point, none for a combining mark (U+0300-U+036F) and two
// for a wide East Asian character (Hangul, CJK, fullwidth forms), as wcwidth() counts them.
size_t display_width(std::string_view text);

// `text` in lines: the first at most `first_width` columns, the others at most `next_width`
// (both at least 1), broken at spaces, the spaces at a break dropped; a word wider than a line
// is cut at a code point. Empty text is one empty line.
std::vector<LineRange> wrap_lines(std::string_view text, size_t first_width, size_t next_width);

// `text` whole if it fits `width` columns, else cut to width - 1 columns plus "…", at the last
// space when one is in the second half (so no word is cut short of sense).
std::string shorten(std::string_view text, size_t width);

}  // namespace searcher
