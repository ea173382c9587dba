// @brief Workload: the benchmark's queries (bench/workload/queries.tsv: class<TAB>query, with a
// header line), as written by make_workload.py.
#pragma once

#include <string>
#include <vector>

#include "analysis/status.h"

namespace bench {

struct WorkloadQuery {
  std::string cls;    // word, multi, phrase, source, note, wildcard, misspelling, acronym
  std::string query;  // our query syntax, as a user types it
};

// Reads `path`, keeping at most `per_class` queries of each class (0: all), in file order.
// Errors: io_error for an unreadable file, invalid_input "path:line: error: …" for a line
// without a tab or an empty query.
analysis::Result<std::vector<WorkloadQuery>> read_workload(const std::string& path, size_t per_class);

// The classes in order of first appearance.
std::vector<std::string> workload_classes(const std::vector<WorkloadQuery>& workload);

}  // namespace bench
