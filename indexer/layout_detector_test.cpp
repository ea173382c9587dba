#define BOOST_TEST_MODULE layout_detector
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/layout_detector.h"
#include "indexer/marker_extractor.h"

using namespace indexer;

namespace {
std::vector<Line> numbered(const std::vector<std::string>& texts) {
  std::vector<Line> lines;
  for (const std::string& text : texts) lines.push_back({static_cast<int>(lines.size()) + 1, text});
  return extract_markers(lines);
}
struct Row {
  const char* name;
  std::vector<std::string> lines;
  LayoutKind kind;
};
}  // namespace

BOOST_AUTO_TEST_CASE(layout_rows) {
  const std::vector<Row> rows = {
      {"hard-wrapped, every line followed by an empty one (UN reply)",
       {"National Reply", "", " ", "", "Japan welcomes the opportunity to respond to General Assembly Resolution on", "",
        "developments in the field of information and telecommunication in the context of", "",
        "international security and on advancing responsible State behavior in cyberspace.", ""},
       LayoutKind::kHardWrapped},
      {"paragraph per line (IISS chapter), markers do not count as text",
       {"7. Japan", "", "Japan has been among the global leaders in the commercial application of technology.\u00B9", "",
        "Its first mature cyber-security strategy was issued in 2013, building on earlier policies.\u00B2", "",
        "Japan's defences in cyberspace are not especially strong,", "",
        "with many corporations unwilling to meet the costs of bolstering them."},
       LayoutKind::kParagraphPerLine},
      {"no long line at all", {"Title", "", "Heading", "", "Short."}, LayoutKind::kParagraphPerLine},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name) { BOOST_TEST((detect_layout(numbered(row.lines)).kind == row.kind)); }
  }
}

BOOST_AUTO_TEST_CASE(wrap_width_is_high_percentile) {
  std::vector<std::string> texts;
  for (int i = 0; i < 9; ++i) texts.push_back(std::string(90, 'x'));
  texts.push_back(std::string(200, 'y'));  // one outlier does not set the width
  BOOST_TEST(detect_layout(numbered(texts)).wrap_width == 90);
}
