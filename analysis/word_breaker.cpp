// @brief break_words: word segments reduced to runs of letters and digits, read straight from UTF-8.
#include "analysis/word_breaker.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace analysis {
namespace {

// One code point of a segment, with its byte range.
struct CodePoint {
  UChar32 c;
  size_t begin;
  size_t end;
};

// Decodes `token` into `out`; invalid bytes come back negative, which no test below accepts, so
// they separate words.
void decode(std::string_view token, size_t base, std::vector<CodePoint>* out_vector) {
  std::vector<CodePoint>& out = *out_vector;
  out.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(token.data());
  const auto length = static_cast<int32_t>(token.size());
  for (int32_t i = 0; i < length;) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    out.push_back({c, base + static_cast<size_t>(begin), base + static_cast<size_t>(i)});
  }
}

bool is_alnum(UChar32 c) {
  if (c < 0x80) return c >= 0 && (static_cast<uint32_t>((c | 0x20) - 'a') < 26u || static_cast<uint32_t>(c - '0') < 10u);
  return u_isalnum(c);
}
bool is_digit(UChar32 c) { return c < 0x80 ? c >= '0' && c <= '9' : u_isdigit(c); }

// True for "u.s" or "u.s.a": single letters joined by periods, read as one acronym. Letters
// outside the BMP do not count (as when this looked at UTF-16 units one by one).
bool is_dotted_acronym(const std::vector<CodePoint>& t, size_t length) {
  if (length < 3) return false;
  for (size_t i = 0; i < length; ++i) {
    const UChar32 c = t[i].c;
    const bool letter_slot = i % 2 == 0;
    if (letter_slot ? !(c >= 0 && c <= 0xFFFF && u_isalpha(c)) : c != '.') return false;
  }
  return true;
}

}  // namespace

// ICU keeps "japan's", "u.s" and "5,000" whole, which is right, but Xapian's QueryParser would
// split or rewrite them, so they are reduced here to plain letter/digit runs; anything else
// inside (an underscore in a URL path) separates words.
void append_segment_words(std::string_view text, Segment segment, std::vector<Word>* out) {
  // Reused: one allocation per thread instead of one per word.
  thread_local std::vector<CodePoint> t;
  decode(text.substr(segment.begin, segment.end - segment.begin), segment.begin, &t);
  size_t length = t.size();
  if (length >= 2 && t[length - 2].c == '\'' && t[length - 1].c == 's') length -= 2;
  const bool acronym = is_dotted_acronym(t, length);

  std::string current;
  size_t current_begin = segment.begin;
  auto flush = [&](size_t end) {
    if (!current.empty() && current.size() <= kMaxWordBytes) out->push_back(Word{current, current_begin, end});
    current.clear();
  };
  for (size_t i = 0; i < length; ++i) {
    const UChar32 c = t[i].c;
    if (is_alnum(c)) {
      if (current.empty()) current_begin = t[i].begin;
      current.append(text.data() + t[i].begin, t[i].end - t[i].begin);
    } else if (c == '\'' || (c == '.' && acronym) ||
               (c == ',' && i > 0 && i + 1 < length && is_digit(t[i - 1].c) && is_digit(t[i + 1].c))) {
      // joined: "don't", "u.s", "5,000"
    } else {
      flush(t[i].begin);
    }
  }
  flush(length == 0 ? segment.begin : t[length - 1].end);
}

std::vector<Word> break_words(std::string_view normalized) {
  return is_ascii(normalized) ? break_words_ascii(normalized) : break_words_icu(normalized);
}

std::vector<Word> break_words_icu(std::string_view normalized) {
  std::vector<Word> words;
  for (const Segment& segment : word_segments_icu(normalized)) append_segment_words(normalized, segment, &words);
  return words;
}

std::vector<Word> break_words_ascii(std::string_view normalized) {
  std::vector<Word> words;
  for (const Segment& segment : word_segments_ascii(normalized)) append_segment_words(normalized, segment, &words);
  return words;
}

}  // namespace analysis
