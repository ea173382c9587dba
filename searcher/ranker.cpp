// @brief rank: Enquire with BM25, MSet to Hits, snippets through the SnippetGenerator.
#include "searcher/ranker.h"

#include <algorithm>
#include <set>
#include <string>

#include "index_format/record_codec.h"
#include "index_format/schema.h"
#include "searcher/kind_weighting.h"
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

// One match of the ranked order: its place in the MSet and its score after kind weighting.
struct Ranked {
  Xapian::doccount index;
  double score;
  std::string id;
};

// The first `depth` matches of `enquire`'s query in score order, with each score multiplied by
// kind_factor when `prefer_passages`: ties by record id, as the MSet orders them.
//
// Why not a query that scales the other kinds (OR of the query filtered to passages and the query
// without them, scaled): Xapian then runs the query twice, a tenth of the workload's instructions
// (bench/README.md). Here the query runs once; a scaled score is never above the score the MSet
// ranked it by, so a match beyond the first `fetch` can reach the page only when the last fetched
// score is at least the page's last scaled score. Then the match is run again four times deeper.
// The first match asks for kDeeperFetch times the page and kExtraFetch more (a deeper MSet costs
// little beside a second match): over the benchmark's 320 queries, asking for the page alone
// matched 93 of them twice, twice the page 6, this none.
constexpr Xapian::doccount kDeeperFetch = 2, kExtraFetch = 10;

std::vector<Ranked> ranked_order(Xapian::Enquire& enquire, Xapian::doccount depth, bool prefer_passages,
                                 Xapian::MSet* mset, unsigned* runs) {
  Xapian::doccount fetch = depth;
  if (prefer_passages && depth < Xapian::doccount(-1) / (2 * kDeeperFetch)) fetch = depth * kDeeperFetch + kExtraFetch;
  std::vector<Ranked> order;
  for (;;) {
    // One more than asked for is checked so the estimate is exact at least that far.
    *mset = enquire.get_mset(0, fetch, fetch + 1);
    ++*runs;
    order.clear();
    for (auto it = mset->begin(); it != mset->end(); ++it) {
      std::string id = it.get_sort_key();
      const double factor = prefer_passages ? kind_factor(id) : 1.0;
      order.push_back({it.get_rank(), it.get_weight() * factor, std::move(id)});
    }
    if (!prefer_passages) return order;
    std::stable_sort(order.begin(), order.end(), [](const Ranked& a, const Ranked& b) {
      return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (mset->size() < fetch) break;  // every match is in
    const double beyond = (*mset)[fetch - 1].get_weight();  // the most a match not fetched scores
    if (order.size() >= depth && order[depth - 1].score > beyond) break;
    fetch = fetch > Xapian::doccount(-1) / 4 ? Xapian::doccount(-1) : fetch * 4;
  }
  if (order.size() > depth) order.resize(depth);
  return order;
}

}  // namespace

Result<Ranking> rank(const Xapian::Database& db, const Xapian::Query& query, const analysis::Analyzer& analyzer,
                     const RankOptions& options, const GroupWords& group_words) {
  try {
    Ranking ranking;
    if (query.empty() || options.limit == 0) return ranking;
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    // Equal scores are ordered by record id, not docid, so a sharded index ranks like a single one.
    enquire.set_sort_by_relevance_then_value(index_format::schema::kSlotId, false);
    const Xapian::doccount depth = options.offset + options.limit;
    Xapian::MSet mset;
    const std::vector<Ranked> order = ranked_order(enquire, depth, options.prefer_passages, &mset, &ranking.match_runs);
    ranking.matches_estimated = mset.get_matches_estimated();
    if (options.explain) ranking.term_weights = term_weights(query, mset);
    const size_t end = std::min<size_t>(order.size(), depth);
    // The page's documents asked for as one range, the span of the MSet they come from (a hint
    // to the backend). Not one MSet::fetch per hit: Xapian 1.4 over remote shards then reads
    // further documents than the page's (strace: 19 requests for a page of 10).
    if (options.offset < end) {
      Xapian::doccount first = order[options.offset].index, last = first;
      for (size_t shown = options.offset; shown < end; ++shown) {
        first = std::min(first, order[shown].index);
        last = std::max(last, order[shown].index);
      }
      mset.fetch(mset[first], mset[last]);
    }
    const SnippetGenerator snippets(analyzer, snippet_weights(query, mset, group_words), options.snippet_bytes);
    int position = 0;
    for (size_t shown = options.offset; shown < end; ++shown, ++position) {
      const Ranked& ranked = order[shown];
      Xapian::MSetIterator it = mset[ranked.index];
      auto record = index_format::decode_record(it.get_document().get_data());
      if (!record.is_ok()) {
        return Status::index_error("document " + std::to_string(*it) + ": " + record.status().message());
      }
      Hit hit;
      hit.rank = static_cast<int>(options.offset) + position + 1;
      hit.score = ranked.score;
      hit.percent = static_cast<int>(it.get_percent() * (ranked.score / std::max(it.get_weight(), 1e-300)) + 0.5);
      hit.record = std::move(record).value();
      hit.snippet = snippets.generate(hit.record.text);
      if (options.explain) {
        for (auto t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it); ++t) {
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
