// @brief locate_index: which index the searcher reads when --index is not given: the index
// variable, else the nearest index/ directory found going up from the working directory, as git
// finds .git.
#pragma once

#include <string>

#include "analysis/status.h"

namespace searcher {

// The environment variable naming the index, after the installed program (passage-search).
inline constexpr const char* kIndexVariable = "PASSAGE_SEARCH_INDEX";
// What the indexer writes by default, and what the upward search looks for.
inline constexpr const char* kDefaultIndexName = "index";

struct LocatedIndex {
  std::string path;    // the index directory or stub file, as given or found (absolute when found)
  std::string source;  // where it came from, for messages: "--index", kIndexVariable, or "search"
};

// `flag` (--index) when not empty; else `variable` (the index variable's value) when not empty;
// else the first of `start`/index, its parent's index, … up to the root that is a directory
// holding the index stub (XAPIANDB), so an unrelated index/ directory is passed over.
// Errors (not_found): nothing found, naming the variable and the directories searched
// ("no index found: no --index given, PASSAGE_SEARCH_INDEX is not set, and no index/ with an
// XAPIANDB file in /a/b or any directory above it: …").
analysis::Result<LocatedIndex> locate_index(const std::string& flag, const std::string& variable,
                                            const std::string& start);

}  // namespace searcher
