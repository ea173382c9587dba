#define BOOST_TEST_MODULE text_normalizer
#include <boost/test/unit_test.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "analysis/test_texts.h"
#include "analysis/text_normalizer.h"
#include "analysis/word_segmenter.h"

using analysis::normalize_text;

BOOST_AUTO_TEST_CASE(normalises_case_width_diacritics_and_quotes) {
  struct Row { std::string input, expected; };
  const Row rows[] = {
      {"Ministry of Defense", "ministry of defense"},
      {"Jūyō infura", "juyo infura"},          // diacritics folded (IISS note 53)
      {"JUYO", "juyo"},
      {"Japan’s", "japan's"},                   // curly apostrophe = straight
      {"‘technological sovereignty’", "'technological sovereignty'"},
      {"“Rule of law”", "\"rule of law\""},
      {"Japan–US", "japan-us"},                 // en dash = hyphen
      {"ＩｏＴ", "iot"},                         // NFKC folds full-width forms
      {"ﬁnance", "finance"},                    // NFKC expands ligatures
      {"Straße", "strasse"},                     // full case folding
      {"Ōkubo", "okubo"},
  };
  for (const auto& row : rows) BOOST_TEST(normalize_text(row.input) == row.expected, row.input);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_replaced_not_thrown) {
  std::string bad = "ab\xff" "cd";
  std::string out;
  BOOST_CHECK_NO_THROW(out = normalize_text(bad));
  BOOST_TEST(out.find("ab") == 0u);
  BOOST_TEST(out.find("cd") != std::string::npos);
}

namespace {

// The chain as it was before its fast paths: every step applied to the whole text. The ICU path
// skips what the quick checks find normalised already and must give exactly this.
std::string reference_normalize(std::string_view utf8) {
  auto unify = [](UChar32 c) -> UChar32 {
    switch (c) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060: return '\'';
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: return '"';
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
      default: return c;
    }
  };
  UErrorCode status = U_ZERO_ERROR;
  const auto* nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const auto* nfd = icu::Normalizer2::getNFDInstance(status);
  const auto* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString unified;
  for (int32_t i = 0; i < text.length(); i += U16_LENGTH(text.char32At(i))) unified.append(unify(text.char32At(i)));
  icu::UnicodeString decomposed = nfd->normalize(nfkc_casefold->normalize(unified, status), status);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length(); i += U16_LENGTH(decomposed.char32At(i))) {
    if (u_charType(decomposed.char32At(i)) != U_NON_SPACING_MARK) bare.append(unify(decomposed.char32At(i)));
  }
  std::string out;
  nfc->normalize(bare, status).toUTF8String(out);
  BOOST_REQUIRE(U_SUCCESS(status));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(fast_paths_give_the_full_chain_byte_for_byte) {
  size_t ascii = 0;
  size_t texts = 0;
  for (const auto& [name, text] : analysis::testing::all_texts()) {
    const std::string expected = reference_normalize(text);
    BOOST_TEST_REQUIRE(analysis::normalize_text_icu(text) == expected, name);
    BOOST_TEST_REQUIRE(normalize_text(text) == expected, name);
    const std::string folded = analysis::testing::ascii_only(text, '?');
    BOOST_TEST_REQUIRE(analysis::normalize_text_ascii(folded) == reference_normalize(folded), name);
    if (analysis::is_ascii(text)) ++ascii;
    ++texts;
  }
  BOOST_TEST(ascii > 500u);
  BOOST_TEST(texts > 2000u);
}

BOOST_AUTO_TEST_CASE(ascii_path_matches_icu_on_every_ascii_character) {
  for (int c = 0; c < 0x80; ++c) {
    const std::string text = "A" + std::string(1, static_cast<char>(c)) + "z";
    BOOST_TEST(analysis::normalize_text_ascii(text) == reference_normalize(text), "character " << c);
  }
}

BOOST_AUTO_TEST_CASE(icu_failure_is_an_error_naming_its_cause) {
  for (UErrorCode code : {U_MEMORY_ALLOCATION_ERROR, U_FILE_ACCESS_ERROR, U_INVALID_FORMAT_ERROR}) {
    try {
      analysis::normalize_text_icu("Jūyō infura", code);
      BOOST_ERROR("no error for " << u_errorName(code));
    } catch (const analysis::NormalizationError& e) {
      BOOST_TEST(e.code() == code);
      BOOST_TEST(std::string(e.what()).find(u_errorName(code)) != std::string::npos, e.what());
      BOOST_TEST(std::string(e.what()).find("normalisation") != std::string::npos, e.what());
    }
  }
}
