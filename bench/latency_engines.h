// @brief LatencyEngine: one search engine driven by the in-process benchmark, each query timed as
// parse, match and render. Ours (QueryRunner + a real printer) and the SQLite FTS5 peer.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>

#include "analysis/status.h"
#include "bench/fts5_searcher.h"
#include "bench/null_stream.h"
#include "bench/workload.h"
#include "searcher/index_reader.h"
#include "searcher/printer.h"
#include "searcher/query_runner.h"

namespace bench {

// One query's cost. total_us is measured around the whole query (ns clock); the parts are what
// each stage reports (ours: QueryStats, whole microseconds) so they may not add up to total_us.
struct Sample {
  double total_us = 0, parse_us = 0, match_us = 0, render_us = 0;
  size_t hits = 0;
  bool error = false;
};

class LatencyEngine {
 public:
  virtual ~LatencyEngine() = default;
  virtual const char* name() const = 0;
  virtual Sample run(const WorkloadQuery& query) = 0;
};

// Our searcher in process: QueryRunner (parse = query builder, match = rank + snippets + notes)
// then the printer for `format` writing into a NullStream (render).
// REQUIRES: `index` outlives the engine.
class OurEngine : public LatencyEngine {
 public:
  OurEngine(searcher::IndexReader& index, int limit, searcher::Format format);
  const char* name() const override { return "ours"; }
  Sample run(const WorkloadQuery& query) override;

 private:
  searcher::QueryRunner runner_;
  NullStream out_, err_;
  std::unique_ptr<searcher::Printer> printer_;
};

// SQLite FTS5 through its C API: parse = translating the query and binding it to the prepared
// statement, match = stepping through the bm25-ordered rows (snippet() included), render = the
// rows as tab-separated lines into a NullStream.
class Fts5Engine : public LatencyEngine {
 public:
  // REQUIRES: `stopwords` outlives the engine (the same list our index was built with).
  Fts5Engine(std::unique_ptr<Fts5Searcher> searcher, const std::unordered_set<std::string>& stopwords, int limit)
      : searcher_(std::move(searcher)), stopwords_(stopwords), limit_(limit) {}
  const char* name() const override { return "fts5"; }
  Sample run(const WorkloadQuery& query) override;

 private:
  std::unique_ptr<Fts5Searcher> searcher_;
  const std::unordered_set<std::string>& stopwords_;
  int limit_;
  NullStream out_;
};

}  // namespace bench
