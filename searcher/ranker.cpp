// @brief rank: Enquire with BM25, MSet to Hits, snippets through Xapian's generator.
#include "searcher/ranker.h"

#include <set>
#include <string>

#include "searcher/highlight.h"

namespace searcher {

using analysis::Result;
using analysis::Status;

namespace {

std::vector<TermWeight> term_weights(const Xapian::Query& query, const Xapian::MSet& mset) {
  std::vector<TermWeight> weights;
  std::set<std::string> seen;
  for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
    const std::string term = *it;
    if (!seen.insert(term).second) continue;
    weights.push_back({term, mset.get_termfreq(term), mset.get_termweight(term)});
  }
  return weights;
}

}  // namespace

Result<Ranking> rank(const Xapian::Database& db, const Xapian::Query& query, const Xapian::Stem& stemmer,
                     const RankOptions& options) {
  try {
    Ranking ranking;
    if (query.empty() || options.limit == 0) return ranking;
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    // Ask for one more than the page so the estimate is exact at least that far.
    Xapian::MSet mset = enquire.get_mset(options.offset, options.limit, options.offset + options.limit + 1);
    ranking.matches_estimated = mset.get_matches_estimated();
    if (options.explain) ranking.term_weights = term_weights(query, mset);
    int position = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it, ++position) {
      auto record = analysis::decode_record(it.get_document().get_data());
      if (!record.is_ok()) {
        return Status::index_error("document " + std::to_string(*it) + ": " + record.status().message());
      }
      Hit hit;
      hit.rank = static_cast<int>(options.offset) + position + 1;
      hit.score = it.get_weight();
      hit.percent = it.get_percent();
      hit.record = std::move(record).value();
      hit.snippet = parse_marked_snippet(mset.snippet(
          hit.record.text, options.snippet_bytes, stemmer,
          Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
          std::string(kHighlightStart), std::string(kHighlightEnd), std::string(kSnippetOmission)));
      if (options.explain) {
        for (auto t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it); ++t) {
          hit.matching_terms.push_back(*t);
        }
      }
      ranking.hits.push_back(std::move(hit));
    }
    return ranking;
  } catch (const Xapian::DatabaseModifiedError& e) {
    return Status::busy("index changed while searching: " + e.get_msg());
  } catch (const Xapian::Error& e) {
    return Status::index_error("search failed: " + e.get_description());
  }
}

}  // namespace searcher
