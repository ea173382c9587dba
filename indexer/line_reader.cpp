// @brief LineReader: bytes to numbered lines with UTF-8 and binary checks naming file:line:col.
#include "indexer/line_reader.h"

#include <cstdint>

namespace indexer {
namespace {

analysis::Status error_at(const std::string& file, int line, int col, const std::string& what) {
  std::string where = file + ":" + std::to_string(line);
  if (col > 0) where += ":" + std::to_string(col);
  return analysis::Status::invalid_input(where + ": error: " + what);
}

std::string hex_byte(unsigned char b) {
  static const char* kDigits = "0123456789ABCDEF";
  return std::string("0x") + kDigits[b >> 4] + kDigits[b & 15];
}

// Length of the valid UTF-8 sequence at `s[i]`, or 0 when it is invalid. Overlong forms and
// surrogates are refused so that later stages (ICU, Xapian) never see them.
size_t utf8_sequence_length(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  size_t len;
  uint32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
  if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
  return len;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

}  // namespace

int utf8_length(std::string_view text) {
  int n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

analysis::Result<std::vector<Line>> read_lines(const std::string& file_label, std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::vector<Line> lines;
  Line current{1, {}};
  int col = 1;
  bool any_text = false;
  size_t i = 0;
  while (i < bytes.size()) {
    const char c = bytes[i];
    if (c == '\n' || c == '\r') {
      // CRLF counts once; a lone CR (old Mac exports) is a terminator of its own.
      if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      ++i;
      lines.push_back(std::move(current));
      current = Line{static_cast<int>(lines.size()) + 1, {}};
      col = 1;
      continue;
    }
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) return error_at(file_label, current.number, col, "NUL byte: binary content, not text");
    if ((b < 0x20 && c != '\t' && c != '\f') || b == 0x7F) {
      return error_at(file_label, current.number, col,
                      "control character " + hex_byte(b) + ": binary content, not text");
    }
    const size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) return error_at(file_label, current.number, col, "invalid UTF-8 (byte " + hex_byte(b) + ")");
    if (!is_space(c)) any_text = true;
    current.text.append(bytes.substr(i, len));
    if (current.text.size() > kMaxLineBytes) {
      return error_at(file_label, current.number, 0,
                      "line longer than " + std::to_string(kMaxLineBytes) +
                          " bytes: not text that splits into passages");
    }
    i += len;
    ++col;
  }
  if (!current.text.empty()) lines.push_back(std::move(current));
  if (!any_text) return error_at(file_label, 1, 0, "empty file: no text to index");
  return lines;
}

}  // namespace indexer
