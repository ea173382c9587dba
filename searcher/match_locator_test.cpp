// @brief Tests for MatchLocator on a real file.
#define BOOST_TEST_MODULE match_locator
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "searcher/highlight.h"
#include "searcher/match_locator.h"

namespace {

struct TempText {
  std::string path;
  explicit TempText(const std::string& text) {
    std::string pattern = (std::filesystem::temp_directory_path() / "locator-XXXXXX").string();
    ::close(::mkstemp(pattern.data()));
    path = pattern;
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempText() { std::filesystem::remove(path); }
};

// A hit on lines [start, end] of `path` whose snippet highlights `words` of `snippet`.
searcher::Hit hit(const std::string& path, int start, int end, const std::string& snippet,
                  const std::vector<std::string>& words) {
  searcher::Hit h;
  h.record.path = path;
  h.record.line_start = start;
  h.record.line_end = end;
  h.snippet.text = snippet;
  for (const auto& word : words) {
    const size_t at = snippet.find(word);
    h.snippet.highlights.push_back(searcher::make_span(snippet, at, at + word.size()));
  }
  return h;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_first_highlight_in_the_hit_lines) {
  TempText file(
      "Title line\n"
      "  The Ministry of Defense set up cyberspace\n"  // line 2
      "cyber units in 2014; CYBER defence grew\r\n"  // line 3, CRLF
      "in-\n"
      "cluding Tokyo.\n");
  struct Row {
    searcher::Hit hit;
    int line, column;
  };
  const std::vector<Row> rows = {
      // A whole word: "cyberspace" on line 2 is not the highlight "cyber".
      {hit(file.path, 2, 3, "The Ministry of Defense set up cyber units", {"cyber"}), 3, 1},
      {hit(file.path, 2, 3, "The Ministry of Defense set up cyber units", {"Defense"}), 2, 19},
      // Case folded: the snippet's "cyber" is the file's "CYBER" when only that line is the hit's.
      {hit(file.path, 3, 3, "x defence grew", {"defence"}), 3, 28},
      // A word rejoined across a line break is not in any line: the next highlight.
      {hit(file.path, 4, 5, "including Tokyo.", {"including", "Tokyo"}), 5, 9},
      // No highlight found: the first non-blank column of the first line.
      {hit(file.path, 2, 2, "nothing", {"nothing"}), 2, 3},
      {hit(file.path, 2, 2, "", {}), 2, 3},
      // Lines outside the file, or no file: line_start, column 1.
      {hit(file.path, 40, 41, "cyber", {"cyber"}), 40, 1},
      {hit("/nonexistent/file.txt", 7, 7, "cyber", {"cyber"}), 7, 1},
  };
  searcher::MatchLocator locator;
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.hit.snippet.text << " on " << row.hit.record.line_start) {
      const searcher::MatchPosition position = locator.locate(row.hit);
      BOOST_TEST(position.line == row.line);
      BOOST_TEST(position.column == row.column);
    }
  }
}
