// @brief PassageBuilder: typed blocks to passages with section path, line span, clean text and
// cited notes, plus the glossary.
#pragma once

#include <vector>

#include "indexer/block_classifier.h"
#include "indexer/document_model.h"

namespace indexer {

// One marker occurrence: which note, on which line of the file.
struct Citation {
  int note = 0;
  int line = 0;
};

struct BuiltPassages {
  std::vector<Passage> passages;            // reading order (by first line), ordinals 1..n
  std::vector<AcronymDefinition> glossary;  // pairs of every glossary box, in order
  std::vector<Citation> citations;          // every marker in passage text, in order
};

// Builds passages from `blocks` (BlockClassifier's output, in reading order).
//  - Headings set the section path: a heading of level k replaces level k and clears deeper
//    levels; the path lists the levels set (so a document without numbered headings has paths of
//    its plain headings). Titles, pull quotes and notes are never passages.
//  - A paragraph whose text does not end a sentence continues in the next paragraph when only
//    pull quotes or glossary boxes stand between them (IISS "…the Ministry of Defense" / box /
//    "(MoD) to defend…", 13 -> 31; "…skills and digital" / pull quote / "competence…", 91 -> 95).
//    Its line span covers what it crosses. A heading, bullet, title or note ends it, except a
//    heading marked inside_sentence: the sentence goes on across it, keeps the section path it
//    started in, and the heading sets the path of the passages after it.
//  - A glossary box becomes one kGlossary passage, "ACR: expansion; …", at its own place.
//  - text: lines joined (TextCleaner::append_line), markdown cleaned, markers as "[n]";
//    index_text: the same without markers; cited_notes: marker numbers, first citation order,
//    unique.
BuiltPassages build_passages(const std::vector<Block>& blocks);

}  // namespace indexer
