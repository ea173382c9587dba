// @brief CompoundSet: the compounds an index learnt, one term for the closed, open and hyphenated
// forms of each ("cyberattack", "cyber attack", "cyber-attack").
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analysis/word_breaker.h"

namespace analysis {

// What stands between two adjacent words of normalised text.
enum class Joint { kSpace, kHyphen, kOther };

// kSpace when only white space separates the words, kHyphen for exactly one '-' (the normaliser
// has made every dash one), kOther for anything else (a full stop, a comma, a dash with spaces):
// "cyber. Attacks" and "Japan – US" are not a compound's open or hyphenated form.
// REQUIRES: a ends at or before b begins; both are offsets into `normalized`.
Joint joint_between(std::string_view normalized, const Word& a, const Word& b);

// One learnt compound: its first part as analysed and canonical ("cyber") and its key, the stem
// of its closed form ("cyberattack"). The key is the compound's term: the stem term a closed
// occurrence ("cyberattacks") gets anyway, and the one an open or hyphenated occurrence ("cyber
// attacks", "cyber-attack") is given, so every form and inflection is one posting list.
struct Compound {
  std::string first;
  std::string key;
  bool operator==(const Compound&) const = default;
  auto operator<=>(const Compound&) const = default;
};

// The compounds of one index, learnt from its corpus (compound_learner.h) and stored in it
// (index_format/compounds_codec.h). Immutable once built; copies share it; lookups are safe from
// several threads given each its own stemmer.
// Opening costs no more than reading the list: it is stored sorted, so building a set from it
// checks the order instead of sorting, and lookups are binary searches on it, with no hash table
// to build (at 1000x, sorting and hashing some ten thousand compounds were 60 % of a searcher's
// start, and grew with the corpus: bench/README.md). Only is_key needs an index of the keys,
// built on its first call.
class CompoundSet {
 public:
  CompoundSet() = default;
  // Sorted, duplicates dropped, so equal sets compare and encode equal.
  explicit CompoundSet(std::vector<Compound> compounds);

  const std::vector<Compound>& compounds() const;
  bool empty() const { return compounds().empty(); }
  bool operator==(const CompoundSet& other) const { return compounds() == other.compounds(); }

  // The key of the adjacent analysed canonical words `first second` read as one compound
  // ("cyber", "attacks" -> "cyberattack"), or "" when they are none. The stem is computed only
  // when `first` is some compound's first part.
  std::string key_of(const std::string& first, const std::string& second, const Xapian::Stem& stem) const;

  // Whether `stem` is a compound's key: a closed word with this stem is the compound.
  bool is_key(const std::string& stem) const;

 private:
  struct Data;
  std::shared_ptr<const Data> data_;  // null: no compounds
};

}  // namespace analysis
