// @brief Fts5Searcher: FTS5 MATCH with bm25 through SQLite's C API.
#include "bench/fts5_searcher.h"

#include <sqlite3.h>

#include "bench/fts5_format.h"

namespace bench {

using analysis::Status;

namespace {

std::string column_text(sqlite3_stmt* statement, int column) {
  const unsigned char* text = sqlite3_column_text(statement, column);
  return text ? std::string(reinterpret_cast<const char*>(text), sqlite3_column_bytes(statement, column)) : "";
}

}  // namespace

analysis::Result<std::unique_ptr<Fts5Searcher>> Fts5Searcher::open(const std::string& db_path) {
  sqlite3* db = nullptr;
  sqlite3_stmt* search = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v3(db, fts5::kSearch, -1, SQLITE_PREPARE_PERSISTENT, &search, nullptr) != SQLITE_OK) {
    Status error = Status::index_error(db_path + ": error: " + (db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return error;
  }
  return std::unique_ptr<Fts5Searcher>(new Fts5Searcher(db, search));
}

Fts5Searcher::~Fts5Searcher() {
  sqlite3_finalize(search_);
  sqlite3_close(db_);
}

Status Fts5Searcher::bind(const std::string& match, const std::string& doc, int limit) {
  sqlite3_reset(search_);
  match_ = match;
  doc_ = doc;
  if (sqlite3_bind_text(search_, 1, match_.data(), static_cast<int>(match_.size()), SQLITE_STATIC) != SQLITE_OK ||
      sqlite3_bind_text(search_, 2, doc_.data(), static_cast<int>(doc_.size()), SQLITE_STATIC) != SQLITE_OK ||
      sqlite3_bind_int(search_, 3, limit) != SQLITE_OK) {
    return Status::query_error(std::string("fts5: error: binding: ") + sqlite3_errmsg(db_));
  }
  return Status::ok();
}

analysis::Result<std::vector<Fts5Hit>> Fts5Searcher::collect() {
  std::vector<Fts5Hit> hits;
  int rc;
  while ((rc = sqlite3_step(search_)) == SQLITE_ROW) {
    hits.push_back({column_text(search_, 0), column_text(search_, 1), sqlite3_column_int(search_, 2),
                    sqlite3_column_double(search_, 3), column_text(search_, 4), column_text(search_, 5)});
  }
  if (rc != SQLITE_DONE) {
    Status error = Status::query_error("fts5: error: " + match_ + ": " + sqlite3_errmsg(db_));
    sqlite3_reset(search_);
    return error;
  }
  return hits;
}

}  // namespace bench
