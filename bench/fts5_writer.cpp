// @brief Fts5Writer: paragraphs into an FTS5 table through SQLite's C API.
#include "bench/fts5_writer.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>

#include "bench/fts5_format.h"
#include "bench/paragraph_reader.h"

namespace bench {

using analysis::Status;

namespace {

Status sqlite_error(const std::string& db_path, sqlite3* db, const std::string& what) {
  return Status::index_error(db_path + ": error: " + what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

analysis::Result<Fts5BuildReport> build_fts5(const std::string& corpus_dir, const std::string& db_path) {
  auto start = std::chrono::steady_clock::now();
  std::error_code ignored;
  std::filesystem::remove(db_path, ignored);
  sqlite3* db = nullptr;
  if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) {
    Status error = sqlite_error(db_path, db, "cannot create");
    sqlite3_close(db);
    return error;
  }
  sqlite3_stmt* insert = nullptr;
  Fts5BuildReport report;
  auto exec = [&](const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
  Status status = [&]() -> Status {
    if (!exec(fts5::kCreateTable)) return sqlite_error(db_path, db, "creating the FTS5 table");
    if (!exec("BEGIN")) return sqlite_error(db_path, db, "BEGIN");
    if (sqlite3_prepare_v2(db, fts5::kInsertRow, -1, &insert, nullptr) != SQLITE_OK) {
      return sqlite_error(db_path, db, "preparing the insert");
    }
    Status read = for_each_paragraph(corpus_dir, [&](const Paragraph& paragraph) -> Status {
      std::string notes;
      for (int number : paragraph.notes) notes += fts5::note_token(number) + ' ';
      sqlite3_bind_text(insert, 1, paragraph.text.data(), static_cast<int>(paragraph.text.size()), SQLITE_STATIC);
      sqlite3_bind_text(insert, 2, notes.data(), static_cast<int>(notes.size()), SQLITE_STATIC);
      sqlite3_bind_text(insert, 3, paragraph.doc.data(), static_cast<int>(paragraph.doc.size()), SQLITE_STATIC);
      sqlite3_bind_text(insert, 4, paragraph.file.data(), static_cast<int>(paragraph.file.size()), SQLITE_STATIC);
      sqlite3_bind_int(insert, 5, paragraph.line);
      int rc = sqlite3_step(insert);
      sqlite3_reset(insert);
      if (rc != SQLITE_DONE) return sqlite_error(db_path, db, paragraph.file + ":" + std::to_string(paragraph.line));
      ++report.rows;
      return Status::ok();
    });
    if (!read.is_ok()) return read;
    if (!exec(fts5::kOptimize)) return sqlite_error(db_path, db, "optimize");
    if (!exec("COMMIT")) return sqlite_error(db_path, db, "COMMIT");
    return Status::ok();
  }();
  sqlite3_finalize(insert);
  sqlite3_close(db);
  if (!status.is_ok()) return status;
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace bench
