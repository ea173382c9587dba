// @brief read_document_list: document manifests from index metadata.
#include "searcher/document_list.h"

#include <nlohmann/json.hpp>

#include "analysis/schema.h"

namespace searcher {

std::vector<DocumentEntry> read_document_list(const Xapian::Database& db) {
  std::vector<DocumentEntry> documents;
  const std::string prefix(analysis::schema::kMetaDocumentPrefix);
  // Metadata keys come back sorted, and a sharded index repeats each manifest in every shard, so
  // one id is listed once.
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const std::string key = *it;
    DocumentEntry entry{key.substr(prefix.size()), "", ""};
    if (!documents.empty() && documents.back().id == entry.id) continue;
    auto manifest = nlohmann::json::parse(db.get_metadata(key), nullptr, /*allow_exceptions=*/false);
    auto field = [&](const char* name) {
      return manifest.is_object() && manifest.contains(name) && manifest[name].is_string()
                 ? manifest[name].get<std::string>()
                 : std::string();
    };
    entry.title = field("title");
    entry.file = field("file");
    documents.push_back(std::move(entry));
  }
  return documents;
}

}  // namespace searcher
