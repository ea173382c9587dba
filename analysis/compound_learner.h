// @brief CompoundEvidence and learn_compounds: which two-word compounds a corpus writes in more
// than one form ("cyberattack", "cyber attack", "cyber-attack"), learnt from its text, never
// from a list.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/compound_set.h"
#include "analysis/pair_runs.h"
#include "analysis/status.h"

namespace analysis {

// Word pairs a corpus-wide CompoundEvidence keeps in memory before it sets them aside on disk
// (spill_into). Distinct pairs grow with the corpus, about 40-50 bytes each in the hash table
// (184,000 at 100x, 979,000 at 1000x: 37 MiB of a 124 MiB peak), words far more slowly (8,000 and
// 50,000). 2^18 pairs, some 12 MiB, is a little more than a 100x corpus has, so up to there
// nothing is spilled and nothing changes, and beyond it the table stops growing; the first pass
// then stays well under the second's peak. Runs stay long enough that 1000x makes 6, and a corpus
// a hundred times larger some hundreds, each read back 64 KiB at a time (pair_runs.cpp).
inline constexpr size_t kPairsInMemory = size_t{1} << 18;

// Counts over a corpus: each analysed canonical word that is not a stopword, and each two such
// words side by side with a space or one hyphen between them. Memory grows with the corpus's
// distinct words and, unless spill_into bounds it, its distinct word pairs. Feed one per
// document and merge them, in any order: the counts, and so what is learnt, are the same.
class CompoundEvidence {
 public:
  CompoundEvidence() = default;
  // Moved, never copied: words_ points into ids_'s nodes, which a move keeps and a copy would not.
  CompoundEvidence(CompoundEvidence&&) = default;
  CompoundEvidence& operator=(CompoundEvidence&&) = default;
  CompoundEvidence(const CompoundEvidence&) = delete;
  CompoundEvidence& operator=(const CompoundEvidence&) = delete;

  // Adds the words of one text (a passage's text as indexed). Uses only the analyzer's word
  // breaking and word lists, never its stemmer, so several threads may share one analyzer.
  void add_text(std::string_view text, const Analyzer& analyzer);
  // Adds another's counts. Fails only when a spill does (spill_into).
  // REQUIRES: `other` spilled nothing (it is one document's, or a few).
  [[nodiscard]] Status merge(const CompoundEvidence& other);
  bool empty() const { return counts_.empty(); }

  // From now on, whenever a merge leaves more than `max_pairs` pairs in memory, writes them sorted
  // as one run to an anonymous temporary file in `dir` (pair_runs.h) and empties the table;
  // learn_compounds merges the runs back. What is learnt is the same, only memory is bounded.
  // REQUIRES: called on an empty evidence, before any merge.
  void spill_into(std::string dir, size_t max_pairs = kPairsInMemory);
  size_t spilled_runs() const { return runs_.runs(); }

 private:
  friend Result<CompoundSet> learn_compounds(const CompoundEvidence& evidence, const Analyzer& analyzer);
  struct Joined {
    uint32_t open = 0;    // "cyber attack"
    uint32_t hyphen = 0;  // "cyber-attack"
  };
  uint32_t id_of(const std::string& word);
  Status spill();
  std::vector<PairCount> sorted_pairs() const;  // pairs_, by key
  static uint64_t pair_key(uint32_t first, uint32_t second) { return (uint64_t{first} << 32) | second; }

  // Words by number, so that a pair is two numbers: a few bytes a pair, not two strings, as the
  // distinct pairs of a large corpus run into millions.
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<const std::string*> words_;  // id -> the key in ids_ (stable: a node's key never moves)
  std::vector<uint32_t> counts_;           // id -> occurrences
  std::unordered_map<uint64_t, Joined> pairs_;  // those not spilled
  uint64_t total_ = 0;                     // words counted
  size_t max_pairs_ = 0;                   // in pairs_ before a spill; 0: never spill
  PairRuns runs_;                          // the spilled pairs
};

// A pair seen only open (or only hyphenated) is a compound when its words stand together at
// least this often ...
inline constexpr uint32_t kMinCollocations = 5;
// ... and make up at least this share of the two words' occurrences: Dice's coefficient,
// 2·f(a b) / (f(a) + f(b)), the association measure of Smadja et al. for collocations. 0.5: the
// pair is the usual use of its words ("ad hoc"), not one of many ("cyber policy" beside
// "cyber security", "cyber defense", "foreign policy", ...).
inline constexpr double kMinDice = 0.5;

// Every pair must stand together, open or hyphenated, at least this many times as often as
// chance would put its words side by side (f(a)·f(b)/N): pointwise mutual information of at
// least one bit. A compound stands together far more often ("cyber attack" in a corpus where
// both words are frequent: about 5 times); random text, or words that only share a sentence
// by accident, do not, whatever closed word happens to spell them.
inline constexpr double kMinOverChance = 2.0;

// The compounds of a corpus: two adjacent words a b, neither a stopword and each holding a
// letter, stem(a + b) not just stem(a) ("ability s"), passing kMinOverChance, are one compound
// with key stem(a + b) when
//  - two of its forms occur: closed (a word whose stem is the key, any inflection: "cyberattacks"),
//    open ("cyber attack") or hyphenated ("cyber-attack"); or
//  - its open and hyphenated occurrences together pass kMinCollocations and kMinDice.
// Deterministic: the same evidence gives the same set, however much of it was spilled. Stems each
// distinct word and pair once. Fails only when reading back the spilled pairs does.
Result<CompoundSet> learn_compounds(const CompoundEvidence& evidence, const Analyzer& analyzer);

}  // namespace analysis
