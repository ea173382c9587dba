// @brief prefer_passages: a passage outranks a note or the glossary holding the same words.
#pragma once

#include <xapian.h>

namespace searcher {

// What a note's or the glossary's match weighs against a passage's. A note holds a citation
// (author, title, publisher) and the glossary every acronym with its expansion: they hold the
// query's words as often and as densely as the passage that says something about them, but say
// less. "NISC" ranked the glossary and note 10 above the passage saying what NISC is tasked with.
inline constexpr double kOtherKindsWeight = 0.5;

// `query` with the weight of every record that is not a passage scaled by kOtherKindsWeight:
// the same matches, each passage's weight as before. Two branches split by the kind filter
// (schema.h kPrefixKind), so the factor is a product, not a bonus: order among passages and among
// notes is BM25's. Apply it unless the query aims at notes (aims_at_notes).
Xapian::Query prefer_passages(const Xapian::Query& query);

}  // namespace searcher
