// @brief Promotion of the best expansion-only match.
#include "searcher/expansion_blend.h"

#include <algorithm>
#include <numeric>

namespace searcher {
namespace {

bool contains_all(const std::vector<std::string>& haystack, const std::vector<std::string>& needles) {
  return std::all_of(needles.begin(), needles.end(), [&](const std::string& n) {
    return std::find(haystack.begin(), haystack.end(), n) != haystack.end();
  });
}

}  // namespace

bool found_only_through_expansion(const std::vector<std::string>& matching, const std::vector<ExpansionTerms>& groups) {
  bool through_other = false;
  for (const auto& group : groups) {
    if (contains_all(matching, group.own)) return false;
    for (const auto& other : group.others) through_other = through_other || contains_all(matching, other);
  }
  return through_other;
}

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
