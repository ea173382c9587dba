// @brief MarkerExtractor: superscript note markers out of the text, before any normalization.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/line_reader.h"

namespace indexer {

// Inside the pipeline a note marker is written as kMarkerOpen, decimal digits, kMarkerClose.
// LineReader refuses control characters, so these bytes cannot come from the input; later stages
// carry them through joins untouched and render them at the end ("[74]" or nothing).
inline constexpr char kMarkerOpen = '\x01';
inline constexpr char kMarkerClose = '\x02';

// Replaces each run of superscript digits (U+00B9 U+00B2 U+00B3 U+2070 U+2074..U+2079) that
// directly follows a letter or punctuation mark with one encoded marker: "kind.¹ (At" ->
// "kind.\x01" "1\x02 (At", "cooperation⁷⁴" -> marker 74. A run after white space, at the start
// of a line or after a digit (an exponent such as "10⁶") is left as printed. This must run
// before NFKC, which would turn the superscripts into ordinary digits glued to the word.
std::string extract_markers(std::string_view text);

// Applies extract_markers to every line, keeping line numbers.
std::vector<Line> extract_markers(std::vector<Line> lines);

struct MarkerRef {
  int number = 0;
  size_t offset = 0;  // byte offset of kMarkerOpen in the text
};

// The encoded markers of `text`, in order.
std::vector<MarkerRef> find_markers(std::string_view text);

// `text` with each encoded marker written as "[n]".
std::string render_markers(std::string_view text);

// `text` with encoded markers removed (the index text: markers are not words).
std::string remove_markers(std::string_view text);

}  // namespace indexer
