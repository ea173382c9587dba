// @brief blend_order: keeps a passage found only through an acronym expansion within sight.
#pragma once

#include <cstddef>
#include <vector>

namespace searcher {

// Ranking order for matches in BM25 order, given whether each was found only through an
// expansion: the first such match is moved up to position `slot` (0-based) if it ranks below it,
// the others keep their order. A query for "MoD" otherwise fills its first page with passages
// that say "MoD" and never shows that "Ministry of Defense" was understood as the same thing.
// Which matches those are is a query of its own (BuiltQuery::expansion_only), not a per-hit look
// at the matching terms, which cost a term-list read per match.
std::vector<size_t> blend_order(const std::vector<bool>& expansion_only, size_t slot);

}  // namespace searcher
