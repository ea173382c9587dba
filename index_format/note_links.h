// @brief link_notes: resolves one document's note citations once, at index time, so a search
// reads one record per hit and never looks a note up.
#pragma once

#include <vector>

#include "index_format/passage_record.h"

namespace index_format {

// Within `records` (all records of one document): each passage and glossary gets cited_notes,
// one per number in `notes`, resolved to the document's first note of that number ("Ibid." with
// the text of the note it repeats, followed through a chain of at most a few Ibid.; a marker
// without a note as found = false); that first note of each number gets cited_by, the citing
// records with their lines, in record order; an Ibid. note gets the note it repeats as its one
// cited_notes entry. Existing cited_notes and cited_by are replaced.
void link_notes(std::vector<PassageRecord>& records);

}  // namespace index_format
