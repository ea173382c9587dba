// @brief QueryRunner: build, rank, resolve, timed.
#include "searcher/query_runner.h"

#include <chrono>

#include "searcher/hit_completion.h"
#include "searcher/document_counter.h"
#include "searcher/hit_order.h"
#include "searcher/expansion_blend.h"
#include "searcher/note_resolver.h"
#include "searcher/query_intent.h"

namespace searcher {

using analysis::Result;
using analysis::Status;

namespace {

int64_t micros_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
}

// The built query with the expansion-only bonus in its score.
Xapian::Query weighted_query(const BuiltQuery& built, const Xapian::Database& db, bool synonyms) {
  return synonyms ? blend_expansions(built.query, built.expansion_only, db) : built.query;
}

}  // namespace

Result<QueryResult> QueryRunner::run(const std::string& text, QueryStats* stats) {
  auto result = run_once(text, stats);
  if (!result.is_ok() && result.status().kind() == Status::Kind::kIoError) {
    // A remote shard went away mid-query: with --allow-partial, go on without it; otherwise
    // name the shards that no longer answer.
    ShardOptions probe = index_.shard_options();
    if (!probe.allow_partial) {
      probe.allow_partial = true;
      std::string dead;
      auto probed = IndexReader::open(index_.dir(), probe);
      if (probed.is_ok()) {
        for (const auto& w : probed.value()->warnings()) dead += "\n  " + w;
      }
      return Status::index_error(result.status().message() + dead + "\n(--allow-partial searches the others)");
    }
    Status reopened = index_.reopen();
    if (!reopened.is_ok()) return reopened;
    return run_once(text, stats);
  }
  if (result.is_ok() || result.status().kind() != Status::Kind::kBusy) return result;
  Status reopened = index_.reopen();
  if (!reopened.is_ok()) return reopened;
  result = run_once(text, stats);
  if (!result.is_ok() && result.status().kind() == Status::Kind::kBusy) {
    return Status::index_error("index at " + index_.dir() + " keeps changing: " + result.status().message());
  }
  return result;
}

Result<QueryResult> QueryRunner::run_once(const std::string& text, QueryStats* stats) {
  QueryResult result;
  result.query = text;

  auto start = std::chrono::steady_clock::now();
  Result<BuiltQuery> built = [&]() -> Result<BuiltQuery> {
    try {
      QueryOptions options = query_options_;
      options.spelling_data = !index_.remote();
      return build_query(text, options, index_.db(), index_.analyzer(), &index_.acronyms());
    } catch (const Xapian::DatabaseModifiedError& e) {
      return Status::busy("index changed while parsing: " + e.get_msg());
    } catch (const Xapian::NetworkError& e) {
      return Status::io_error("a remote shard stopped answering: " + e.get_description());
    } catch (const Xapian::Error& e) {
      return Status::index_error("parsing the query: " + e.get_description());
    }
  }();
  if (stats) stats->parse_us = micros_since(start);
  if (!built.is_ok()) return built.status();
  result.suggestion = built->suggestion;
  result.notices = built->notices;
  result.unmatched = built->unmatched;
  result.expansions = built->expansions;

  start = std::chrono::steady_clock::now();
  if (rank_options_.per_document) {
    auto counts = count_by_document(index_.db(), built->query, rank_options_.document_order, index_.record_dictionary());
    if (!counts.is_ok()) return counts.status();
    try {
      for (DocumentCount& count : counts.value()) {
        const index_format::DocumentInfo& document = index_.document(count.doc);
        count.title = document.title;
        count.file = document.file;
        count.path = document.path;
        result.matches_estimated += static_cast<uint64_t>(count.count);
      }
    } catch (const Xapian::DatabaseModifiedError& e) {
      return Status::busy("index changed while reading documents: " + e.get_msg());
    } catch (const Xapian::NetworkError& e) {
      return Status::io_error("a remote shard stopped answering: " + e.get_description());
    } catch (const Xapian::Error& e) {
      return Status::index_error("reading the documents of the matches: " + e.get_description());
    }
    result.documents = std::move(counts).value();
    if (stats) stats->match_us = micros_since(start);
    return result;
  }
  RankOptions rank_options = rank_options_;
  rank_options.dictionary = &index_.record_dictionary();
  // Passages preferred over notes and the glossary unless the query aims at those: asked only
  // when the page holds a note or the glossary (ranked_order.h), inside rank(), which reports a
  // Xapian error of the question as its own.
  rank_options.prefer_passages = [&] {
    return !aims_at_notes(built->query, index_.db(), NoteSignals{built->aims_at_notes}, index_.remote());
  };
  Result<Xapian::Query> weighted = [&]() -> Result<Xapian::Query> {
    try {
      return weighted_query(built.value(), index_.db(), query_options_.synonyms);
    } catch (const Xapian::DatabaseModifiedError& e) {
      return Status::busy("index changed while weighing the query: " + e.get_msg());
    } catch (const Xapian::NetworkError& e) {
      return Status::io_error("a remote shard stopped answering: " + e.get_description());
    } catch (const Xapian::Error& e) {
      return Status::index_error("weighing the query: " + e.get_description());
    }
  }();
  if (!weighted.is_ok()) return weighted.status();
  result.parsed = weighted->get_description();
  auto ranking = rank(index_.db(), weighted.value(), index_.analyzer(), rank_options, built->group_words);
  if (!ranking.is_ok()) return ranking.status();
  Status completed = complete_hits(index_, ranking->hits);
  if (!completed.is_ok()) return completed;
  if (rank_options_.document_order) order_by_document(ranking->hits);
  if (rank_options_.locate_matches) {
    for (Hit& hit : ranking->hits) {
      const MatchPosition position = locator_.locate(hit);
      hit.match_line = position.line;
      hit.match_column = position.column;
    }
  }
  result.hits = std::move(ranking->hits);
  result.matches_estimated = ranking->matches_estimated;
  result.term_weights = std::move(ranking->term_weights);
  if (stats) stats->match_us = micros_since(start);
  return result;
}

}  // namespace searcher
