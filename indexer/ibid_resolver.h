// @brief IbidResolver: links each "Ibid." note to the note it repeats.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/document_model.h"

namespace indexer {

// True when a note's cleaned text starts with "Ibid" as a word ("Ibid.", "Ibid., pp. 218, 267.",
// "ibid"), emphasis already stripped.
bool is_ibid(std::string_view note_text);

// Sets `ibid_of` on every Ibid note of `notes` (file order) to the nearest preceding note that is
// not itself Ibid (IISS 12 -> 11, 37 -> 36, 39 -> 38; an Ibid after an Ibid repeats the same
// source, so both point to it). An Ibid note with nothing before it gets no link and a warning
// at its line.
std::vector<Warning> resolve_ibid(const std::string& file_label, std::vector<Note>& notes);

}  // namespace indexer
