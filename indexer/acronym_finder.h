// @brief find_acronyms: acronyms a document defines, learnt from its own text.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "index_format/passage_record.h"
#include "indexer/document_model.h"

namespace indexer {

// An acronym, its expansion as printed, and where it was defined.
struct LearntAcronym {
  std::string acronym;    // "MoD", "CCD COE"
  std::string expansion;  // "Ministry of Defense"
  int line = 0;           // in its document's file (the file is the document's: not repeated here)
  bool operator==(const LearntAcronym&) const = default;
};

// Finds inline definitions "Full Name (ACR)" and "ACR (Full Name)" in `text` with the
// Schwartz–Hearst algorithm (the acronym's letters matched right to left against the words
// before it, its first letter at a word start; at most min(|ACR|+5, 2|ACR|) words), so
// "Ministry of Defense (MoD)", "Internet of Things (IoT)" and "confidence building measures
// (CBMs)" are found and "(Russia)", "(end)", "(postponed due to COVID-19)" are not.
// Returns {acronym, expansion} pairs, line left 0.
std::vector<LearntAcronym> find_inline_definitions(const std::string& text);

// Where `text` holds a parenthesis of 2 to 60 characters with no parenthesis inside, as the
// regular expression \(([^()]{2,60})\) finds them left to right: each span from its "(" to
// its ")" (end past the ")"). A scan: with std::regex, finding definitions (which both passes
// of a build do) was 5 % of a 10x build's instructions (callgrind), nearly all of it the regex.
std::vector<std::pair<size_t, size_t>> parenthesised_spans(std::string_view text);

// All acronyms of one parsed document: its glossary pairs, then inline definitions in its
// passages and notes (records), each located at the line of `lines` (the file's lines, 0-based
// vector for 1-based numbers) inside the record's span where it is printed. Duplicates (same
// acronym and expansion, ignoring case) are kept once, at their first definition.
std::vector<LearntAcronym> find_acronyms(const ParsedDocument& parsed,
                                         const std::vector<index_format::PassageRecord>& records,
                                         const std::vector<std::string>& lines);

}  // namespace indexer
