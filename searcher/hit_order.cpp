// @brief order_by_document: hits in document order.
#include "searcher/hit_order.h"

#include <algorithm>
#include <tuple>

namespace searcher {

void order_by_document(std::vector<Hit>& hits) {
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return std::tie(a.record.doc, a.record.line_start, a.record.ordinal) <
           std::tie(b.record.doc, b.record.line_start, b.record.ordinal);
  });
}

}  // namespace searcher
