// @brief rank: runs a built query with BM25 and turns the matches into Hits with snippets.
#pragma once

#include <cstdint>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/status.h"
#include "searcher/expansion_blend.h"
#include "searcher/hit.h"

namespace searcher {

struct RankOptions {
  Xapian::doccount offset = 0;   // hits to skip (--offset)
  Xapian::doccount limit = 10;   // hits to return at most (--limit)
  bool explain = false;          // also fill term weights and each hit's matching terms
  size_t snippet_bytes = 300;    // about how much text a snippet shows
};

// The hits of one page and what Xapian knows about the whole match set.
struct Ranking {
  std::vector<Hit> hits;
  uint64_t matches_estimated = 0;
  std::vector<TermWeight> term_weights;  // explain only: each query term once, by query position
};

// Ranks `query` over `db` with Xapian::BM25Weight and returns hits offset+1 .. offset+limit with
// rank, score, percent, the decoded record and a snippet of its text (SnippetGenerator, weighing
// each query term as the match did, with `analyzer` being the one the query was built with).
// Notes are left for the NoteResolver.
// Errors: Status::busy when the database changed under us (reopen and retry), index_error naming
// the problem for any other Xapian error or an undecodable record.
// With `expansions` (the acronym groups the query used), the best match found only through an
// expansion is shown at rank 3 at the latest (blend_order), looking that far down the first
// kBlendDepth matches.
analysis::Result<Ranking> rank(const Xapian::Database& db, const Xapian::Query& query,
                               const analysis::Analyzer& analyzer, const RankOptions& options,
                               const std::vector<ExpansionTerms>& expansions = {});

}  // namespace searcher
