// @brief InteractiveSession: the loop behind `searcher -i`: each query's answer is a page of
// numbered hits (the text printer's), `n`/`p` page, `:show N`, `:similar N` and `:open N` act on
// hit N of the page, `:help` lists the commands, `:q` or the end of input leaves. It reads from
// any LineSource and writes to a stream, so it is tested without a terminal; main only wires it.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "analysis/status.h"
#include "searcher/hit.h"
#include "searcher/index_reader.h"
#include "searcher/line_source.h"
#include "searcher/printer.h"
#include "searcher/query_builder.h"
#include "searcher/ranker.h"

namespace searcher {

// What the session searches with: rank.limit is the page size; printer.context the -C records.
struct SessionSettings {
  QueryOptions query;
  RankOptions rank;
  PrinterOptions printer;
};

// Opens FILE at LINE for `:open`; the real one is open_in_editor (editor_launcher.h).
using OpenFile = std::function<analysis::Status(const std::string& file, int line)>;

// REQUIRES: `index` and `out` outlive the session. Errors of one command (a bad query, an unknown
// hit number, an editor that fails) are written to `out` as "error: …" and the session goes on.
class InteractiveSession {
 public:
  static constexpr const char* kPrompt = "search> ";

  InteractiveSession(IndexReader& index, SessionSettings settings, std::ostream& out, OpenFile open_file);

  // Reads and handles lines until `:q` or the end of input.
  void run(LineSource& input);

  // Handles one line; false when it asks to leave.
  bool handle(const std::string& line);

  // The hits of the page shown last (empty before the first query).
  const std::vector<Hit>& page() const { return page_.hits; }

 private:
  // Answers `query` (or, when `similar` is set, lists the records like it) at `offset` and prints
  // the page; the session moves to it only when it could be answered.
  void show_page(const std::string& query, const std::string& similar, Xapian::doccount offset);
  // The hit numbered `argument` on the page, or nullptr after saying why.
  const Hit* hit_numbered(const std::string& argument);
  void command(const std::string& name, const std::string& argument);
  void error(const std::string& message);

  IndexReader& index_;
  SessionSettings settings_;
  std::ostream& out_;
  OpenFile open_file_;
  std::string query_;     // the query the pages answer, or…
  std::string similar_;   // …the id whose similar records they list
  Xapian::doccount offset_ = 0;
  QueryResult page_;
};

// The `:help` text.
std::string interactive_help();

}  // namespace searcher
