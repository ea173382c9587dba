// @brief Ranked order: one match, or the best passages matched on their own and merged.
#include "searcher/ranked_order.h"

#include <algorithm>
#include <limits>

#include "index_format/schema.h"
#include "searcher/kind_weighting.h"

namespace searcher {
namespace {

namespace schema = index_format::schema;

Xapian::Enquire make_enquire(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  // Equal scores are ordered by record id, not docid, so a sharded index ranks like a single one.
  enquire.set_sort_by_relevance_then_value(schema::kSlotId, false);
  return enquire;
}

// Adds the matches of order.msets[source] (with `others_only`, those that are not passages).
void add_matches(RankedOrder& order, size_t source, bool prefer_passages, bool others_only = false) {
  const Xapian::MSet& mset = order.msets[source];
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    std::string id = it.get_sort_key();
    const double factor = prefer_passages ? kind_factor(id) : 1.0;
    if (others_only && factor == 1.0) continue;
    order.matches.push_back({source, it.get_rank() - mset.get_firstitem(), it.get_weight() * factor, std::move(id)});
  }
}

// Matches `query` as `op` with the passages' kind term (its best `depth`) and adds the matches.
void match_part(RankedOrder& order, const Xapian::Database& db, const Xapian::Query& query, Xapian::Query::op op,
                Xapian::doccount depth) {
  const Xapian::Query passage(std::string(schema::kPrefixKind) + std::string(schema::kKindPassage));
  order.msets.push_back(make_enquire(db, Xapian::Query(op, query, passage)).get_mset(0, depth));
  ++order.match_runs;
  add_matches(order, order.msets.size() - 1, true);
}

void sort_and_cut(RankedOrder& order, Xapian::doccount depth) {
  std::stable_sort(order.matches.begin(), order.matches.end(), [](const RankedMatch& a, const RankedMatch& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  if (order.matches.size() > depth) order.matches.resize(depth);
}

// True when the page's last match scores above `bound`, the most a match left out may score.
bool page_holds_above(const RankedOrder& order, Xapian::doccount depth, double bound) {
  return order.matches.size() >= depth && order.matches[depth - 1].score > bound;
}

// True when the first `depth` matches of `mset` are all passages.
bool leads_with_passages(const Xapian::MSet& mset, Xapian::doccount depth) {
  Xapian::doccount seen = 0;
  for (auto it = mset.begin(); it != mset.end() && seen < depth; ++it, ++seen) {
    if (kind_factor(it.get_sort_key()) != 1.0) return false;
  }
  return true;
}

}  // namespace

RankedOrder rank_order(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount depth,
                       const std::function<bool()>& prefer_passages) {
  RankedOrder order;
  constexpr auto kMax = std::numeric_limits<Xapian::doccount>::max();
  Xapian::doccount fetch = depth;
  if (prefer_passages) fetch = depth < (kMax - kExtraFetch) / kDeeperFetch ? depth * kDeeperFetch + kExtraFetch : kMax - 1;
  // One more than asked for is checked so the estimate is exact at least that far.
  order.msets.push_back(make_enquire(db, query).get_mset(0, fetch, fetch + 1));
  ++order.match_runs;
  // Scaled or not, a page that BM25 fills with passages is the same page: the others only move
  // down. Only a page holding some other record needs the answer.
  const bool scaled = prefer_passages && !leads_with_passages(order.msets[0], depth) && prefer_passages();
  add_matches(order, 0, scaled);
  sort_and_cut(order, depth);
  if (!scaled || order.msets[0].size() < fetch) return order;  // every match is in
  const double beyond = order.msets[0][fetch - 1].get_weight();  // the most a match not fetched scores
  if (page_holds_above(order, depth, beyond)) return order;
  // A passage not fetched could still reach the page. The best `depth` passages, matched on their
  // own, and the other records fetched hold it, unless an other record not fetched could reach it
  // too (scaled, it scores at most kOtherKindsWeight times the last fetched score); then the best
  // `depth` other records are matched on their own as well.
  order.matches.clear();
  add_matches(order, 0, true, /*others_only=*/true);
  match_part(order, db, query, Xapian::Query::OP_FILTER, depth);
  sort_and_cut(order, depth);
  if (page_holds_above(order, depth, beyond * kOtherKindsWeight)) return order;
  order.matches.erase(std::remove_if(order.matches.begin(), order.matches.end(),
                                     [](const RankedMatch& m) { return m.mset == 0; }),
                      order.matches.end());
  match_part(order, db, query, Xapian::Query::OP_AND_NOT, depth);
  sort_and_cut(order, depth);
  return order;
}

}  // namespace searcher
