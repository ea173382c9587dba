// @brief complete_hits: what a ranked hit takes from outside its record (its document's title and
// file, its notes and citing passages), shared by every way of finding hits.
#pragma once

#include <vector>

#include "analysis/status.h"
#include "searcher/hit.h"
#include "searcher/index_reader.h"

namespace searcher {

// Fills each hit's record.title, record.file, notes and cited_by (attach_notes). Errors: busy when
// the index changed meanwhile, io_error when a remote shard stopped answering, index_error else.
analysis::Status complete_hits(const IndexReader& index, std::vector<Hit>& hits);

}  // namespace searcher
