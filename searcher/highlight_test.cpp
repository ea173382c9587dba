// @brief Tests for parse_marked_snippet: marked, escaped snippets to plain text and spans.
#define BOOST_TEST_MODULE highlight
#include <boost/test/unit_test.hpp>

#include "searcher/highlight.h"

using searcher::HighlightSpan;
using searcher::parse_marked_snippet;

namespace {

struct Row {
  std::string marked;
  std::string text;
  std::vector<HighlightSpan> spans;
};

const std::vector<Row> kRows = {
    {"", "", {}},
    {"no match here", "no match here", {}},
    {"\x02" "cyber\x03 units", "cyber units", {{0, 5}}},
    {"the \x02" "cyber\x03 \x02units\x03", "the cyber units", {{4, 9}, {10, 15}}},
    // Xapian escapes for HTML; offsets count the unescaped bytes.
    {"C4I &amp; \x02" "control\x03", "C4I & control", {{6, 13}}},
    {"&lt;C4I&gt; &quot;x&quot; &#39;y&#39;", "<C4I> \"x\" 'y'", {}},
    {"an &unknown; entity", "an &unknown; entity", {}},
    // Multi-byte text: spans are byte offsets.
    {"Jūyō \x02" "cyber\x03…", "Jūyō cyber…", {{7, 12}}},
    // Degenerate markers: an empty range is dropped, an unclosed one runs to the end, a stray end
    // marker is ignored.
    {"a \x02\x03 b", "a  b", {}},
    {"a \x02" "bc", "a bc", {{2, 4}}},
    {"a\x03 b", "a b", {}},
};

}  // namespace

BOOST_AUTO_TEST_CASE(rows) {
  for (const Row& row : kRows) {
    BOOST_TEST_CONTEXT("marked: " << row.marked) {
      const searcher::Snippet snippet = parse_marked_snippet(row.marked);
      BOOST_TEST(snippet.text == row.text);
      BOOST_TEST(snippet.highlights.size() == row.spans.size());
      for (size_t i = 0; i < std::min(row.spans.size(), snippet.highlights.size()); ++i) {
        BOOST_TEST(snippet.highlights[i].begin == row.spans[i].begin);
        BOOST_TEST(snippet.highlights[i].end == row.spans[i].end);
      }
    }
  }
}
