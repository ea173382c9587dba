#define BOOST_TEST_MODULE text_normalizer
#include <boost/test/unit_test.hpp>

#include "analysis/text_normalizer.h"

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
