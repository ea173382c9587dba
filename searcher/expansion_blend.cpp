// @brief The expansion-only bonus as a weighted optional branch of the query.
#include "searcher/expansion_blend.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "index_format/schema.h"

namespace searcher {
namespace {

// BM25 weight of `query` in its best match, and that match's record id term ("" when none).
std::pair<double, std::string> best_match(const Xapian::Query& query, const Xapian::Database& db) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  enquire.set_query(query);
  enquire.set_sort_by_relevance_then_value(index_format::schema::kSlotId, false);
  Xapian::MSet top = enquire.get_mset(0, 1);
  if (top.empty()) return {0.0, ""};
  const std::string id = top.begin().get_document().get_value(index_format::schema::kSlotId);
  return {top.begin().get_weight(), std::string(index_format::schema::kPrefixId) + id};
}

// What the words as typed weigh against the group's term in one record: the best match of the
// words as typed. Both are BM25 over the same record, so the ratio is that of the two queries'
// term statistics (a phrase of eight words against one group term), not of a record's length.
double typed_to_group_ratio(const Xapian::Query& group, const Xapian::Query& typed, const Xapian::Database& db) {
  const auto [typed_weight, id_term] = best_match(typed, db);
  if (id_term.empty()) return 0.0;
  const double group_weight =
      best_match(Xapian::Query(Xapian::Query::OP_FILTER, group, Xapian::Query(id_term)), db).first;
  return group_weight > 0 ? typed_weight / group_weight : 0.0;
}

}  // namespace

Xapian::Query expansion_bonus(const Xapian::Query& group, const Xapian::Query& typed, double share,
                              const Xapian::Database& db) {
  const double ratio = typed_to_group_ratio(group, typed, db);
  if (ratio <= 0) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_AND_NOT, group, typed),
                       std::max(kMinExpansionOnlyBonus, share * ratio));
}

Xapian::Query blend_expansions(const Xapian::Query& query, const Xapian::Query& expansion_only,
                               const Xapian::Database& db) {
  if (query.empty() || expansion_only.empty()) return query;
  std::vector<Xapian::Query> parts;
  if (expansion_only.get_type() == Xapian::Query::OP_AND_NOT) {
    parts.push_back(expansion_only);
  } else {
    for (size_t i = 0; i < expansion_only.get_num_subqueries(); ++i) parts.push_back(expansion_only.get_subquery(i));
  }
  std::vector<Xapian::Query> bonuses;
  for (const auto& part : parts) {
    if (part.get_type() != Xapian::Query::OP_AND_NOT || part.get_num_subqueries() != 2) continue;
    Xapian::Query bonus = expansion_bonus(part.get_subquery(0), part.get_subquery(1), kExpansionOnlyBonus, db);
    if (!bonus.empty()) bonuses.push_back(std::move(bonus));
  }
  if (bonuses.empty()) return query;
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                       Xapian::Query(Xapian::Query::OP_OR, bonuses.begin(), bonuses.end()));
}

}  // namespace searcher
