// @brief count_by_document: how many records of each document match a query, over the whole
// match set, for --count and --files-with-matches.
#pragma once

#include <xapian.h>

#include "analysis/status.h"
#include "index_format/record_dictionary.h"
#include "searcher/hit.h"

namespace searcher {

// Every match of `query` in `db`, counted by document: one DocumentCount per document with at
// least one match, best first (the document of the best match first) or, with
// `document_order`, by document id. Only `doc`, `count` and `best_rank` are set; title, file and
// path are the caller's (IndexReader::document). Reads each match's record identity (one
// get_data per match): the cost of a precise count, paid only by these views.
// Errors: as rank() (busy, io_error for a remote shard, index_error).
// `dictionary` is the index's record dictionary (IndexReader::record_dictionary).
analysis::Result<std::vector<DocumentCount>> count_by_document(const Xapian::Database& db, const Xapian::Query& query,
                                                               bool document_order,
                                                               const index_format::RecordDictionary& dictionary = {});

}  // namespace searcher
