// @brief LatencyEngine: ours and FTS5, each query timed by stage.
#include "bench/latency_engines.h"

#include <chrono>

#include "bench/peer_query.h"

namespace bench {

namespace {

using Clock = std::chrono::steady_clock;

double micros(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::micro>(to - from).count();
}

}  // namespace

OurEngine::OurEngine(searcher::IndexReader& index, int limit, searcher::Format format)
    : runner_(index, searcher::QueryOptions{}, [&] {
        searcher::RankOptions rank;
        rank.limit = static_cast<Xapian::doccount>(limit);
        return rank;
      }()) {
  printer_ = searcher::make_printer(format, searcher::PrinterOptions{}, out_, err_);
  printer_->begin();
}

Sample OurEngine::run(const WorkloadQuery& query) {
  Sample sample;
  searcher::QueryStats stats;
  auto start = Clock::now();
  auto result = runner_.run(query.query, &stats);
  auto matched = Clock::now();
  if (result.is_ok()) {
    printer_->print_result(result.value());
    printer_->end_query(result.value(), stats);
    sample.hits = result->hits.size();
  } else {
    sample.error = true;
  }
  auto rendered = Clock::now();
  sample.parse_us = static_cast<double>(stats.parse_us);
  sample.match_us = static_cast<double>(stats.match_us);
  sample.render_us = micros(matched, rendered);
  sample.total_us = micros(start, rendered);
  return sample;
}

Sample Fts5Engine::run(const WorkloadQuery& query) {
  Sample sample;
  auto start = Clock::now();
  auto parts = parse_peer_query(query.query, stopwords_);
  std::string match = parts.is_ok() ? fts5_match(parts.value()) : "";
  bool bound = !match.empty() && searcher_->bind(match, parts->doc, limit_).is_ok();
  auto parsed = Clock::now();
  analysis::Result<std::vector<Fts5Hit>> hits = std::vector<Fts5Hit>{};
  if (bound) hits = searcher_->collect();
  auto matched = Clock::now();
  if (hits.is_ok()) {
    int rank = 0;
    for (const Fts5Hit& hit : hits.value()) {
      out_ << ++rank << '\t' << hit.score << '\t' << hit.doc << '\t' << hit.file << '\t' << hit.line << '\t'
           << hit.snippet << '\t' << hit.text << '\n';
    }
    out_.flush();
    sample.hits = hits->size();
  }
  auto rendered = Clock::now();
  sample.error = !parts.is_ok() || !hits.is_ok();
  sample.parse_us = micros(start, parsed);
  sample.match_us = micros(parsed, matched);
  sample.render_us = micros(matched, rendered);
  sample.total_us = micros(start, rendered);
  return sample;
}

}  // namespace bench
