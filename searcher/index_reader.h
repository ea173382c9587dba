// @brief IndexReader: opens an index directory read-only, checks its schema version, restores the
// Analyzer (word lists and learnt compounds) and acronym groups it was built with; documents'
// entries are read when first asked for, so opening costs the same whatever the number of
// documents.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/status.h"
#include "index_format/acronym_definitions.h"
#include "index_format/acronym_groups.h"
#include "index_format/passage_record.h"
#include "index_format/record_dictionary.h"
#include "searcher/file_location.h"
#include "searcher/shard_set.h"

namespace searcher {

// An open index. Never writes. Neither copied nor moved: query runners, finders and printers hold
// it by reference, so open() returns the reader behind a unique_ptr.
class IndexReader {
 public:
  // Opens the index at `dir`: a directory holding the Xapian stub file index_format::kStubFileName (what
  // the indexer writes), or a stub file itself (e.g. one listing remote shards). Each shard is
  // opened as `shards` says (timeouts; with allow_partial, unreachable shards become warnings()).
  // Errors (kind kIndexError) say how to fix them:
  //  - no index there: "no index at DIR: build it with `indexer --corpus corpus --index DIR`";
  //  - another schema version: "index at DIR was written by schema version X; this searcher reads
  //    version Y: rebuild it with `indexer --index DIR`";
  //  - unreadable Xapian database or metadata: the Xapian message, naming DIR.
  static analysis::Result<std::unique_ptr<IndexReader>> open(const std::string& dir, const ShardOptions& shards = {});

  IndexReader(const IndexReader&) = delete;
  IndexReader& operator=(const IndexReader&) = delete;

  const std::string& dir() const { return dir_; }
  const Xapian::Database& db() const { return db_; }
  const analysis::Analyzer& analyzer() const { return analyzer_; }
  // The acronym groups the indexer built, for query expansion (one metadata read at open).
  const index_format::AcronymGroups& acronyms() const { return acronyms_; }
  // The dictionary the index's records are compressed with (read at open; digested on the first
  // record decoded), for index_format::decode_record.
  const index_format::RecordDictionary& record_dictionary() const { return record_dictionary_; }
  // Every acronym definition of every document, for `--acronyms` (one read per document), each
  // file located from the working directory (locate()).
  // Errors: unreadable metadata, naming the key.
  analysis::Result<std::vector<index_format::AcronymDefinition>> acronym_definitions() const;

  // The entry of document `doc` (title, file, …), read from the index on first use and kept;
  // an empty entry with only the id when the index has none. Its `file` is a path that opens from
  // the working directory the reader was opened in, its `path` the absolute one (locate()).
  // Throws Xapian::Error.
  const index_format::DocumentInfo& document(const std::string& doc) const;

  // The working directory's view of the files the index records (see locate()).
  const FileLocator& locator() const { return locator_; }

  // A file as the index records it (relative to the corpus root), located from the working
  // directory the reader was opened in.
  FileLocation locate(const std::string& file) const { return locator_.locate(file); }

  // Reopens from the stub: after Xapian::DatabaseModifiedError (an indexer swapped generations
  // under us) it finds the new generation; with allow_partial, it leaves out shards that stopped
  // answering. Returns an error Status if the index cannot be reopened.
  analysis::Status reopen();

  // Shards left out because they did not answer (allow_partial only), as messages naming them.
  const std::vector<std::string>& warnings() const { return warnings_; }
  // Whether any shard is served remotely (Xapian's remote backend keeps no spelling data).
  bool remote() const { return remote_; }
  const ShardOptions& shard_options() const { return shard_options_; }

 private:
  IndexReader(std::string dir, Xapian::Database db, analysis::Analyzer analyzer);
  static analysis::Result<OpenedShards> open_stub(const std::string& dir, const ShardOptions& shards);

  std::string dir_;
  Xapian::Database db_;
  analysis::Analyzer analyzer_;
  index_format::AcronymGroups acronyms_;
  index_format::RecordDictionary record_dictionary_;
  FileLocator locator_{"", "/"};
  mutable std::map<std::string, index_format::DocumentInfo> documents_;
  ShardOptions shard_options_;
  std::vector<std::string> warnings_;
  bool remote_ = false;
};

}  // namespace searcher
