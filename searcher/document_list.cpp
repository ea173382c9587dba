// @brief read_document_list: document manifests from index metadata.
#include "searcher/document_list.h"

#include "index_format/record_codec.h"
#include "index_format/schema.h"

namespace searcher {

std::vector<DocumentEntry> read_document_list(const Xapian::Database& db, const FileLocator& locator) {
  std::vector<DocumentEntry> documents;
  const std::string prefix(index_format::schema::kMetaDocumentPrefix);
  // Metadata keys come back sorted, and a sharded index repeats each manifest in every shard, so
  // one id is listed once.
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const std::string key = *it;
    DocumentEntry entry{key.substr(prefix.size()), "", "", ""};
    if (!documents.empty() && documents.back().id == entry.id) continue;
    auto info = index_format::decode_document_info(db.get_metadata(key));
    if (info.is_ok()) {
      entry.title = info->title;
      FileLocation location = locator.locate(info->file);
      entry.file = std::move(location.shown);
      entry.path = std::move(location.absolute);
    }
    documents.push_back(std::move(entry));
  }
  return documents;
}

}  // namespace searcher
