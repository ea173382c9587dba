// @brief kind_factor: a passage outranks a note or the glossary holding the same words.
#pragma once

#include <string_view>

namespace searcher {

// What a note's or the glossary's match weighs against a passage's. A note holds a citation
// (author, title, publisher) and the glossary every acronym with its expansion: they hold the
// query's words as often and as densely as the passage that says something about them, but say
// less. "NISC" ranked the glossary and note 10 above the passage saying what NISC is tasked with.
// A power of two, so that scaling a score is exact and the order the ranker computes is the one a
// query scaling every term of the non-passages would give (kind_weighting_test compares them).
inline constexpr double kOtherKindsWeight = 0.5;

// The factor a record's score is multiplied by when passages are preferred (the query does not
// aim at notes, query_intent.h): 1 for a passage, kOtherKindsWeight for a note or the glossary.
// The record is told by its id (index_format::is_passage_id), which a match returns with each hit
// as its sort value: no record is read. A product, not a bonus: order among passages and among
// notes stays BM25's.
double kind_factor(std::string_view record_id);

}  // namespace searcher
