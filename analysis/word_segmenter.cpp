// @brief word_segments: ICU's BreakIterator on UText, and the same rules hand-coded for ASCII.
#include "analysis/word_segmenter.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace analysis {
namespace {

// Word_Break classes of ASCII characters under ICU 72's rules (probed against ICU itself; ':'
// is MidLetter in UAX #29 but CLDR's root tailoring removes it, so "a:b" is two words).
enum class Wb : unsigned char { kOther, kLetter, kNumeric, kMidNumLet, kMidNum, kExtendNumLet };

constexpr Wb ascii_class(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return Wb::kLetter;
  if (c >= '0' && c <= '9') return Wb::kNumeric;
  if (c == '.' || c == '\'') return Wb::kMidNumLet;
  if (c == ',' || c == ';') return Wb::kMidNum;
  if (c == '_') return Wb::kExtendNumLet;
  return Wb::kOther;
}

struct ClassTable {
  Wb of[128];
  constexpr ClassTable() : of() {
    for (int c = 0; c < 128; ++c) of[c] = ascii_class(static_cast<unsigned char>(c));
  }
};
constexpr ClassTable kClasses;

bool is_word_part(Wb c) { return c == Wb::kLetter || c == Wb::kNumeric || c == Wb::kExtendNumLet; }

// True when UAX #29 keeps text[j - 1] and text[j] together (rules WB5-WB13b; the others, about
// newlines, spaces and non-ASCII classes, only ever separate or join non-words here).
bool joined(std::string_view text, size_t j) {
  auto cls = [&](size_t i) { return i < text.size() ? kClasses.of[static_cast<unsigned char>(text[i])] : Wb::kOther; };
  const Wb a = cls(j - 1);
  const Wb b = cls(j);
  if (a == Wb::kLetter && b == Wb::kLetter) return true;                                   // WB5
  if (a == Wb::kLetter && b == Wb::kMidNumLet && cls(j + 1) == Wb::kLetter) return true;  // WB6
  if (j >= 2 && cls(j - 2) == Wb::kLetter && a == Wb::kMidNumLet && b == Wb::kLetter) return true;  // WB7
  if ((a == Wb::kLetter || a == Wb::kNumeric) && (b == Wb::kLetter || b == Wb::kNumeric)) return true;  // WB8-10
  const bool mid_num = b == Wb::kMidNum || b == Wb::kMidNumLet;
  if (a == Wb::kNumeric && mid_num && cls(j + 1) == Wb::kNumeric) return true;  // WB12
  if (j >= 2 && cls(j - 2) == Wb::kNumeric && (a == Wb::kMidNum || a == Wb::kMidNumLet) && b == Wb::kNumeric) {
    return true;  // WB11
  }
  if (is_word_part(a) && b == Wb::kExtendNumLet) return true;   // WB13a
  if (a == Wb::kExtendNumLet && is_word_part(b)) return true;   // WB13b
  return false;
}

// ICU gives a run of underscores a word status, but not a single one ("__" is a word, "_" not).
bool word_like(std::string_view segment) {
  bool underscores_only = true;
  for (char ch : segment) {
    const Wb c = kClasses.of[static_cast<unsigned char>(ch)];
    if (c == Wb::kLetter || c == Wb::kNumeric) return true;
    if (c != Wb::kExtendNumLet) underscores_only = false;
  }
  return underscores_only && segment.size() >= 2;
}

// The typographic quotes and dashes of PDF text as ASCII characters of the same word-break
// class: U+2018 and U+2019 are MidNumLet, as '\'' is; the others are Other, as '-' is.
char ascii_stand_in(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019:
      return '\'';
    case 0x201A: case 0x201B: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2032: case 0x2033:
    case 0x00AB: case 0x00BB: case 0x00B4: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
      return '-';
    default:
      return 0;
  }
}

// Where a proxy's offsets stop being the original's: from proxy byte `proxy_at` on, proxy byte p
// is original byte `original_at + (p - proxy_at)` (each stand-in is one byte for two or three).
struct Shift {
  size_t proxy_at;
  size_t original_at;
};

