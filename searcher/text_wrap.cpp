// @brief display_width, wrap_lines and shorten.
#include "searcher/text_wrap.h"

#include <algorithm>

namespace searcher {

namespace {

// The code point starting at text[at] and its length in bytes (1 for an invalid byte).
char32_t decode(std::string_view text, size_t at, size_t* length) {
  const auto byte = static_cast<unsigned char>(text[at]);
  size_t n = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 1;
  if (at + n > text.size()) n = 1;
  char32_t c = n == 1 ? byte : n == 2 ? (byte & 0x1F) : n == 3 ? (byte & 0x0F) : (byte & 0x07);
  for (size_t i = 1; i < n; ++i) c = (c << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
  *length = n;
  return c;
}

size_t columns_of(char32_t c) {
  if (c >= 0x300 && c <= 0x36F) return 0;
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
                    (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

// Columns of the code point at text[at], and its length in bytes. ASCII, nearly all of what is
// printed, is one column without decoding: decoding each code point to look up its columns was
// 6 % of a query's instructions in text mode (callgrind over bench/query_latency, bench/README.md).
size_t columns_at(std::string_view text, size_t at, size_t* length) {
  if (static_cast<unsigned char>(text[at]) < 0x80) {
    *length = 1;
    return 1;
  }
  return columns_of(decode(text, at, length));
}

// True when no byte of `s` is >= 0x80 (no early exit, so the compiler can test many at once).
bool all_ascii(std::string_view s) {
  unsigned char any = 0;
  for (char c : s) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

}  // namespace

size_t display_width(std::string_view text) {
  size_t width = 0;
  for (size_t at = 0, n = 0; at < text.size(); at += n) width += columns_at(text, at, &n);
  return width;
}

std::vector<LineRange> wrap_lines(std::string_view text, size_t first_width, size_t next_width) {
  std::vector<LineRange> lines;
  size_t at = 0;
  while (true) {
    const size_t width = std::max<size_t>(1, lines.empty() ? first_width : next_width);
    // The longest prefix of text[at..] that fits, and the last space inside it.
    size_t end = at, columns = 0, last_space = std::string::npos;
    // ASCII is a byte a column: of the next `width` bytes, those before the first that is not
    // ASCII fit, and are taken at once; the rest from there one code point at a time. A code
    // point at a time throughout was 4 % of the workload's instructions in text mode (callgrind,
    // bench/README.md).
    std::string_view ahead = text.substr(at, width);
    if (!all_ascii(ahead)) {
      size_t ascii = 0;
      while (ascii < ahead.size() && static_cast<unsigned char>(ahead[ascii]) < 0x80) ++ascii;
      ahead = ahead.substr(0, ascii);
    }
    end = at + ahead.size();
    columns = ahead.size();
    if (const size_t space = ahead.rfind(' '); space != std::string_view::npos) last_space = at + space;
    while (end < text.size()) {
      size_t n = 0;
      const size_t c = columns_at(text, end, &n);
      if (columns + c > width) break;
      if (text[end] == ' ') last_space = end;
      columns += c;
      end += n;
    }
    if (end >= text.size()) {
      lines.push_back({at, text.size()});
      break;
    }
    size_t next = end;
    if (text[end] == ' ') {
      // The line ends exactly at a space: break there.
    } else if (last_space != std::string::npos && last_space > at) {
      end = last_space;
      next = last_space;
    } else if (end == at) {
      // Not even one code point fits: take one anyway, so wrapping always advances.
      size_t n = 0;
      decode(text, at, &n);
      end = next = at + n;
    }
    size_t line_end = end;
    while (line_end > at && text[line_end - 1] == ' ') --line_end;
    lines.push_back({at, line_end});
    while (next < text.size() && text[next] == ' ') ++next;
    if (next >= text.size()) break;
    at = next;
  }
  return lines;
}

std::string shorten(std::string_view text, size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return "";
  // The longest prefix of width - 1 columns, leaving one for the ellipsis.
  size_t end = 0, columns = 0;
  while (end < text.size()) {
    size_t n = 0;
    const size_t c = columns_at(text, end, &n);
    if (columns + c > width - 1) break;
    columns += c;
    end += n;
  }
  const size_t space = text.substr(0, end).rfind(' ');
  if (space != std::string_view::npos && space > end / 2) end = space;
  std::string_view kept = text.substr(0, end);
  while (!kept.empty() && kept.back() == ' ') kept.remove_suffix(1);
  return std::string(kept) + "…";
}

}  // namespace searcher
