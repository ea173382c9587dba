// @brief rank: Enquire with BM25, MSet to Hits, snippets through the SnippetGenerator.
#include "searcher/ranker.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "index_format/record_codec.h"
#include "searcher/ranked_order.h"
#include "searcher/snippet_generator.h"

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

// Each query term with its weight in the query, for choosing each hit's snippet.
QueryTermWeights snippet_weights(const Xapian::Query& query, const Xapian::MSet& mset, const GroupWords& group_words) {
  QueryTermWeights weights;
  for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) weights.emplace(*it, mset.get_termweight(*it));
  // An acronym group's term stands for its members' words: they weigh in the window as the group.
  for (const auto& [group_term, words] : group_words) {
    auto found = weights.find(group_term);
    if (found == weights.end()) continue;
    const double weight = found->second;
    for (const auto& word : words) {
      double& w = weights[word];
      w = std::max(w, weight);
    }
  }
  return weights;
}

// What `term` alone weighs in document `docid` under BM25 with the whole index's statistics:
// Xapian's own weight for the term, as --explain reports it per hit.
double term_weight_in(const Xapian::Database& db, const std::string& term, Xapian::docid docid) {
  Xapian::Enquire single(db);
  single.set_weighting_scheme(Xapian::BM25Weight());
  // Restricted to the one document by a match decider: the term's statistics stay the index's.
  struct OnlyDoc : Xapian::MatchDecider {
    Xapian::docid wanted;
    explicit OnlyDoc(Xapian::docid d) : wanted(d) {}
    bool operator()(const Xapian::Document& doc) const override { return doc.get_docid() == wanted; }
  } only(docid);
  single.set_query(Xapian::Query(term));
  Xapian::MSet m = single.get_mset(0, 1, nullptr, &only);
  return m.empty() ? 0.0 : m.begin().get_weight();
}

}  // namespace

Result<Ranking> rank(const Xapian::Database& db, const Xapian::Query& query, const analysis::Analyzer& analyzer,
                     const RankOptions& options, const GroupWords& group_words) {
  try {
    Ranking ranking;
    if (query.empty() || options.limit == 0) return ranking;
    const Xapian::doccount depth = options.offset + options.limit;
    const RankedOrder order = rank_order(db, query, depth, options.prefer_passages);
    ranking.match_runs = order.match_runs;
    const Xapian::MSet& mset = order.msets.front();
    ranking.matches_estimated = mset.get_matches_estimated();
    if (options.explain) ranking.term_weights = term_weights(query, mset);
    const size_t end = std::min<size_t>(order.matches.size(), depth);
    // The page's documents asked for as one range per MSet, the span they come from (a hint to
    // the backend). Not one MSet::fetch per hit: Xapian 1.4 over remote shards then reads further
    // documents than the page's (strace: 19 requests for a page of 10).
    for (size_t m = 0; m < order.msets.size(); ++m) {
      Xapian::doccount first = Xapian::doccount(-1), last = 0;
      for (size_t shown = options.offset; shown < end; ++shown) {
        if (order.matches[shown].mset != m) continue;
        first = std::min(first, order.matches[shown].index);
        last = std::max(last, order.matches[shown].index);
      }
      if (first <= last) order.msets[m].fetch(order.msets[m][first], order.msets[m][last]);
    }
    const SnippetGenerator snippets(analyzer, snippet_weights(query, mset, group_words), options.snippet_bytes);
    std::optional<Xapian::Enquire> explained;  // --explain's matching terms: the query's own
    if (options.explain) explained.emplace(db).set_query(query);
    int position = 0;
    for (size_t shown = options.offset; shown < end; ++shown, ++position) {
      const RankedMatch& ranked = order.matches[shown];
      Xapian::MSetIterator it = order.msets[ranked.mset][ranked.index];
      auto record = index_format::decode_record(it.get_document().get_data(), index_format::kAllFields,
                                                options.dictionary ? *options.dictionary : index_format::RecordDictionary());
      if (!record.is_ok()) {
        return Status::index_error("document " + std::to_string(*it) + ": " + record.status().message());
      }
      Hit hit;
      hit.rank = static_cast<int>(options.offset) + position + 1;
      hit.score = ranked.score;
      // On the query's own scale, whichever MSet the match came from.
      hit.percent = mset.convert_to_percent(ranked.score);
      hit.record = std::move(record).value();
      hit.snippet = snippets.generate(hit.record.text);
      if (options.explain) {
        for (auto t = explained->get_matching_terms_begin(*it); t != explained->get_matching_terms_end(*it); ++t) {
          hit.matching_terms.push_back(*t);
          hit.matching_weights.push_back(term_weight_in(db, *t, *it));
        }
      }
      ranking.hits.push_back(std::move(hit));
    }
    return ranking;
  } catch (const Xapian::DatabaseModifiedError& e) {
    return Status::busy("index changed while searching: " + e.get_msg());
  } catch (const Xapian::NetworkError& e) {
    return Status::io_error("a remote shard stopped answering: " + e.get_description());
  } catch (const Xapian::Error& e) {
    return Status::index_error("search failed: " + e.get_description());
  }
}

}  // namespace searcher
