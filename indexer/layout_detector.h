// @brief LayoutDetector: tells a hard-wrapped export from a one-paragraph-per-line one.
#pragma once

#include <vector>

#include "indexer/line_reader.h"

namespace indexer {

enum class LayoutKind {
  kHardWrapped,       // lines cut at a fixed width; paragraphs end at a white-space-only line
  kParagraphPerLine,  // one paragraph per line, blank lines between
};

struct Layout {
  LayoutKind kind = LayoutKind::kParagraphPerLine;
  int wrap_width = 0;  // 90th-percentile length in characters of non-blank lines (markers excluded)
};

// Detects the layout from the text's shape, never from the file name. Among lines of at least 40
// characters (markers excluded), a hard-wrapped export ends most of them mid-sentence (the UN
// reply: 186 of 206), a paragraph-per-line one ends most with sentence punctuation (the IISS
// chapter: 23 of 139, page-break cuts and the acronym box). Half is the threshold. A file with no
// such line is paragraph-per-line. REQUIRES: markers already extracted.
Layout detect_layout(const std::vector<Line>& lines);

}  // namespace indexer
