// @brief Fts5Writer: builds the SQLite FTS5 peer index from a corpus's blank-line paragraphs.
#pragma once

#include <cstddef>
#include <string>

#include "analysis/status.h"

namespace bench {

struct Fts5BuildReport {
  size_t rows = 0;
  double seconds = 0;  // reading, inserting, optimizing and committing
};

// Creates the database `db_path` anew (an existing file is removed), inserts every paragraph of
// `corpus_dir` in one transaction, merges segments ('optimize') and commits.
// Errors: io_error for the corpus, index_error naming the database and SQLite's message.
analysis::Result<Fts5BuildReport> build_fts5(const std::string& corpus_dir, const std::string& db_path);

}  // namespace bench
