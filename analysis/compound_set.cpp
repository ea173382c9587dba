// @brief CompoundSet lookups and the joint between two words.
#include "analysis/compound_set.h"

#include <algorithm>

namespace analysis {

Joint joint_between(std::string_view normalized, const Word& a, const Word& b) {
  const std::string_view gap = normalized.substr(a.end, b.begin - a.end);
  if (gap == "-") return Joint::kHyphen;
  if (gap.empty()) return Joint::kOther;  // one token split by the word breaker ("co2"), not two words
  const bool blank = std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  return blank ? Joint::kSpace : Joint::kOther;
}

CompoundSet::CompoundSet(std::vector<Compound> compounds) : compounds_(std::move(compounds)) {
  std::sort(compounds_.begin(), compounds_.end());
  compounds_.erase(std::unique(compounds_.begin(), compounds_.end()), compounds_.end());
  for (const auto& c : compounds_) {
    firsts_.insert(c.first);
    keys_.insert(c.key);
  }
}

std::string CompoundSet::key_of(const std::string& first, const std::string& second, const Xapian::Stem& stem) const {
  if (firsts_.count(first) == 0) return {};
  std::string key = stem(first + second);
  // The key alone could be reached from another split ("cyb" + "erattack"); the first part
  // must be this compound's.
  if (std::binary_search(compounds_.begin(), compounds_.end(), Compound{first, key})) return key;
  return {};
}

}  // namespace analysis
