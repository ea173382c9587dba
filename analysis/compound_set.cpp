// @brief CompoundSet lookups and the joint between two words.
#include "analysis/compound_set.h"

#include <algorithm>
#include <functional>
#include <mutex>
#include <unordered_set>

namespace analysis {

Joint joint_between(std::string_view normalized, const Word& a, const Word& b) {
  const std::string_view gap = normalized.substr(a.end, b.begin - a.end);
  if (gap == "-") return Joint::kHyphen;
  if (gap.empty()) return Joint::kOther;  // one token split by the word breaker ("co2"), not two words
  const bool blank = std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  return blank ? Joint::kSpace : Joint::kOther;
}

struct CompoundSet::Data {
  std::vector<Compound> compounds;  // sorted by (first, key), no duplicates
  mutable std::once_flag keys_built;
  mutable std::unordered_set<std::string_view> keys;  // views into `compounds`
};

CompoundSet::CompoundSet(std::vector<Compound> compounds) {
  if (compounds.empty()) return;
  // A set read back from an index is already sorted and unique: checking is linear.
  if (std::adjacent_find(compounds.begin(), compounds.end(), std::greater_equal<>()) != compounds.end()) {
    std::sort(compounds.begin(), compounds.end());
    compounds.erase(std::unique(compounds.begin(), compounds.end()), compounds.end());
  }
  auto data = std::make_shared<Data>();
  data->compounds = std::move(compounds);
  data_ = std::move(data);
}

const std::vector<Compound>& CompoundSet::compounds() const {
  static const std::vector<Compound> none;
  return data_ ? data_->compounds : none;
}

std::string CompoundSet::key_of(const std::string& first, const std::string& second, const Xapian::Stem& stem) const {
  const std::vector<Compound>& all = compounds();
  const auto from = std::lower_bound(all.begin(), all.end(), first,
                                     [](const Compound& c, const std::string& f) { return c.first < f; });
  if (from == all.end() || from->first != first) return {};
  std::string key = stem(first + second);
  // The key alone could be reached from another split ("cyb" + "erattack"); the first part
  // must be this compound's.
  if (std::binary_search(from, all.end(), Compound{first, key})) return key;
  return {};
}

bool CompoundSet::is_key(const std::string& stem) const {
  if (!data_) return false;
  std::call_once(data_->keys_built, [this] {
    data_->keys.reserve(data_->compounds.size());
    for (const Compound& c : data_->compounds) data_->keys.insert(c.key);
  });
  return data_->keys.count(stem) != 0;
}

}  // namespace analysis
