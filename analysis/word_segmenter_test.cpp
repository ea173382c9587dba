// @brief Tests for word_segments: the ASCII fast path gives ICU's own segments.
#define BOOST_TEST_MODULE word_segmenter
#include <boost/test/unit_test.hpp>

#include "analysis/test_texts.h"
#include "analysis/word_segmenter.h"

using analysis::Segment;
using analysis::word_segments_ascii;
using analysis::word_segments_icu;

namespace analysis {
std::ostream& operator<<(std::ostream& out, const Segment& s) { return out << "[" << s.begin << ", " << s.end << ")"; }
}  // namespace analysis

namespace {

std::vector<std::string> pieces(std::string_view text, const std::vector<Segment>& segments) {
  std::vector<std::string> out;
  for (const Segment& s : segments) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(ascii_rows_segment_as_icu_does) {
  struct Row { std::string input; std::vector<std::string> expected; };
  const std::vector<Row> rows = {
      {"Ministry of Defense", {"Ministry", "of", "Defense"}},
      {"Japan's can't", {"Japan's", "can't"}},        // apostrophe inside letters joins
      {"U.S. a.b.c", {"U.S", "a.b.c"}},               // period between letters joins, trailing one not
      {"5,000 1;2 2.5 3'4", {"5,000", "1;2", "2.5", "3'4"}},
      {"a,b a;b a:b", {"a", "b", "a", "b", "a", "b"}},  // ',' ';' join digits only; ':' never
      {"1.a a.1 a'1", {"1", "a", "a", "1", "a", "1"}},
      {"x@y.com @", {"x@y.com", "@"}},                // ICU reads '@' as a letter
      {"a_b _1 __ _ a_", {"a_b", "_1", "__", "a_"}},  // one underscore alone is no word
      {"ipv6 5g 73/27", {"ipv6", "5g", "73", "27"}},
      {"cyber-security\tC4I\r\nend.", {"cyber", "security", "C4I", "end"}},
      {"", {}},
      {" -- !?", {}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.input) {
      BOOST_TEST(pieces(row.input, word_segments_ascii(row.input)) == row.expected, boost::test_tools::per_element());
      BOOST_TEST(pieces(row.input, word_segments_icu(row.input)) == row.expected, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(every_ascii_pair_and_triple_segments_as_icu_does) {
  // Each rule looks at most two characters either side: all short strings over one character of
  // each class (and the separators around them) cover every rule and its exceptions.
  const std::string alphabet = "aZ@09.',;:_ -\t\n";
  size_t compared = 0;
  for (char a : alphabet) {
    for (char b : alphabet) {
      for (char c : alphabet) {
        for (char d : std::string("a1.,_ ")) {
          const std::string text{a, b, c, d};
          BOOST_TEST_CONTEXT("\"" << text << "\"") {
            BOOST_TEST(word_segments_ascii(text) == word_segments_icu(text), boost::test_tools::per_element());
          }
          ++compared;
        }
      }
    }
  }
  BOOST_TEST(compared == alphabet.size() * alphabet.size() * alphabet.size() * 6);
}

BOOST_AUTO_TEST_CASE(fast_path_matches_icu_over_corpus_synthetic_corpus_and_fuzz_seeds) {
  size_t ascii_texts = 0;
  size_t segments = 0;
  for (const auto& [name, text] : analysis::testing::all_texts()) {
    // The whole text, its non-ASCII bytes turned into letters and into spaces, and as it is when
    // it is ASCII already.
    for (const std::string& ascii : {analysis::testing::ascii_only(text, 'x'), analysis::testing::ascii_only(text, ' ')}) {
      const auto icu = word_segments_icu(ascii);
      const auto fast = word_segments_ascii(ascii);
      if (icu != fast) BOOST_TEST(pieces(ascii, fast) == pieces(ascii, icu), name << boost::test_tools::per_element());
      segments += icu.size();
    }
    if (analysis::is_ascii(text)) ++ascii_texts;
    BOOST_TEST((analysis::word_segments(text) == word_segments_icu(text)), name);
  }
  // The comparison ran on real amounts of text, not on nothing.
  BOOST_TEST(ascii_texts > 500u);
  BOOST_TEST(segments > 100000u);
}

BOOST_AUTO_TEST_CASE(icu_offsets_are_bytes_of_the_utf8_text) {
  const std::string text = "Jūyō infura – Japan’s “C4I”";
  BOOST_TEST(pieces(text, word_segments_icu(text)) == (std::vector<std::string>{"Jūyō", "infura", "Japan’s", "C4I"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(is_ascii_looks_at_every_byte) {
  BOOST_TEST(analysis::is_ascii(""));
  BOOST_TEST(analysis::is_ascii("plain text, long enough for two words of eight"));
  for (size_t at = 0; at < 20; ++at) {
    std::string text(20, 'a');
    text[at] = '\x80';
    BOOST_TEST(!analysis::is_ascii(text), at);
  }
}

BOOST_AUTO_TEST_CASE(quotes_and_dashes_read_as_ascii_segment_as_icu_does) {
  // The characters word_segments reads as ASCII stand-ins, around each class of ASCII.
  const std::vector<std::string> alphabet = {"a", "1", ".", "'", ",", "_", " ", "’", "‘", "‛", "“", "”", "–",
                                             "—", "‐", "−", "«", "»", "´", "′", "″", "‚", "„"};
  size_t compared = 0;
  for (const auto& a : alphabet) {
    for (const auto& b : alphabet) {
      for (const auto& c : alphabet) {
        for (const char* d : {"a", "1"}) {
          const std::string text = a + b + c + d;
          BOOST_TEST_CONTEXT("\"" << text << "\"") {
            BOOST_TEST(analysis::word_segments(text) == word_segments_icu(text), boost::test_tools::per_element());
          }
          ++compared;
        }
      }
    }
  }
  BOOST_TEST(compared == alphabet.size() * alphabet.size() * alphabet.size() * 2);
  const std::string japan = "Japan’s “C4I” 2015–2018";
  BOOST_TEST(pieces(japan, analysis::word_segments(japan)) == (std::vector<std::string>{"Japan’s", "C4I", "2015", "2018"}),
             boost::test_tools::per_element());
}
