#define BOOST_TEST_MODULE note_parser
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/note_parser.h"

using namespace indexer;

namespace {

Block note_block(std::vector<Line> lines) {
  Block block;
  block.kind = BlockKind::kNote;
  block.line_start = lines.front().number;
  block.line_end = lines.back().number;
  block.lines = std::move(lines);
  return block;
}

struct UrlRow {
  std::string text;
  std::vector<std::string> urls;
};

}  // namespace

BOOST_AUTO_TEST_CASE(notes_rows) {
  const std::vector<Block> blocks = {
      note_block({{10, "- 1 Council, *The First Strategy*, 2 February 2006, http://www.nisc.go.jp/a_b.pdf."}}),
      note_block({{11, " - 2 For technology companies in 2020, see <https://fortune.com/x/?sector=Technology>. For telecoms"},
                  {13, "- companies in 2020, see <https://fortune.com/x/?sector=Telecommunications>."}}),
      note_block({{14, "- 3 'Japan Embraces AI Tools with US\\$237 Million Investment', *CISO Magazine*."}}),
      note_block({{15, "- 4 *Ibid.*"}}),
  };
  const ParsedNotes parsed = parse_notes("f.txt", blocks);
  BOOST_TEST(parsed.warnings.empty());
  BOOST_REQUIRE_EQUAL(parsed.notes.size(), 4u);
  const Note& first = parsed.notes[0];
  BOOST_TEST(first.number == 1);
  BOOST_TEST(first.text == "Council, The First Strategy, 2 February 2006, http://www.nisc.go.jp/a_b.pdf.");
  BOOST_TEST(first.urls == std::vector<std::string>{"http://www.nisc.go.jp/a_b.pdf"}, boost::test_tools::per_element());
  const Note& joined = parsed.notes[1];
  BOOST_TEST(joined.line_start == 11);
  BOOST_TEST(joined.line_end == 13);
  BOOST_TEST(joined.text ==
             "For technology companies in 2020, see https://fortune.com/x/?sector=Technology. For telecoms companies in "
             "2020, see https://fortune.com/x/?sector=Telecommunications.");
  BOOST_TEST(joined.urls.size() == 2u);
  BOOST_TEST(parsed.notes[2].text == "'Japan Embraces AI Tools with US$237 Million Investment', CISO Magazine.");
  BOOST_TEST(parsed.notes[3].text == "Ibid.");
  BOOST_TEST(!parsed.notes[3].ibid_of.has_value());  // IbidResolver's job
}

BOOST_AUTO_TEST_CASE(numbering_warnings) {
  const std::vector<Block> blocks = {
      note_block({{1, "- 1 One."}}), note_block({{2, "- 3 Three."}}), note_block({{3, "- 2 Two, late."}}),
      note_block({{4, "- 3 Three again."}}), note_block({{5, "- 4 Four."}}),
  };
  const ParsedNotes parsed = parse_notes("f.txt", blocks);
  BOOST_TEST(parsed.notes.size() == 5u);  // nothing dropped
  BOOST_REQUIRE_EQUAL(parsed.warnings.size(), 2u);
  BOOST_TEST(parsed.warnings[0].to_string() == "f.txt:3: warning: note 2 out of order (after note 3)");
  BOOST_TEST(parsed.warnings[1].to_string() == "f.txt:4: warning: duplicate note number 3 (first at line 2)");
}

BOOST_AUTO_TEST_CASE(find_urls_rows) {
  const std::vector<UrlRow> rows = {
      {"see https://a.org/x.pdf. The", {"https://a.org/x.pdf"}},
      {"http://a.org/x, and https://b.org/y)", {"http://a.org/x", "https://b.org/y"}},
      {"https://en.wikipedia.org/wiki/A_(b).", {"https://en.wikipedia.org/wiki/A_(b)"}},
      {"https://x.jp/a.html#.Xc7ePS1oeHo>.", {"https://x.jp/a.html#.Xc7ePS1oeHo"}},
      {"https://coe.int/-/a?inheritRedirect=false.", {"https://coe.int/-/a?inheritRedirect=false"}},
      {"no url here, ftp://x.org", {}},
  };
  for (const UrlRow& row : rows) {
    BOOST_TEST_CONTEXT(row.text) { BOOST_TEST(find_urls(row.text) == row.urls, boost::test_tools::per_element()); }
  }
}
