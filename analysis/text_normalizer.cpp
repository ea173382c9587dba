// @brief normalize_text: NFKC case folding, diacritic folding and quote/dash unification (ICU).
#include "analysis/text_normalizer.h"

#include <optional>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "analysis/word_segmenter.h"

namespace analysis {
namespace {

// Typographic quotes and dashes as PDF extraction leaves them ("Japan’s", "Japan–US") must compare
// equal to what people type ("Japan's", "Japan-US").
UChar32 unify_punctuation(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    default:
      return c;
  }
}

// PDF-extracted text is mostly ASCII but for its typographic quotes and dashes ("Japan’s",
// "2015–2018"). Those unified first, such a text is ASCII, where the rest of the chain is
// normalize_text_ascii. Nothing when anything else non-ASCII is left.
std::optional<std::string> unify_to_ascii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    if (s[i] < 0x80) {
      out += static_cast<char>(s[i++]);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    const UChar32 unified = c < 0 ? c : unify_punctuation(c);
    if (unified < 0 || unified >= 0x80) return std::nullopt;
    out += static_cast<char>(unified);
  }
  return out;
}

void check(UErrorCode status, const char* step) {
  if (U_FAILURE(status)) throw NormalizationError(step, status);
}

// `form` applied to `text`, copying nothing when the quick check finds it all in that form
// already, and normalising only the rest past the part that is.
icu::UnicodeString apply(const icu::Normalizer2& form, icu::UnicodeString text, UErrorCode& status) {
  const int32_t normalized_prefix = form.spanQuickCheckYes(text, status);
  if (U_FAILURE(status) || normalized_prefix == text.length()) return text;
  icu::UnicodeString out(text, 0, normalized_prefix);
  form.normalizeSecondAndAppend(out, text.tempSubString(normalized_prefix), status);
  return out;
}

}  // namespace

NormalizationError::NormalizationError(const std::string& step, UErrorCode code)
    : std::runtime_error("text normalisation failed in ICU (" + step + "): " + u_errorName(code)), code_(code) {}

std::string normalize_text(std::string_view utf8) {
  if (is_ascii(utf8)) return normalize_text_ascii(utf8);
  if (std::optional<std::string> unified = unify_to_ascii(utf8)) return normalize_text_ascii(*unified);
  return normalize_text_icu(utf8);
}

std::string normalize_text_ascii(std::string_view ascii) {
  std::string out(ascii);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    else if (c == '`') c = '\'';
  }
  return out;
}

std::string normalize_text_icu(std::string_view utf8, UErrorCode initial) {
  UErrorCode status = initial;
  const icu::Normalizer2* nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  check(status, "loading the normalisers");

  // fromUTF8 replaces invalid sequences with U+FFFD, so bad input degrades instead of failing.
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString unified;
  unified.getBuffer(text.length());  // reserve: one append per code point below
  unified.releaseBuffer(0);
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    unified.append(unify_punctuation(c));
    i += U16_LENGTH(c);
  }

  icu::UnicodeString folded = apply(*nfkc_casefold, std::move(unified), status);
  check(status, "NFKC case folding");
  // Diacritics: decompose, drop the combining marks, recompose ("jūyō" -> "juyo").
  icu::UnicodeString decomposed = apply(*nfd, std::move(folded), status);
  check(status, "NFD");
  icu::UnicodeString bare;
  bare.getBuffer(decomposed.length());
  bare.releaseBuffer(0);
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(unify_punctuation(c));
    i += U16_LENGTH(c);
  }
  icu::UnicodeString composed = apply(*nfc, std::move(bare), status);
  check(status, "NFC");
  std::string out;
  composed.toUTF8String(out);
  return out;
}

}  // namespace analysis
