// @brief rank_order: the first matches of a query in score order, notes and the glossary scaled
// below passages when asked, with the query run once in the common case.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

namespace searcher {

// One match of a ranked page: the MSet it came from, its place there, its score after kind
// weighting and its record id (the sort value, schema::kSlotId).
struct RankedMatch {
  size_t mset = 0;  // in RankedOrder::msets
  Xapian::doccount index = 0;
  double score = 0;
  std::string id;
};

struct RankedOrder {
  // msets[0] is the query's own (BM25, ties by record id): its estimate, term weights and
  // percentages describe the query. When kind weighting had to look further, msets[1] holds the
  // best passages and msets[2], if needed, the best other records.
  std::vector<Xapian::MSet> msets;
  std::vector<RankedMatch> matches;  // at most `depth`, best first
  unsigned match_runs = 0;           // matches run: 1, or 2 or 3 when kind weighting looked further
};

// The first `depth` matches of `query` over `db` by BM25, ties broken by record id, each score
// multiplied by kind_factor (kind_weighting.h) when `prefer_passages` answers yes. Exactly the
// order of a query scaling every term of the non-passages (kind_order_test checks it page for
// page).
//
// `prefer_passages` is asked at most once, after the first match, and only when one of its first
// `depth` matches is not a passage: scaling the others down cannot change a page of passages
// alone, so for most queries the question (query_intent.h: a few small matches of their own, a
// round trip to every remote shard) is never asked. Empty: never scaled, never asked.
//
// Why not that query: it holds the query twice (filtered to passages, and without them), so
// Xapian runs it twice, a tenth of the benchmark workload's instructions. Here the query runs
// once, for kDeeperFetch times the page and kExtraFetch more; a scaled score is never above the
// score the MSet ranked by, so a match not fetched can reach the page only when the last fetched
// score is at least the page's last scaled score. Only then (4 of 1974 pages of the real
// corpus; at 1000x, an acronym the glossary of every document spells out) are the best passages
// matched on their own and merged with the other records fetched, and, if one of those not
// fetched could still reach the page, the best other records too: at most two more matches,
// where fetching deeper and deeper ran the query again for every few hundred glossary entries.
// Xapian errors propagate as exceptions.
RankedOrder rank_order(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount depth,
                       const std::function<bool()>& prefer_passages);

// The first match asks for this many times the page, and kExtraFetch more: over the benchmark's
// 320 queries, asking for the page alone needed the further matches 93 times, twice the page 6,
// this none. A deeper MSet costs little beside another match.
inline constexpr Xapian::doccount kDeeperFetch = 2;
inline constexpr Xapian::doccount kExtraFetch = 10;

}  // namespace searcher
