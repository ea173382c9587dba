// @brief attach_notes: a hit's notes and citing passages, from its own record. The indexer
// resolved them (index_format/note_links.h), so this reads nothing from the index.
#pragma once

#include "index_format/passage_record.h"
#include "searcher/hit.h"

namespace searcher {

// For a passage or glossary hit: hit.notes = the notes it cites, in citation order (a marker
// without a note has found = false). For a note hit: hit.cited_by = the passages citing it,
// located in `document`'s file, and, for an Ibid., hit.notes = the one note it repeats.
void attach_notes(Hit& hit, const index_format::DocumentInfo& document);

}  // namespace searcher
