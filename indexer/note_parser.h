// @brief NoteParser: note blocks ("- 12 *Ibid.*, pp. 218, 267.") to Notes with text, URLs
// and line span; duplicate and out-of-order numbers become warnings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/block_classifier.h"
#include "indexer/document_model.h"

namespace indexer {

struct ParsedNotes {
  std::vector<Note> notes;  // in file order, every note kept (duplicates too)
  std::vector<Warning> warnings;
};

// Reads every kNote block of `blocks`. A note's first line is "- N text" (optionally indented);
// its continuation lines "- text" are joined to it with one space (IISS notes 26 and 56).
// `text` is cleaned (emphasis, escapes, URL brackets; see clean_inline), markers as "[n]".
// `ibid_of` is left empty (IbidResolver fills it). Warnings, at the note's first line:
// a number already used ("duplicate note number"), a number lower than the one before it ("out
// of order").
ParsedNotes parse_notes(const std::string& file_label, const std::vector<Block>& blocks);

// The http(s) URLs in `text`, in order, each ending at white space, '<', '>' or a quote, with
// trailing '.', ',', ';' and unbalanced ')' trimmed ("…cs-strategy-en.pdf>." -> "…cs-strategy-en.pdf").
std::vector<std::string> find_urls(std::string_view text);

}  // namespace indexer
