// @brief Tests for highlight spans: byte ranges and their code point offsets.
#define BOOST_TEST_MODULE highlight
#include <boost/test/unit_test.hpp>

#include "searcher/highlight.h"

using searcher::count_code_points;
using searcher::make_span;

BOOST_AUTO_TEST_CASE(code_points_are_counted_from_utf8) {
  struct Row { std::string text; size_t expected; };
  const std::vector<Row> rows = {
      {"", 0},
      {"cyber", 5},
      {"Jūyō", 4},         // two-byte letters
      {"…", 1},            // three bytes
      {"𝐀b", 2},           // four bytes
      {"a\xff" "b", 3},    // an invalid byte is one character, as U+FFFD would show it
  };
  for (const Row& row : rows) BOOST_TEST(count_code_points(row.text) == row.expected, row.text);
}

BOOST_AUTO_TEST_CASE(spans_carry_both_units) {
  struct Row { std::string text; size_t byte_begin, byte_end, char_begin, char_end; };
  const std::vector<Row> rows = {
      {"the cyber units", 4, 9, 4, 9},               // ASCII: both units agree
      {"…Jūyō cyber…", 10, 15, 6, 11},             // after "…Jūyō ": 3 + 6 + 1 bytes, 6 characters
      {"…Jūyō cyber…", 3, 9, 1, 5},                // a multi-byte word: 6 bytes, 4 characters
      {"abc", 1, 1, 1, 1},                           // empty
      {"abc", 0, 3, 0, 3},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.text << " [" << row.byte_begin << ", " << row.byte_end << ")") {
      const searcher::HighlightSpan span = make_span(row.text, row.byte_begin, row.byte_end);
      BOOST_TEST(span.byte_begin == row.byte_begin);
      BOOST_TEST(span.byte_end == row.byte_end);
      BOOST_TEST(span.char_begin == row.char_begin);
      BOOST_TEST(span.char_end == row.char_end);
    }
  }
}
