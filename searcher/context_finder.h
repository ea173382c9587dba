// @brief find_context: the records just before and after one in its document, in document order,
// for `-C N` on hits and for `--show`. Opt-in, so the query path pays nothing without it.
#pragma once

#include <vector>

#include "analysis/status.h"
#include "index_format/passage_record.h"
#include "searcher/hit.h"
#include "searcher/index_reader.h"

namespace searcher {

// The records around `record`: up to `n` before and `n` after it in its document, in the order
// of the file (by first line), each with its document's title and file. Cost: one identity-only decode per record of the document (a
// document's records carry no ordinal term), then a full decode of at most 2n.
// Errors: index_error naming the document for a Xapian error or an undecodable record.
analysis::Result<PassageContext> find_context(const IndexReader& index, const index_format::PassageRecord& record,
                                              int n);

// find_context for every hit of `hits`, into hit.context, reading each document's records once
// however many hits it has; nothing when n is 0.
analysis::Status attach_context(const IndexReader& index, std::vector<Hit>& hits, int n);

}  // namespace searcher
