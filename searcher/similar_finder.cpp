// @brief find_similar: relevance feedback from one record to a query.
#include "searcher/similar_finder.h"

#include <cctype>

#include "index_format/schema.h"
#include "searcher/hit_completion.h"
#include "searcher/record_lookup.h"

namespace searcher {

using analysis::Result;
using analysis::Status;
namespace schema = index_format::schema;

namespace {

// Only the record's own words: every other term starts with an upper-case prefix (schema.h), and
// stopwords, indexed for phrases, say nothing about a topic.
class TextWordsOnly : public Xapian::ExpandDecider {
 public:
  explicit TextWordsOnly(const analysis::Analyzer& analyzer) : analyzer_(analyzer) {}
  bool operator()(const std::string& term) const override {
    if (term.empty() || std::isupper(static_cast<unsigned char>(term[0]))) return false;
    return term.size() > 1 && !analyzer_.is_stopword(term);
  }

 private:
  const analysis::Analyzer& analyzer_;
};

}  // namespace

Xapian::Query similar_query(const Xapian::Database& db, Xapian::docid docid, const std::string& id,
                            const std::string& kind, const analysis::Analyzer& analyzer, Xapian::termcount terms) {
  Xapian::Enquire enquire(db);
  Xapian::RSet relevant;
  relevant.add_document(docid);
  const TextWordsOnly decider(analyzer);
  Xapian::ESet eset = enquire.get_eset(terms, relevant, &decider);
  std::vector<Xapian::Query> words;
  for (auto it = eset.begin(); it != eset.end(); ++it) words.emplace_back(*it);
  if (words.empty()) return Xapian::Query();
  // A passage's rare words are often its notes' (a source's title): without the kind filter the
  // notes citing the same report outrank the passages on the same subject.
  Xapian::Query like(Xapian::Query::OP_OR, words.begin(), words.end());
  like = Xapian::Query(Xapian::Query::OP_FILTER, like, Xapian::Query(std::string(schema::kPrefixKind) + kind));
  return Xapian::Query(Xapian::Query::OP_AND_NOT, like, Xapian::Query(std::string(schema::kPrefixId) + id));
}

Result<QueryResult> find_similar(const IndexReader& index, const std::string& key, const RankOptions& rank_options) {
  auto found = find_records(index, key);
  if (!found.is_ok()) return found.status();
  // note:N may name several documents' notes: the first is the one compared.
  const FoundRecord& source = found->front();
  QueryResult result;
  result.query = "similar:" + source.record.id;
  Xapian::Query query;
  try {
    query = similar_query(index.db(), source.docid, source.record.id, source.record.kind, index.analyzer());
  } catch (const Xapian::Error& e) {
    return Status::index_error("finding records like '" + source.record.id + "': " + e.get_description());
  }
  result.parsed = query.get_description();
  RankOptions options = rank_options;
  options.dictionary = &index.record_dictionary();
  auto ranking = rank(index.db(), query, index.analyzer(), options);
  if (!ranking.is_ok()) return ranking.status();
  Status completed = complete_hits(index, ranking->hits);
  if (!completed.is_ok()) return completed;
  result.hits = std::move(ranking->hits);
  result.matches_estimated = ranking->matches_estimated;
  result.term_weights = std::move(ranking->term_weights);
  return result;
}

}  // namespace searcher
