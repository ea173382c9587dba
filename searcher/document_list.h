// @brief DocumentEntry and read_document_list: the documents an index holds, from its `doc:<id>`
// metadata, for `searcher --list-documents` (and shell completion of `source:` ids).
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/file_location.h"

namespace searcher {

struct DocumentEntry {
  std::string id;     // what `source:ID` takes
  std::string title;  // from corpus.tsv; empty when the manifest has none
  std::string file;   // the document's file, opening from the working directory; may be empty
  std::string path;   // the same, absolute
};

// Every document of `db`, sorted by id, one per `doc:<id>` metadata key (schema::kMetaDocumentPrefix).
// An entry that cannot be decoded (index_format/record_codec.h), or lacks a field, still lists
// its id, with the field empty: a listing names what is there rather than failing. Reads metadata only, so it works
// over remote shards too. Throws Xapian::Error (callers add the index's name).
// Files are located by `locator` (IndexReader::locate).
std::vector<DocumentEntry> read_document_list(const Xapian::Database& db, const FileLocator& locator);

}  // namespace searcher
