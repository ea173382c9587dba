// @brief LayoutDetector: share of long lines ending mid-sentence decides the layout.
#include "indexer/layout_detector.h"

#include <algorithm>

#include "indexer/marker_extractor.h"
#include "indexer/text_cleaner.h"

namespace indexer {

Layout detect_layout(const std::vector<Line>& lines) {
  std::vector<int> widths;
  int long_lines = 0;
  int cut_lines = 0;
  for (const Line& line : lines) {
    const std::string plain = remove_markers(trim(line.text));
    if (plain.empty()) continue;
    const int width = utf8_length(plain);
    widths.push_back(width);
    if (width < 40) continue;
    ++long_lines;
    if (!ends_sentence(plain)) ++cut_lines;
  }
  Layout layout;
  if (!widths.empty()) {
    std::sort(widths.begin(), widths.end());
    layout.wrap_width = widths[(widths.size() - 1) * 9 / 10];
  }
  if (long_lines > 0 && cut_lines * 2 > long_lines) layout.kind = LayoutKind::kHardWrapped;
  return layout;
}

}  // namespace indexer
