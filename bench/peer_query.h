// @brief PeerQuery: a workload query (our Xapian QueryParser syntax) taken apart into what a
// generic peer can express: words, phrases, prefixes, a document filter and note filters; and
// its SQLite FTS5 MATCH form.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "analysis/status.h"

namespace bench {

// The parts of one query. Semantics are ours: any word, phrase or prefix may match (OR), ranked
// by BM25; `doc` and `notes` filter (AND). Stopwords are dropped outside phrases, as ours does,
// unless nothing else is left to search: then they are kept, as Xapian's QueryParser keeps them.
struct PeerQuery {
  std::vector<std::string> words;     // lower-cased, stopwords dropped
  std::vector<std::string> phrases;   // as typed, without the quotes
  std::vector<std::string> prefixes;  // "cyb" for cyb*
  std::string doc;                    // source:ID, "" for none
  std::vector<int> notes;             // note:N
  bool operator==(const PeerQuery&) const = default;
};

// Splits `query`. Supported: words, "phrases", word*, source:ID, note:N. Errors (invalid_input,
// "query:COL: error: …"): other fields (kind:, section:), boolean operators, two source: filters,
// a note: that is not a number. The workload generator writes nothing else.
analysis::Result<PeerQuery> parse_peer_query(const std::string& query,
                                             const std::unordered_set<std::string>& stopwords);

// The FTS5 MATCH expression: every word, phrase and prefix quoted ("cyber" OR "cyber units" OR
// "cyb" *), notes as `notes : "n12"` ANDed in front. Empty when there is nothing to search (a
// lone source: filter): FTS5 rejects an empty MATCH, so the caller skips the query (no hits).
std::string fts5_match(const PeerQuery& query);

}  // namespace bench
