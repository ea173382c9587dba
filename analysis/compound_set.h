// @brief CompoundSet: the compounds an index learnt, one term for the closed, open and hyphenated
// forms of each ("cyberattack", "cyber attack", "cyber-attack").
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analysis/status.h"
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
// The set lives in one packed string, the form the index stores, and lookups are binary searches
// inside it: opening an index wraps the bytes it read, with nothing decoded, sorted or hashed.
// (Decoding a list and hashing its keys grew with the corpus: 0.82 M instructions of a searcher's
// start at 100x, more than the rest of opening the index; bench/README.md.)
//
// Packed form, integers 32-bit little-endian:
//   pairs   n, then n+1 offsets into the text: entry i is text[off[i], off[i+1]),
//           "first\0key", entries sorted and unique (so sorted by first part, then key)
//   keys    m, then m (begin, end) offsets into the text: the distinct keys, sorted
//   text    the entries, one after another
// A damaged table is never read outside its bytes: an offset out of range reads as an empty
// entry, so lookups in it answer wrongly but safely.
class CompoundSet {
 public:
  CompoundSet() = default;
  // Sorted, duplicates dropped, so equal sets compare and pack equal.
  explicit CompoundSet(std::vector<Compound> compounds);

  // Wraps a packed table. Errors (index_error): bytes too short for the counts they state.
  static Result<CompoundSet> from_packed(std::string packed);
  // The packed table ("" for no compounds).
  const std::string& packed() const;

  // The compounds, decoded (for the indexer's reports and tests; lookups do not need it).
  std::vector<Compound> compounds() const;
  size_t size() const;
  bool empty() const { return size() == 0; }
  bool operator==(const CompoundSet& other) const { return packed() == other.packed(); }

  // The key of the adjacent analysed canonical words `first second` read as one compound
  // ("cyber", "attacks" -> "cyberattack"), or "" when they are none. The stem is computed only
  // when `first` is some compound's first part.
  std::string key_of(const std::string& first, const std::string& second, const Xapian::Stem& stem) const;

  // Whether `stem` is a compound's key: a closed word with this stem is the compound.
  bool is_key(const std::string& stem) const;

 private:
  struct Table;
  std::shared_ptr<const Table> table_;  // null: no compounds
};

}  // namespace analysis
