// @brief find_similar: passages like a given one, by Xapian's relevance feedback, as Omega's
// "similar" and Recoll's "similar documents": the record is the relevance set (RSet), the most
// telling words of it (Enquire::get_eset) become an OR query, and the record itself is left out.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/status.h"
#include "searcher/hit.h"
#include "searcher/index_reader.h"
#include "searcher/ranker.h"

namespace searcher {

// How many expand terms make the query: enough for a passage's topic, few enough that common
// words of the record do not outweigh it.
inline constexpr Xapian::termcount kSimilarTerms = 24;

// The query for records like document `docid` (record id `id`, of kind `kind`): the `terms` best
// expand terms of its text words (prefixed terms, such as ids, kinds, sections and stems, and
// stopwords are left out), OR-ed, over records of the same kind (passages like a passage, notes
// like a note), with `id`'s own document excluded. An empty query when the record has no such word.
// Throws Xapian::Error.
Xapian::Query similar_query(const Xapian::Database& db, Xapian::docid docid, const std::string& id,
                            const std::string& kind, const analysis::Analyzer& analyzer, Xapian::termcount terms = kSimilarTerms);

// The ranked records like the one `key` names (find_records: an id, or note:N), one page of
// `rank_options`, as a QueryResult whose query reads "similar:KEY", with documents and notes
// filled as for a query. Errors: find_records' (invalid_input, not_found, index_error), and the
// ranker's.
analysis::Result<QueryResult> find_similar(const IndexReader& index, const std::string& key,
                                           const RankOptions& rank_options);

}  // namespace searcher
