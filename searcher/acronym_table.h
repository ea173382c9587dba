// @brief AcronymTable: the acronyms the index learnt, as groups of interchangeable word
// sequences ("mod" = "ministry of defense"), for query expansion and `--acronyms`.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/status.h"

namespace searcher {

// One definition, as the indexer stored it (metadata "acronyms:<doc>").
struct AcronymDefinition {
  std::string acronym;
  std::string expansion;
  std::string doc;
  std::string file;
  int line = 0;
};

class AcronymTable {
 public:
  AcronymTable() = default;

  // Reads every "acronyms:<doc>" metadata entry of `db` (it works through Xapian's remote
  // backend, which serves metadata but not synonyms). Errors: unreadable JSON, naming the key.
  static analysis::Result<AcronymTable> load(const Xapian::Database& db, const analysis::Analyzer& analyzer);

  // Builds a table from definitions directly (tests).
  AcronymTable(std::vector<AcronymDefinition> definitions, const analysis::Analyzer& analyzer);

  const std::vector<AcronymDefinition>& definitions() const { return definitions_; }

  // The group whose member is exactly `words` (analysed query words), compared by canonical
  // spelling and stem, so "CBM", "CBMs", "Ministry of Defence" find their groups.
  std::optional<size_t> group_of(const std::vector<std::string>& words) const;

  // Every member of group `g` as analysed, canonical word sequences; acronyms first.
  const std::vector<std::vector<std::string>>& members(size_t g) const { return groups_[g]; }

  // The longest member length in words, bounding how far a query is scanned for one.
  size_t longest_member() const { return longest_; }

 private:
  std::vector<std::string> key_of(const std::vector<std::string>& words) const;

  const analysis::Analyzer* analyzer_ = nullptr;
  std::vector<AcronymDefinition> definitions_;
  std::vector<std::vector<std::vector<std::string>>> groups_;
  std::map<std::vector<std::string>, size_t> group_by_key_;
  size_t longest_ = 0;
};

}  // namespace searcher
