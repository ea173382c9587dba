// @brief Promotion of the best expansion-only match.
#include "searcher/expansion_blend.h"

#include <algorithm>
#include <numeric>

namespace searcher {
std::vector<size_t> blend_order(const std::vector<bool>& expansion_only, size_t slot) {
  std::vector<size_t> order(expansion_only.size());
  std::iota(order.begin(), order.end(), 0);
  auto first = std::find(expansion_only.begin(), expansion_only.end(), true);
  if (first == expansion_only.end()) return order;
  const size_t at = static_cast<size_t>(first - expansion_only.begin());
  if (at <= slot) return order;
  order.erase(order.begin() + static_cast<std::ptrdiff_t>(at));
  order.insert(order.begin() + static_cast<std::ptrdiff_t>(slot), at);
  return order;
}

}  // namespace searcher
