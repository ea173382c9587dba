// @brief Counting compound evidence and deciding what is a compound.
#include "analysis/compound_learner.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace analysis {
namespace {

bool has_letter(const std::string& word) {
  // Analysed words are letters and digits; any byte that is not an ASCII digit belongs to a letter.
  return std::any_of(word.begin(), word.end(), [](char c) { return c < '0' || c > '9'; });
}

}  // namespace

void CompoundEvidence::add_text(std::string_view text, const Analyzer& analyzer) {
  std::string normalized;
  const std::vector<Word> words = analyzer.words(text, &normalized);
  const std::string* previous = nullptr;  // the canonical form of words[i - 1], if it may start a pair
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = analyzer.canonical(words[i].text);
    if (analyzer.is_stopword(word) || !has_letter(word)) {
      previous = nullptr;
      continue;
    }
    ++words_[word];
    ++total_;
    if (previous != nullptr) {
      const Joint joint = joint_between(normalized, words[i - 1], words[i]);
      if (joint != Joint::kOther) {
        Joined& j = pairs_[*previous + ' ' + word];
        ++(joint == Joint::kHyphen ? j.hyphen : j.open);
      }
    }
    previous = &word;
  }
}

void CompoundEvidence::merge(const CompoundEvidence& other) {
  for (const auto& [word, n] : other.words_) words_[word] += n;
  total_ += other.total_;
  for (const auto& [pair, j] : other.pairs_) {
    Joined& mine = pairs_[pair];
    mine.open += j.open;
    mine.hyphen += j.hyphen;
  }
}

CompoundSet learn_compounds(const CompoundEvidence& evidence, const Analyzer& analyzer) {
  std::unordered_set<std::string> closed;  // stems of the corpus's words
  closed.reserve(evidence.words().size());
  for (const auto& [word, n] : evidence.words()) closed.insert(analyzer.stem(word));
  std::vector<Compound> found;
  for (const auto& [pair, j] : evidence.pairs()) {
    const size_t space = pair.find(' ');
    const std::string first = pair.substr(0, space);
    const std::string second = pair.substr(space + 1);
    const double together = static_cast<double>(j.open) + j.hyphen;
    const double f_first = evidence.words().at(first), f_second = evidence.words().at(second);
    // Side by side no more often than chance would put them: text that is no compound (a long
    // corpus of frequent words), whatever closed word happens to spell them.
    if (together * static_cast<double>(evidence.total()) < kMinOverChance * f_first * f_second) continue;
    std::string key = analyzer.stem(first + second);
    // "abilities" is not "ability s": a second part that is only an ending is no compound.
    if (key == analyzer.stem(first)) continue;
    const int forms = (closed.count(key) ? 1 : 0) + (j.open > 0 ? 1 : 0) + (j.hyphen > 0 ? 1 : 0);
    const bool compound = forms >= 2 || (together >= kMinCollocations && 2 * together / (f_first + f_second) >= kMinDice);
    if (compound) found.push_back(Compound{first, std::move(key)});
  }
  return CompoundSet(std::move(found));
}

}  // namespace analysis
