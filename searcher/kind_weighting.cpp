// @brief Kind weighting from the record id.
#include "searcher/kind_weighting.h"

#include "index_format/passage_record.h"

namespace searcher {

double kind_factor(std::string_view record_id) {
  return index_format::is_passage_id(record_id) ? 1.0 : kOtherKindsWeight;
}

}  // namespace searcher
