// @brief SummaryPrinter: one entry per document with matches, for --count (matches per
// document) and --files-with-matches (-l), as rg's summary printer: text, TSV or JSON.
//
//   text, --count:               FILE:COUNT        (rg -c)
//   text, --files-with-matches:  FILE              (rg -l; xargs-ready)
//   tsv:   a header, then per document  doc file count  (--count) or  doc file  (-l); in --batch
//          a first column `query`
//   json:  per document {"type":"document", query, doc, title, file, path, count, best_rank}, and
//          per query {"type":"summary", query, suggestion, documents, matches} (plus "stats" with
//          --stats)
// FILE opens from the working directory (relative below it, absolute elsewhere); `path` is
// absolute. Documents come best first (the one with the best match first) or, with --sort
// document, by document id. In text and TSV, "Did you mean" and stats go to `err`; in text
// --batch, a "query: …" line opens each query.
#pragma once

#include <ostream>

#include "searcher/printer.h"

namespace searcher {

class SummaryPrinter : public Printer {
 public:
  // REQUIRES: options.view is kCount or kFiles.
  SummaryPrinter(Format format, const PrinterOptions& options, std::ostream& out, std::ostream& err)
      : format_(format), options_(options), out_(out), err_(err) {}

  void begin() override;
  void print_result(const QueryResult& result) override;
  void end_query(const QueryResult& result, const QueryStats& stats) override;

 private:
  bool counting() const { return options_.view == View::kCount; }

  Format format_;
  PrinterOptions options_;
  std::ostream& out_;
  std::ostream& err_;
};

}  // namespace searcher
