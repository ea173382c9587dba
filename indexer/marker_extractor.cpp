// @brief MarkerExtractor: superscript digit runs after a word or punctuation become note markers.
#include "indexer/marker_extractor.h"

#include <cctype>

namespace indexer {
namespace {

// The superscript digit at `s[i]` (0..9) and its byte length, or -1.
int superscript_digit(std::string_view s, size_t i, size_t* len) {
  auto at = [&](std::string_view seq) { return s.substr(i, seq.size()) == seq; };
  if (at("\u00B9")) { *len = 2; return 1; }
  if (at("\u00B2")) { *len = 2; return 2; }
  if (at("\u00B3")) { *len = 2; return 3; }
  if (at("\u2070")) { *len = 3; return 0; }
  static constexpr std::string_view kFourToNine[] = {"\u2074", "\u2075", "\u2076",
                                                     "\u2077", "\u2078", "\u2079"};
  for (int d = 0; d < 6; ++d) {
    if (at(kFourToNine[d])) { *len = 3; return d + 4; }
  }
  return -1;
}

// Whether the character ending at `out.back()` can carry a marker: a letter or a punctuation
// mark ("kind.¹", "unit,⁸", "(DIH)²²", "opponents’.¹²"), not white space and not a digit
// ("10⁶" is an exponent). Non-ASCII characters (letters, curly quotes) count.
bool can_carry_marker(const std::string& out) {
  if (out.empty()) return false;
  const auto last = static_cast<unsigned char>(out.back());
  if (last >= 0x80) return true;
  if (last == kMarkerClose) return false;  // two runs never touch: one run is one marker
  return !std::isspace(last) && !std::isdigit(last);
}

}  // namespace

std::string extract_markers(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 0;
    int digit = superscript_digit(text, i, &len);
    if (digit < 0 || !can_carry_marker(out)) {
      // Copy one whole UTF-8 character (a superscript included) so the output stays valid.
      size_t n = 1;
      while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
      out.append(text.substr(i, n));
      i += n;
      continue;
    }
    std::string digits;
    while (digit >= 0) {
      digits += static_cast<char>('0' + digit);
      i += len;
      digit = i < text.size() ? superscript_digit(text, i, &len) : -1;
    }
    out += kMarkerOpen;
    out += digits;
    out += kMarkerClose;
  }
  return out;
}

std::vector<Line> extract_markers(std::vector<Line> lines) {
  for (Line& line : lines) line.text = extract_markers(line.text);
  return lines;
}

std::vector<MarkerRef> find_markers(std::string_view text) {
  std::vector<MarkerRef> refs;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != kMarkerOpen) continue;
    const size_t close = text.find(kMarkerClose, i);
    if (close == std::string_view::npos) break;
    int number = 0;
    for (size_t k = i + 1; k < close; ++k) number = number * 10 + (text[k] - '0');
    refs.push_back({number, i});
    i = close;
  }
  return refs;
}

namespace {
std::string rewrite_markers(std::string_view text, bool bracketed) {
  std::string out;
  out.reserve(text.size());
  bool inside = false;
  for (char c : text) {
    if (c == kMarkerOpen || c == kMarkerClose) {
      inside = c == kMarkerOpen;
      if (bracketed) out += inside ? '[' : ']';
    } else if (bracketed || !inside) {
      out += c;
    }
  }
  return out;
}
}  // namespace

std::string render_markers(std::string_view text) { return rewrite_markers(text, true); }

std::string remove_markers(std::string_view text) { return rewrite_markers(text, false); }

}  // namespace indexer
