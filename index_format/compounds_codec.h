// @brief The compounds an index learnt from its corpus (analysis/compound_set.h), stored in its
// metadata ("compounds") so a searcher reads a query's compounds as the index's text was read.
#pragma once

#include <string>
#include <string_view>

#include "analysis/compound_set.h"
#include "analysis/status.h"

namespace index_format {

// Format byte 2, then the set's packed table (analysis/compound_set.h), which the searcher searches
// where it lies. Equal sets encode to equal bytes (the indexer compares them to decide whether an
// update in place keeps every document's terms right). An empty set encodes to the format byte
// alone. Format 1 (one nested field per compound) is still read.
std::string encode_compounds(const analysis::CompoundSet& compounds);

// Errors (index_error): bytes that are not an encoding of compounds. "" (no entry, as in an
// index written before compounds were learnt) is an empty set.
analysis::Result<analysis::CompoundSet> decode_compounds(std::string_view data);

}  // namespace index_format
