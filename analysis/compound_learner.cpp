// @brief Counting compound evidence and deciding what is a compound.
#include "analysis/compound_learner.h"

#include <algorithm>
#include <cassert>
#include <unordered_set>
#include <vector>

namespace analysis {
namespace {

bool has_letter(const std::string& word) {
  // Analysed words are letters and digits; any byte that is not an ASCII digit belongs to a letter.
  return std::any_of(word.begin(), word.end(), [](char c) { return c < '0' || c > '9'; });
}

}  // namespace

uint32_t CompoundEvidence::id_of(const std::string& word) {
  auto [it, added] = ids_.try_emplace(word, static_cast<uint32_t>(words_.size()));
  if (added) {
    words_.push_back(&it->first);
    counts_.push_back(0);
  }
  return it->second;
}

void CompoundEvidence::add_text(std::string_view text, const Analyzer& analyzer) {
  std::string normalized;
  const std::vector<Word> words = analyzer.words(text, &normalized);
  bool after_word = false;  // words[i - 1] was counted and may start a pair
  uint32_t previous = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = analyzer.canonical(words[i].text);
    if (analyzer.is_stopword(word) || !has_letter(word)) {
      after_word = false;
      continue;
    }
    const uint32_t id = id_of(word);
    ++counts_[id];
    ++total_;
    if (after_word) {
      const Joint joint = joint_between(normalized, words[i - 1], words[i]);
      if (joint != Joint::kOther) {
        Joined& j = pairs_[pair_key(previous, id)];
        ++(joint == Joint::kHyphen ? j.hyphen : j.open);
      }
    }
    after_word = true;
    previous = id;
  }
}

Status CompoundEvidence::merge(const CompoundEvidence& other) {
  assert(other.runs_.runs() == 0);
  std::vector<uint32_t> mine(other.words_.size());
  for (size_t id = 0; id < other.words_.size(); ++id) {
    mine[id] = id_of(*other.words_[id]);
    counts_[mine[id]] += other.counts_[id];
  }
  for (const auto& [key, j] : other.pairs_) {
    Joined& m = pairs_[pair_key(mine[key >> 32], mine[key & 0xffffffffu])];
    m.open += j.open;
    m.hyphen += j.hyphen;
  }
  total_ += other.total_;
  return max_pairs_ > 0 && pairs_.size() > max_pairs_ ? spill() : Status::ok();
}

void CompoundEvidence::spill_into(std::string dir, size_t max_pairs) {
  assert(empty() && pairs_.empty() && runs_.runs() == 0);
  runs_ = PairRuns(std::move(dir));
  max_pairs_ = max_pairs;
}

Status CompoundEvidence::spill() {
  Status written = runs_.spill(sorted_pairs());
  // The buckets stay: the table fills up to the same size again.
  if (written.is_ok()) pairs_.clear();
  return written;
}

std::vector<PairCount> CompoundEvidence::sorted_pairs() const {
  std::vector<PairCount> sorted;
  sorted.reserve(pairs_.size());
  for (const auto& [key, j] : pairs_) sorted.push_back(PairCount{key, j.open, j.hyphen});
  std::sort(sorted.begin(), sorted.end(), [](const PairCount& a, const PairCount& b) { return a.key < b.key; });
  return sorted;
}

Result<CompoundSet> learn_compounds(const CompoundEvidence& evidence, const Analyzer& analyzer) {
  std::unordered_set<std::string> closed;  // stems of the corpus's words
  closed.reserve(evidence.words_.size());
  for (const std::string* word : evidence.words_) closed.insert(analyzer.stem(*word));
  std::vector<Compound> found;
  // Each pair once with its counts over the whole corpus; the order does not matter, as the set
  // sorts what is found.
  auto decide = [&](uint64_t pair, const CompoundEvidence::Joined& j) {
    const auto first_id = static_cast<uint32_t>(pair >> 32), second_id = static_cast<uint32_t>(pair & 0xffffffffu);
    const std::string& first = *evidence.words_[first_id];
    const std::string& second = *evidence.words_[second_id];
    const double together = static_cast<double>(j.open) + j.hyphen;
    const double f_first = evidence.counts_[first_id], f_second = evidence.counts_[second_id];
    // Side by side no more often than chance would put them: text that is no compound (a long
    // corpus of frequent words), whatever closed word happens to spell them.
    if (together * static_cast<double>(evidence.total_) < kMinOverChance * f_first * f_second) return;
    std::string key = analyzer.stem(first + second);
    // "abilities" is not "ability s": a second part that is only an ending is no compound.
    if (key == analyzer.stem(first)) return;
    const int forms = (closed.count(key) ? 1 : 0) + (j.open > 0 ? 1 : 0) + (j.hyphen > 0 ? 1 : 0);
    const bool compound = forms >= 2 || (together >= kMinCollocations && 2 * together / (f_first + f_second) >= kMinDice);
    if (compound) found.push_back(Compound{first, std::move(key)});
  };
  if (evidence.runs_.runs() == 0) {
    for (const auto& [pair, j] : evidence.pairs_) decide(pair, j);
  } else {
    Status merged = evidence.runs_.merge(evidence.sorted_pairs(), [&](const PairCount& p) {
      decide(p.key, CompoundEvidence::Joined{p.open, p.hyphen});
    });
    if (!merged.is_ok()) return merged;
  }
  return CompoundSet(std::move(found));
}

}  // namespace analysis
