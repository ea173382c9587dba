// @brief Tests for display_width, wrap_lines and shorten.
#define BOOST_TEST_MODULE text_wrap
#include <boost/test/unit_test.hpp>

#include "searcher/text_wrap.h"

using searcher::display_width;

namespace {

std::vector<std::string> wrapped(const std::string& text, size_t first, size_t next) {
  std::vector<std::string> lines;
  for (const auto& range : searcher::wrap_lines(text, first, next)) lines.push_back(text.substr(range.begin, range.end - range.begin));
  return lines;
}

}  // namespace

BOOST_AUTO_TEST_CASE(widths) {
  const std::vector<std::pair<std::string, size_t>> rows = {
      {"", 0}, {"cyber", 5}, {"Jūyō", 4}, {"Ju\xcc\x84yo", 4}, {"…", 1}, {"日本", 4}, {"› ", 2}, {"\xff", 1},
  };
  for (const auto& [text, width] : rows) BOOST_TEST(display_width(text) == width, text);
}

BOOST_AUTO_TEST_CASE(greedy_lines_within_the_width) {
  struct Row {
    std::string text;
    size_t first, next;
    std::vector<std::string> lines;
  };
  const std::vector<Row> rows = {
      {"", 10, 10, {""}},
      {"short", 10, 10, {"short"}},
      {"one two three four", 9, 9, {"one two", "three", "four"}},
      {"one two three four", 7, 13, {"one two", "three four"}},
      {"exactly ten chars", 10, 10, {"exactly", "ten chars"}},
      {"a  b   c", 1, 1, {"a", "b", "c"}},
      {"abcdefghij klm", 4, 4, {"abcd", "efgh", "ij", "klm"}},
      {"Jūyō Jūyō Jūyō", 9, 9, {"Jūyō Jūyō", "Jūyō"}},
      {"日本語のテキスト", 6, 6, {"日本語", "のテキ", "スト"}},
      {"x", 0, 0, {"x"}},
      // ASCII runs are taken whole up to the first other byte; from there a code point at a time.
      {"abcd\xcc\x84 ef", 4, 4, {"abcd\xcc\x84", "ef"}},
      {"it’s a test of wrapping", 8, 8, {"it’s a", "test of", "wrapping"}},
      {"a b’c d", 3, 3, {"a", "b’c", "d"}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.text << " @" << row.first << "/" << row.next) {
      const auto lines = wrapped(row.text, row.first, row.next);
      BOOST_TEST(lines == row.lines, boost::test_tools::per_element());
      for (size_t i = 0; i < lines.size(); ++i) {
        BOOST_TEST(display_width(lines[i]) <= std::max<size_t>(1, i == 0 ? row.first : row.next));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(shortened_to_the_width) {
  const std::vector<std::tuple<std::string, size_t, std::string>> rows = {
      {"Ministry of Defense", 40, "Ministry of Defense"},
      {"Ministry of Defense", 19, "Ministry of Defense"},
      {"Ministry of Defense", 18, "Ministry of…"},
      {"Ministry of Defense", 6, "Minis…"},
      {"https://www.mod.go.jp/j/publication/wp/", 20, "https://www.mod.go.…"},
      {"Jūyō Jūyō", 5, "Jūyō…"},
      {"abc", 0, ""},
  };
  for (const auto& [text, width, expected] : rows) {
    BOOST_TEST_CONTEXT(text << " @" << width) {
      const std::string out = searcher::shorten(text, width);
      BOOST_TEST(out == expected);
      BOOST_TEST(display_width(out) <= width);
    }
  }
}