// `utf8` with each of those characters replaced by its stand-in, and a Shift after each one.
// False when any other non-ASCII is left. A table of every byte's offset was a sixth of
// word_segments' instructions on PDF text; runs of ASCII are copied as they are.
bool ascii_proxy(std::string_view utf8, std::string* proxy, std::vector<Shift>* shifts) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  proxy->resize(utf8.size());
  char* out = proxy->data();
  size_t w = 0;
  for (int32_t i = 0; i < length;) {
    if (s[i] < 0x80) {
      out[w++] = static_cast<char>(s[i++]);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    const char stand_in = ascii_stand_in(c);
    if (stand_in == 0) return false;
    out[w++] = stand_in;
    shifts->push_back({w, static_cast<size_t>(i)});
  }
  proxy->resize(w);
  return true;
}

}  // namespace

bool is_ascii(std::string_view text) {
  // Eight bytes at a time: passages are mostly ASCII, and this runs before every analysis.
  size_t i = 0;
  uint64_t high = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t chunk;
    __builtin_memcpy(&chunk, text.data() + i, 8);
    high |= chunk;
  }
  for (; i < text.size(); ++i) high |= static_cast<unsigned char>(text[i]);
  return (high & 0x8080808080808080ULL) == 0;
}

std::vector<Segment> word_segments(std::string_view utf8) {
  if (is_ascii(utf8)) return word_segments_ascii(utf8);
  std::string proxy;
  std::vector<Shift> shifts;
  if (!ascii_proxy(utf8, &proxy, &shifts)) return word_segments_icu(utf8);
  std::vector<Segment> segments = word_segments_ascii(proxy);
  // Segments and shifts both ascend: one pass maps every offset back.
  size_t next = 0;
  Shift current{0, 0};
  auto original = [&](size_t p) {
    while (next < shifts.size() && shifts[next].proxy_at <= p) current = shifts[next++];
    return current.original_at + (p - current.proxy_at);
  };
  for (Segment& s : segments) {
    const size_t begin = original(s.begin);
    s = {begin, original(s.end)};
  }
  return segments;
}

std::vector<Segment> word_segments_ascii(std::string_view ascii) {
  std::vector<Segment> segments;
  segments.reserve(ascii.size() / 6 + 1);  // about one word in six bytes of English
  size_t start = 0;
  for (size_t j = 1; j <= ascii.size(); ++j) {
    if (j < ascii.size()) {
      // The two commonest cases first: inside a run of letters (WB5), and after an Other
      // character, which joins nothing, so it stands alone as a non-word (start == j - 1).
      const Wb before = kClasses.of[static_cast<unsigned char>(ascii[j - 1])];
      if (before == Wb::kLetter && kClasses.of[static_cast<unsigned char>(ascii[j])] == Wb::kLetter) continue;
      if (before == Wb::kOther) {
        start = j;
        continue;
      }
      if (joined(ascii, j)) continue;
    }
    const std::string_view piece = ascii.substr(start, j - start);
    if (word_like(piece)) segments.push_back({start, j});
    start = j;
  }
  return segments;
}

std::vector<Segment> word_segments_icu(std::string_view utf8) {
  std::vector<Segment> segments;
  UErrorCode status = U_ZERO_ERROR;
  // One iterator per thread: creating it costs far more than breaking a passage.
  thread_local std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (!iterator) return segments;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  iterator->setText(&text, status);
  if (U_FAILURE(status)) {
    utext_close(&text);
    return segments;
  }
  // On UTF-8 UText, the iterator's indexes are byte offsets into `utf8`.
  int32_t start = iterator->first();
  for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
    if (iterator->getRuleStatus() != UBRK_WORD_NONE) {
      segments.push_back({static_cast<size_t>(start), static_cast<size_t>(end)});
    }
  }
  // Drop the iterator's reference to this call's text before it goes away.
  UText empty = UTEXT_INITIALIZER;
  utext_openUTF8(&empty, "", 0, &status);
  iterator->setText(&empty, status);
  utext_close(&empty);
  utext_close(&text);
  return segments;
}

}  // namespace analysis
