// @brief find_record: a record of the index by the id every output prints ("iiss-japan-2021:p25",
// "…:note12", "…:glossary1"), or notes by number across documents ("note:12"), through the
// unique `Q` id term: one posting-list lookup and one get_data per record.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/status.h"
#include "index_format/passage_record.h"
#include "searcher/index_reader.h"

namespace searcher {

// A record of the index and where it lives, with its document's title and file filled in.
struct FoundRecord {
  Xapian::docid docid = 0;
  index_format::PassageRecord record;
};

// The record whose id is `id`, or nullopt when the index has none. Errors: index_error for an
// undecodable record or a Xapian error, naming the id.
analysis::Result<std::optional<FoundRecord>> find_record(const IndexReader& index, const std::string& id);

// What `--show` and `--similar` accept: a record id; "note:N" for note N of every document
// that has one (notes carry no number term; passages citing N carry XNOTE:N), documents in id
// order; or "FILE:LINE" as the text output prints it, for the records whose lines hold LINE
// (FILE as the index names it, or a path ending in it, or its last components), found by
// reading the identity of each record of that document. Errors: invalid_input for an empty key,
// a key holding a space or control character, or "note:" without a number (the message names the key); not_found when no record
// matches ("no record 'x:p999' in the index at DIR"); index_error as find_record.
analysis::Result<std::vector<FoundRecord>> find_records(const IndexReader& index, const std::string& key);

}  // namespace searcher
