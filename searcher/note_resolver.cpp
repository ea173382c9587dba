// @brief Notes and citing passages from the hit's record.
#include "searcher/note_resolver.h"

namespace searcher {

void attach_notes(Hit& hit, const index_format::DocumentInfo& document) {
  hit.notes = hit.record.cited_notes;
  hit.cited_by.clear();
  for (const auto& citing : hit.record.cited_by) {
    hit.cited_by.push_back({citing.id, document.file, citing.line_start, citing.line_end});
  }
}

}  // namespace searcher
