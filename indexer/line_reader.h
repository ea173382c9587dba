// @brief LineReader: one corpus file's bytes to numbered lines, refusing what cannot be text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/status.h"

namespace indexer {

// One line of the original file. `number` is 1-based; `text` has no line terminator and is valid
// UTF-8 with no control characters except TAB and FF. White space is kept as printed: a line
// holding only " " and an empty line mean different things in hard-wrapped exports.
struct Line {
  int number = 0;
  std::string text;
};

// Splits `bytes` into lines. Accepts LF, CRLF and lone CR terminators and strips one leading
// UTF-8 byte-order mark. A final line without terminator counts; a final terminator does not
// open an extra line. Every physical line is returned (blank ones too) so that line numbers are
// those of the file.
//
// Errors (Status kind invalid_input, message "<file_label>:<line>[:<col>]: error: ..."; col is
// the 1-based character column of the offending byte):
//   - no bytes, or nothing but white space (and a BOM): "empty file";
//   - a NUL byte or another control character: binary content;
//   - an invalid UTF-8 sequence (bad lead byte, truncated, overlong, surrogate, > U+10FFFF);
//   - a line longer than kMaxLineBytes: "line longer than … bytes" (no column).
// Longest line accepted. A line is at most one paragraph; a document printed as one huge line
// (50 MB with no line break) would become one passage that no reader could use, and cost time
// and memory out of proportion in every later stage, so it is refused with a message instead.
inline constexpr size_t kMaxLineBytes = size_t{1} << 20;

analysis::Result<std::vector<Line>> read_lines(const std::string& file_label, std::string_view bytes);

// Number of code points in valid UTF-8 `text` (the unit of columns and widths in this pipeline).
int utf8_length(std::string_view text);

}  // namespace indexer
