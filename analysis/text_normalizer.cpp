// @brief normalize_text: NFKC case folding, diacritic folding and quote/dash unification (ICU).
#include "analysis/text_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

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

}  // namespace

std::string normalize_text(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);

  // fromUTF8 replaces invalid sequences with U+FFFD, so bad input degrades instead of failing.
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString unified;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    unified.append(unify_punctuation(c));
    i += U16_LENGTH(c);
  }

  icu::UnicodeString folded = nfkc_casefold->normalize(unified, status);
  // Diacritics: decompose, drop the combining marks, recompose ("jūyō" -> "juyo").
  icu::UnicodeString decomposed = nfd->normalize(folded, status);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(unify_punctuation(c));
    i += U16_LENGTH(c);
  }
  icu::UnicodeString composed = nfc->normalize(bare, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  composed.toUTF8String(out);
  return out;
}

}  // namespace analysis
