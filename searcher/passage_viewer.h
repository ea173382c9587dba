// @brief view_records: what `--show ID` prints of a passage, glossary entry or note: the whole
// record, every note it cites in full (resolved at index time), for a note the passages citing
// it in full, and with `-C N` the records around it. Plain data for the view printers.
#pragma once

#include <string>
#include <vector>

#include "analysis/status.h"
#include "index_format/passage_record.h"
#include "searcher/hit.h"
#include "searcher/index_reader.h"

namespace searcher {

// One record shown whole. `record` has its document's title and file; its cited_notes are the
// notes it cites, each with its whole text (for an Ibid., also the text it repeats).
struct PassageView {
  index_format::PassageRecord record;
  std::vector<index_format::PassageRecord> citing;  // a note: the passages citing it, in document order
  PassageContext context;                           // -C N: the records around it
};

// The views of what `key` names (find_records: an id, or note:N for each document's note N),
// with `context` records before and after each. Errors: find_records' (invalid_input for a
// malformed key, not_found when nothing matches), index_error when a record cannot be read.
analysis::Result<std::vector<PassageView>> view_records(const IndexReader& index, const std::string& key,
                                                        int context);

}  // namespace searcher
