// @brief Fts5Searcher: the SQLite FTS5 peer's query side, one prepared statement reused for every
// query (the cheapest way to drive FTS5, so the comparison favours the peer, not us).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analysis/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace bench {

// One FTS5 result row, as our printers would need it.
struct Fts5Hit {
  std::string doc;
  std::string file;
  int line = 0;
  double score = 0;  // bm25 (lower is better, as SQLite reports it)
  std::string snippet;
  std::string text;
};

// An open FTS5 peer index. Call bind() then collect() per query; the harness times them apart.
class Fts5Searcher {
 public:
  // Opens `db_path` read-only. Errors: index_error naming the file and SQLite's message.
  static analysis::Result<std::unique_ptr<Fts5Searcher>> open(const std::string& db_path);
  ~Fts5Searcher();
  Fts5Searcher(const Fts5Searcher&) = delete;
  Fts5Searcher& operator=(const Fts5Searcher&) = delete;

  // Binds an FTS5 MATCH expression, an optional document filter ("" for none) and a hit limit.
  analysis::Status bind(const std::string& match, const std::string& doc, int limit);
  // Runs the bound query. Errors: query_error with SQLite's message (e.g. an FTS5 syntax error).
  analysis::Result<std::vector<Fts5Hit>> collect();

 private:
  Fts5Searcher(sqlite3* db, sqlite3_stmt* search) : db_(db), search_(search) {}
  sqlite3* db_;
  sqlite3_stmt* search_;
  std::string match_, doc_;  // bound with SQLITE_STATIC, so they live here
};

}  // namespace bench
