// @brief Highlight spans: byte ranges of snippet text given their code point offsets too.
#include "searcher/highlight.h"

namespace searcher {

size_t count_code_points(std::string_view utf8) {
  size_t count = 0;
  for (char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

HighlightSpan make_span(std::string_view text, size_t byte_begin, size_t byte_end) {
  const size_t char_begin = count_code_points(text.substr(0, byte_begin));
  return {byte_begin, byte_end, char_begin, char_begin + count_code_points(text.substr(byte_begin, byte_end - byte_begin))};
}

}  // namespace searcher
