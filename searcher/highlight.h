// @brief Highlight spans: a range of snippet text in bytes and in code points, and the omission
// mark shown where a snippet cuts its text.
#pragma once

#include <string_view>

#include "searcher/hit.h"

namespace searcher {

// Shown where a snippet cuts its text, at either end.
inline constexpr std::string_view kSnippetOmission = "…";

// Code points in `utf8`: every byte that does not continue a UTF-8 sequence starts one (an
// invalid byte counts as one, as a decoder replacing it with U+FFFD would show it).
size_t count_code_points(std::string_view utf8);

// The span of bytes [byte_begin, byte_end) of `text`, with its code point offsets.
// REQUIRES: byte_begin <= byte_end <= text.size().
HighlightSpan make_span(std::string_view text, size_t byte_begin, size_t byte_end);

}  // namespace searcher
