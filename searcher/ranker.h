// @brief rank: runs a built query with BM25 and turns the matches into Hits with snippets.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/status.h"
#include "index_format/record_dictionary.h"
#include "searcher/hit.h"

namespace searcher {

// For each acronym group term a query uses (XAmod), the index terms of its members' words ("Zmod",
// "ministry", "defense"; stopwords left out), so snippets find and highlight every member.
using GroupWords = std::map<std::string, std::vector<std::string>>;

struct RankOptions {
  Xapian::doccount offset = 0;   // hits to skip (--offset)
  Xapian::doccount limit = 10;   // hits to return at most (--limit)
  bool explain = false;          // also fill term weights and each hit's matching terms
  size_t snippet_bytes = 300;    // about how much text a snippet shows
  bool document_order = false;   // --sort document: the page's hits in document order (hit_order.h)
  bool per_document = false;     // --count, --files-with-matches: count every match by document
  bool locate_matches = false;   // --vimgrep: each hit's match located in its file (match_locator.h)
  // Whether notes' and the glossary's scores are multiplied by kind_factor (kind_weighting.h).
  // Asked at most once, and only when the answer could change the page: a record other than a
  // passage among the query's first `offset + limit` by BM25 (ranked_order.h). Most pages hold
  // passages alone, and the question (query_intent.h) is then never paid for. Empty: never.
  std::function<bool()> prefer_passages = {};
  // The index's record dictionary (IndexReader::record_dictionary), which its records need to be
  // decoded; none for an index written without one (test fixtures).
  const index_format::RecordDictionary* dictionary = nullptr;
};

// The hits of one page and what Xapian knows about the whole match set.
struct Ranking {
  std::vector<Hit> hits;
  uint64_t matches_estimated = 0;
  std::vector<TermWeight> term_weights;  // explain only: each query term once, by query position
  unsigned match_runs = 0;               // matches run: more than one when kind weighting looked deeper
};

// Ranks `query` over `db` with Xapian::BM25Weight and returns hits offset+1 .. offset+limit with
// rank, score, percent, the decoded record and a snippet of its text (SnippetGenerator, weighing
// each query term as the match did, with `analyzer` being the one the query was built with). The
// record's title and file, which belong to its document, are left for the caller
// (IndexReader::document).
// Errors: Status::busy when the database changed under us (reopen and retry), index_error naming
// the problem for any other Xapian error or an undecodable record.
// Hits are in score order: what should weigh more (a match found only through an acronym
// expansion) is in `query` already (blend_expansions), except a passage over a note: with
// options.prefer_passages answering yes, a note's or the glossary's score is scaled by kind_factor, and percent
// with it, and the order is that of the scaled scores (ties by record id), exactly.
analysis::Result<Ranking> rank(const Xapian::Database& db, const Xapian::Query& query,
                               const analysis::Analyzer& analyzer, const RankOptions& options,
                               const GroupWords& group_words = {});

}  // namespace searcher
