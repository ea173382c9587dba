// @brief count_by_document: matches counted per document.
#include "searcher/document_counter.h"

#include <algorithm>
#include <map>

#include "index_format/record_codec.h"
#include "index_format/schema.h"

namespace searcher {

using analysis::Result;
using analysis::Status;

Result<std::vector<DocumentCount>> count_by_document(const Xapian::Database& db, const Xapian::Query& query,
                                                     bool document_order,
                                                     const index_format::RecordDictionary& dictionary) {
  std::vector<DocumentCount> counts;
  if (query.empty()) return counts;
  try {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    enquire.set_sort_by_relevance_then_value(index_format::schema::kSlotId, false);
    const Xapian::doccount all = std::max<Xapian::doccount>(1, db.get_doccount());
    Xapian::MSet mset = enquire.get_mset(0, all, all);
    if (!mset.empty()) mset.fetch(mset.begin(), mset.end());
    std::map<std::string, size_t> position;  // doc -> index in counts
    int rank = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      ++rank;
      auto record = index_format::decode_record(it.get_document().get_data(), index_format::kFieldIdentity, dictionary);
      if (!record.is_ok()) return Status::index_error("document " + std::to_string(*it) + ": " + record.status().message());
      auto [found, added] = position.emplace(record->doc, counts.size());
      if (added) counts.push_back(DocumentCount{record->doc, "", "", "", 0, rank});
      ++counts[found->second].count;
    }
  } catch (const Xapian::DatabaseModifiedError& e) {
    return Status::busy("index changed while counting: " + e.get_msg());
  } catch (const Xapian::NetworkError& e) {
    return Status::io_error("a remote shard stopped answering: " + e.get_description());
  } catch (const Xapian::Error& e) {
    return Status::index_error("counting matches failed: " + e.get_description());
  }
  if (document_order) {
    std::sort(counts.begin(), counts.end(), [](const DocumentCount& a, const DocumentCount& b) { return a.doc < b.doc; });
  }
  return counts;
}

}  // namespace searcher
