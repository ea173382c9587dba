#define BOOST_TEST_MODULE word_breaker
#include <boost/test/unit_test.hpp>

#include "analysis/test_texts.h"
#include "analysis/text_normalizer.h"
#include "analysis/word_breaker.h"

namespace {
std::vector<std::string> texts(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& w : analysis::break_words(s)) out.push_back(w.text);
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(breaks_into_letter_and_digit_runs) {
  struct Row { std::string input; std::vector<std::string> expected; };
  const std::vector<Row> rows = {
      {"ministry of defense", {"ministry", "of", "defense"}},
      {"japan's longest", {"japan", "longest"}},            // possessive dropped
      {"cyber-security", {"cyber", "security"}},            // hyphen splits, positions stay adjacent
      {"u.s. forces", {"us", "forces"}},
      {"about 5,000 participants", {"about", "5000", "participants"}},
      {"ipv6 and 5g", {"ipv6", "and", "5g"}},
      {"resolution 73/27", {"resolution", "73", "27"}},
      {"national_strategy_001_eng.pdf", {"national", "strategy", "001", "eng", "pdf"}},
      {"kind. (at the time", {"kind", "at", "the", "time"}},
      {"version 2.5", {"version", "2", "5"}},
      {"u.s.a", {"usa"}},
      {"", {}},
      {" -- ", {}},
      {std::string(64, 'x') + " kept", {std::string(64, 'x'), "kept"}},
      {"a " + std::string(300, 'x') + " b", {"a", "b"}},  // past Xapian's term limit: dropped
  };
  for (const auto& row : rows) BOOST_TEST(texts(row.input) == row.expected, row.input);
}

BOOST_AUTO_TEST_CASE(offsets_point_into_the_text) {
  std::string text = "the japan-us cyber dialogue";
  for (const auto& w : analysis::break_words(text)) {
    BOOST_TEST(text.substr(w.begin, w.end - w.begin) == w.text);
  }
}

BOOST_AUTO_TEST_CASE(non_ascii_words_keep_byte_offsets_into_the_text) {
  const std::string text = "jūyō infura: japan's 5,000 u.s.a";
  std::vector<std::string> words;
  for (const auto& w : analysis::break_words(text)) {
    words.push_back(w.text);
    if (w.text != "usa" && w.text != "5000" && w.text != "japan") BOOST_TEST(text.substr(w.begin, w.end - w.begin) == w.text);
  }
  BOOST_TEST(words == (std::vector<std::string>{"jūyō", "infura", "japan", "5000", "usa"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ascii_fast_path_gives_icu_words_over_corpus_synthetic_corpus_and_fuzz_seeds) {
  size_t words = 0;
  for (const auto& [name, text] : analysis::testing::all_texts()) {
    for (const std::string& ascii : {analysis::testing::ascii_only(analysis::normalize_text(text), 'x'),
                                     analysis::testing::ascii_only(text, ' ')}) {
      const auto icu = analysis::break_words_icu(ascii);
      const auto fast = analysis::break_words_ascii(ascii);
      BOOST_TEST_REQUIRE(icu.size() == fast.size(), name);
      for (size_t i = 0; i < icu.size(); ++i) {
        BOOST_TEST_REQUIRE((icu[i].text == fast[i].text && icu[i].begin == fast[i].begin && icu[i].end == fast[i].end),
                           name << ": word " << i << " \"" << icu[i].text << "\"@" << icu[i].begin << " vs \""
                                << fast[i].text << "\"@" << fast[i].begin);
      }
      words += icu.size();
    }
  }
  BOOST_TEST(words > 100000u);
}
