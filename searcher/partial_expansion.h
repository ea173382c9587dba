// @brief add_partial_expansions: a query naming part of an acronym's expansion in enough
// distinctive words ("National Center of Incident Readiness") also searches the acronym's group.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "index_format/acronym_groups.h"
#include "searcher/query_builder.h"

namespace searcher {

// A word says which thing is meant when it is not a stopword and at most this share of the
// index's records holds it: "national" (in every other record of a report on national policy)
// does not, "readiness" does.
inline constexpr double kMaxDistinctiveShare = 0.25;
// Distinctive words a run must share with an expansion to name it: two ("national center") are
// common to many names, three rarely.
inline constexpr size_t kMinDistinctiveWords = 3;

// The groups (by index) of which `text` names part of a member: a run of consecutive words of the
// query equal, stem for stem, to consecutive words of a member and holding at least
// kMinDistinctiveWords distinctive words of it (document frequency in `db`). Groups the query
// names whole are included too; the caller skips those it already expands. In group order, each
// group once, with the first run found.
struct PartialExpansion {
  size_t group;
  std::vector<std::string> words;  // the run of query words naming it, canonical spellings
};
std::vector<PartialExpansion> groups_named_in_part(const std::string& text, const index_format::AcronymGroups& groups,
                                         const analysis::Analyzer& analyzer, const Xapian::Database& db);

// Adds to `built` each group named in part and not already expanded: its term, in OR with the
// query (with options.require_all, AND_MAYBE: weight, no new matches), so records that name the
// group another way ("NISC") match; its words for snippets (group_words), the expansion for
// --explain, and a bonus for records naming it only another way (expansion_bonus against the run,
// share kExpansionOnlyBonus).
void add_partial_expansions(const std::string& text, const QueryOptions& options,
                            const index_format::AcronymGroups& groups, const analysis::Analyzer& analyzer,
                            const Xapian::Database& db, BuiltQuery& built);

}  // namespace searcher
