// @brief Test support: what kind weighting means, as one Xapian query and the page it ranks, for
// tests that check the ranker's own order against it (kind_weighting_test, kind_order_test).
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "index_format/schema.h"
#include "searcher/kind_weighting.h"

namespace searcher::testing {

// Passages' matches as they are, every other record's with each term's weight scaled by
// kOtherKindsWeight.
inline Xapian::Query scaled_by_kind(const Xapian::Query& query) {
  namespace schema = index_format::schema;
  const Xapian::Query passage(std::string(schema::kPrefixKind) + std::string(schema::kKindPassage));
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_FILTER, query, passage),
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                     Xapian::Query(Xapian::Query::OP_AND_NOT, query, passage), kOtherKindsWeight));
}

struct ScoredId {
  std::string id;
  double score;
};

// The page offset+1 .. offset+limit of scaled_by_kind(query), BM25, ties by record id.
inline std::vector<ScoredId> scaled_page(const Xapian::Database& db, const Xapian::Query& query,
                                         Xapian::doccount offset, Xapian::doccount limit) {
  Xapian::Enquire enquire(db);
  enquire.set_query(scaled_by_kind(query));
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  enquire.set_sort_by_relevance_then_value(index_format::schema::kSlotId, false);
  std::vector<ScoredId> out;
  const Xapian::MSet mset = enquire.get_mset(offset, limit);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back({it.get_sort_key(), it.get_weight()});
  return out;
}

}  // namespace searcher::testing
