// @brief AcronymGroups: the acronyms the corpus defines, as groups of interchangeable word
// sequences ("mod" = "ministry of defense"), built once by the indexer from every document's
// definitions, stored as one metadata entry ("acronym_groups") and read by the searcher in one
// lookup, whatever the number of documents.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/status.h"
#include "index_format/acronym_definitions.h"

namespace index_format {

// Bounds that keep one noisy corpus from making a group of hundreds of phrases (random words
// before "(ASEAN)" in 2,000 documents did): an acronym keeps at most this many expansions, the
// ones defined by the most documents first; a group at most kMaxGroupMembers members.
inline constexpr size_t kMaxExpansionsPerAcronym = 6;
inline constexpr size_t kMaxGroupMembers = 16;

// True when the expansion's words can spell the acronym, as Schwartz and Hearst match them: each
// of its letters and digits, in order, starts a later word of the expansion, or else follows the
// previous match inside the same word, or else lies inside a later word; and the first one starts
// the first word ("NISC" in "National center of Incident readiness and
// Strategy for Cybersecurity", "C4I" in "command control communications computers and
// intelligence" with the digit skipped). An expansion defined by a single document is kept only
// if it fits, since the Schwartz–Hearst finder also accepts chance matches.
bool expansion_fits_acronym(std::string_view acronym, const std::vector<std::string>& expansion_words);

class AcronymGroups {
 public:
  struct Member {
    std::vector<std::string> words;  // analysed, canonical spellings
    std::string key;                 // stems of the words joined by ' ': what lookups compare
  };

  AcronymGroups() = default;

  // Groups `definitions` (union of acronym and expansions, a plural acronym "CBMs" also asked for
  // as "CBM"), bounded as above. Deterministic: the same definitions in any order give the same
  // groups and encoding.
  static AcronymGroups build(const std::vector<AcronymDefinition>& definitions, const analysis::Analyzer& analyzer);

  std::string encode() const;
  // Errors (index_error): malformed bytes.
  static analysis::Result<AcronymGroups> decode(std::string_view data);

  size_t size() const { return groups_.size(); }
  bool empty() const { return groups_.empty(); }
  // Members of group g, shortest first (the acronym before its expansions).
  const std::vector<Member>& members(size_t g) const { return groups_[g]; }
  // The index term every occurrence of any member of group g is indexed with (schema.h).
  std::string term(size_t g) const;

  // The group whose member is exactly `words` (analysed query words, compared by the stems of
  // their canonical spellings: "CBMs", "Ministry of Defence" find their groups).
  std::optional<size_t> group_of(const std::vector<std::string>& words, const analysis::Analyzer& analyzer) const;
  // The same by stems already computed.
  std::optional<size_t> group_of_stems(const std::vector<std::string>& stems) const;

  // The longest member length in words, bounding how far text is scanned for one.
  size_t longest_member() const { return longest_; }

  // Occurrences of any member in a run of analysed words (canonical spellings, and their stems):
  // (index of the first word, group), the longest member at each start. A one-word member matches
  // by stem ("CBMs" for "CBM"), a longer one word for word, as a phrase of its words would.
  std::vector<std::pair<size_t, size_t>> occurrences(const std::vector<std::string>& words,
                                                     const std::vector<std::string>& stems) const;

  bool operator==(const AcronymGroups& other) const { return encode() == other.encode(); }

 private:
  void index_members();

  std::vector<std::vector<Member>> groups_;
  std::unordered_map<std::string, size_t> group_by_key_;    // by stems
  std::unordered_map<std::string, size_t> group_by_words_;  // longer members, by their words
  std::unordered_map<std::string, std::vector<size_t>> lengths_by_first_stem_;  // member lengths in words
  size_t longest_ = 0;
};

}  // namespace index_format
