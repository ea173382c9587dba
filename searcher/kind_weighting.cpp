// @brief Kind weighting by a split on the kind filter.
#include "searcher/kind_weighting.h"

#include <string>

#include "index_format/schema.h"

namespace searcher {

Xapian::Query prefer_passages(const Xapian::Query& query) {
  if (query.empty()) return query;
  namespace schema = index_format::schema;
  const Xapian::Query passage(std::string(schema::kPrefixKind) + std::string(schema::kKindPassage));
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_FILTER, query, passage),
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                     Xapian::Query(Xapian::Query::OP_AND_NOT, query, passage), kOtherKindsWeight));
}

}  // namespace searcher
