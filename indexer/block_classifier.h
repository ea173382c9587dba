// @brief BlockClassifier: numbered lines to typed blocks (title, heading, paragraph, bullet,
// glossary box, pull quote, note), for either layout.
#pragma once

#include <string>
#include <vector>

#include "indexer/layout_detector.h"
#include "indexer/line_reader.h"

namespace indexer {

enum class BlockKind {
  kTitle,      // the document's title: not a passage, not in any section path
  kHeading,    // gives the section path of the passages after it
  kParagraph,  // body text; may continue in the next paragraph (PassageBuilder decides)
  kBullet,     // one bullet item, bullet sign removed
  kGlossary,   // an acronym box: `lines` are its rows, `text` its caption
  kPullQuote,  // a short repeat of body text set apart by the layout: not a passage
  kNote,       // one note of a Notes list with its continuation lines (NoteParser reads it)
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  // Headings: 1 = numbered ("1 General appreciation…") or plain short line ("Strategy and
  // doctrine"), 2 = arrow bullet ("➢ Benefits of Cyberspace"), 3 = roman ("(i) Assurance…").
  int level = 0;
  bool marked = false;  // heading carried a number, arrow or roman numeral (never a pull quote)
  // Heading printed between the two halves of a sentence cut by a page ("…asked the" / page
  // break / "Funding and oversight" / "ministry to report…"): it heads what follows the
  // sentence, and PassageBuilder rejoins the sentence around it.
  bool inside_sentence = false;
  int line_start = 0;   // 1-based, inclusive, in the file (a glossary's includes its caption)
  int line_end = 0;
  std::vector<Line> lines;  // content lines as printed (markers encoded), blank lines left out
  std::string text;         // title, heading, pull quote or caption text, cleaned, no markers
};

// Classifies `lines` (markers already extracted) into blocks in reading order. Line spans
// ascend and never overlap.
//
// Hard-wrapped layout (the UN reply): empty lines are layout noise (every line is followed by
// one; runs of them are page breaks that may cut a sentence). A paragraph ends at a line holding
// only white space, at a heading, at a bullet, or after a line that ends a sentence and is
// clearly short (under 80% of the wrap width) or ends in two spaces, when the next line starts
// a sentence. Headings need a marker (number, arrow, roman numeral) and may wrap onto lines
// starting in lower case.
//
// Paragraph-per-line layout (the IISS chapter): blank lines separate blocks. A single short line
// (at most 8 words) without final punctuation is a heading, unless PullQuoteDetector finds its
// words in a body paragraph or the next block goes on in lower case (a cut sentence). A run of two or more acronym rows (split by at most blank lines) is a glossary box,
// and a short line right before it is its caption.
//
// Both layouts: a heading between a paragraph that does not end a sentence and a paragraph going
// on in lower case stays a heading, marked inside_sentence (in the hard-wrapped layout a numbered
// or roman heading is taken there only right after a page break, short, and followed by a line
// in lower case). The first block, when it is one short line without final punctuation, is the
// title (a numbered line is a title only if no other numbered heading follows); lines
// "- N text" start notes and later "- text" lines continue the last note; a trailing "(end)" on
// the last body line is taken off.
std::vector<Block> classify_blocks(const std::vector<Line>& lines, const Layout& layout);

}  // namespace indexer
