// @brief complete_hits: documents and notes of ranked hits.
#include "searcher/hit_completion.h"

#include "searcher/note_resolver.h"

namespace searcher {

using analysis::Status;

Status complete_hits(const IndexReader& index, std::vector<Hit>& hits) {
  try {
    for (Hit& hit : hits) {
      const index_format::DocumentInfo& document = index.document(hit.record.doc);
      hit.record.title = document.title;
      hit.record.file = document.file;
      hit.record.path = document.path;
      attach_notes(hit, document);
    }
  } catch (const Xapian::DatabaseModifiedError& e) {
    return Status::busy("index changed while reading documents: " + e.get_msg());
  } catch (const Xapian::NetworkError& e) {
    return Status::io_error("a remote shard stopped answering: " + e.get_description());
  } catch (const Xapian::Error& e) {
    return Status::index_error("reading the documents of the hits: " + e.get_description());
  }
  return Status::ok();
}

}  // namespace searcher
