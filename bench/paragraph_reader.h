// @brief ParagraphReader: a corpus directory as blank-line paragraphs, the unit every generic peer
// (SQLite FTS5, omega's scriptindex, Recoll's files aside) indexes, so the peers see the same rows.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/status.h"

namespace bench {

// One run of non-blank lines. A line holding only spaces counts as blank (the UN reply separates
// its hard-wrapped lines with " " lines), so there a paragraph is often a single wrapped line:
// that is what a generic "split on blank lines" indexer sees, scars and all.
struct Paragraph {
  std::string doc;           // document id from corpus.tsv, else the file name without .txt
  std::string file;          // path as given: corpus_dir + "/" + file name
  int line = 0;              // 1-based first line
  std::string text;          // the lines joined with '\n', markers left in place
  std::vector<int> notes;    // superscript note markers in the text ("year.²³" -> 23), in order
};

// Calls `visit` for each paragraph of each document, documents in manifest order (corpus.tsv,
// else *.txt sorted by name). Stops at the first non-ok Status `visit` returns and returns it.
// Errors: io_error naming the unreadable directory, manifest or file.
analysis::Status for_each_paragraph(const std::string& corpus_dir,
                                    const std::function<analysis::Status(const Paragraph&)>& visit);

// Numbers written in superscript digits (¹ ² ³ ⁰ ⁴…⁹) in `text`, each maximal run one number.
std::vector<int> superscript_numbers(std::string_view text);

}  // namespace bench
