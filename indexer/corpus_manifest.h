// @brief read_corpus: which files of a corpus directory are documents, with their ids and titles.
#pragma once

#include <string>
#include <vector>

#include "analysis/status.h"

namespace indexer {

struct CorpusEntry {
  std::string id;         // stable document id, e.g. "iiss-japan-2021"
  std::string path;       // path to open
  std::string file;       // path for messages: relative to the working directory when inside it
  std::string in_corpus;  // path as recorded in the index: relative to the corpus directory
  std::string title;
  std::string publisher;
  std::string year;
  int manifest_line = 0;  // line in corpus.tsv, 0 when there is none
};

// Reads DIR/corpus.tsv (header "id file title publisher year original_file", tab-separated) when
// it exists; otherwise every regular *.txt file in DIR is a document whose id and title are its
// file name without ".txt". Entries come sorted by id. Errors: a missing or unreadable directory
// (not_found / io_error naming it), a malformed manifest line or duplicate id (invalid_input naming
// corpus.tsv:LINE).
analysis::Result<std::vector<CorpusEntry>> read_corpus(const std::string& dir);

// The corpus root the index records (schema::kMetaCorpusRoot): DIR made absolute and lexically
// normal, without a trailing '/'.
std::string corpus_root(const std::string& dir);

// With DIR/corpus.tsv, the regular files of DIR that it does not list (corpus.tsv itself and
// hidden files aside), which are not indexed: one warning each, sorted, naming the file
// ("corpus/extra.txt: warning: not listed in corpus/corpus.tsv, not indexed"). Without a
// manifest every *.txt file is indexed and nothing is reported. `entries` is read_corpus(DIR).
std::vector<std::string> unlisted_files(const std::string& dir, const std::vector<CorpusEntry>& entries);

}  // namespace indexer
