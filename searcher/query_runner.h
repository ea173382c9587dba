// @brief QueryRunner: one query from text to a QueryResult: build the query, rank, resolve notes,
// timing each stage for --stats. The searcher's pipeline without options or printing.
#pragma once

#include <string>

#include "analysis/status.h"
#include "searcher/hit.h"
#include "searcher/index_reader.h"
#include "searcher/match_locator.h"
#include "searcher/query_builder.h"
#include "searcher/ranker.h"

namespace searcher {

// REQUIRES: `index` outlives the runner. Reopens the index and retries once when an indexer
// swapped generations mid-query. With rank options per_document, the result has documents
// (count_by_document) instead of hits; with document_order, hits (or documents) in document
// order; with locate_matches, each hit's match_line and match_column.
class QueryRunner {
 public:
  QueryRunner(IndexReader& index, const QueryOptions& query_options, const RankOptions& rank_options)
      : index_(index), query_options_(query_options), rank_options_(rank_options) {}

  // Runs `text`. Fills stats->parse_us and stats->match_us. Errors: the query builder's
  // query_error ("query:COL: error: …") for a bad query, index_error for a broken index.
  analysis::Result<QueryResult> run(const std::string& text, QueryStats* stats);

 private:
  analysis::Result<QueryResult> run_once(const std::string& text, QueryStats* stats);

  IndexReader& index_;
  QueryOptions query_options_;
  RankOptions rank_options_;
  MatchLocator locator_;  // --vimgrep: files read once per run
};

}  // namespace searcher
