// @brief The index on disk: generations behind a Xapian stub file, swapped in atomically.
//
// Layout of an index directory DIR:
//   DIR/XAPIANDB      Xapian stub file naming the live generation ("auto gen-000007"), or, for a
//                     sharded index, its shards, one line each ("auto gen-000007/shard-0", …)
//   DIR/gen-000007/   the live glass database; DIR/gen-000006/ the one before it, kept so that
//                     a searcher that opened it just before the swap can finish its query
//   DIR/.lock         held by the writing indexer (IndexLock)
// A document's records all go to one shard (chosen by a stable hash of its id), so note links
// resolve within it; every shard carries the whole metadata (schema, word lists, hashes,
// manifests, acronyms), so any shard, or any subset served remotely, describes the index.
// A new generation is written as DIR/gen-N.tmp, committed, compacted (when written from scratch)
// into DIR/gen-N.packed.tmp, renamed to DIR/gen-N, and published by renaming a new stub over
// DIR/XAPIANDB: a reader sees the old generation or the new, never half of one. A crash leaves at most gen-N*.tmp directories,
// removed by the next run.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "index_format/passage_record.h"
#include "analysis/status.h"
#include "index_format/acronym_definitions.h"
#include "index_format/acronym_groups.h"
#include "index_format/record_dictionary.h"
#include "indexer/acronym_finder.h"
#include "indexer/corpus_manifest.h"
#include "indexer/document_writer.h"

namespace indexer {

// What the live generation holds, as far as deciding what to re-index goes.
struct LiveIndex {
  std::string generation;                     // directory name, empty when there is no index yet
  int shards = 1;                             // shard databases in the generation
  std::map<std::string, std::string> hashes;  // document id -> SHA-256 of its file
  std::string word_lists;                     // encode_word_lists() of the lists it was built with
  std::string acronym_groups;                 // AcronymGroups::encode() it was built with
  std::string corpus_root;                    // the corpus directory it was built from
  std::string compounds;                      // encode_compounds() of the compounds it learnt
  index_format::RecordDictionary record_dictionary;  // its records' dictionary (none if it had none)
  std::map<std::string, std::vector<index_format::AcronymDefinition>> acronyms;  // per document
  int schema_version = 0;
  std::string problem;                        // why an existing index could not be read, if so
};

// Reads DIR's live generation. A missing index is not an error (empty LiveIndex); an unreadable
// one comes back with `problem` set, and is rebuilt from scratch.
LiveIndex read_live_index(const std::string& index_dir);

// A document to (re)write: its manifest entry, content hash, records ready for the writer and
// the acronyms it defines.
struct DocumentUpdate {
  CorpusEntry entry;
  std::string hash;
  std::vector<PreparedRecord> records;
  std::vector<LearntAcronym> acronyms;
};

// Hands the documents to write, one at a time and in the order they are to get their docids, to
// `write`; returns an error Status to abandon the generation (nothing is published). `write` may
// throw Xapian::Error or fs::filesystem_error, which the source lets through. Documents are
// produced on the fly so that memory holds a few documents, never the corpus.
using WriteDocument = std::function<void(DocumentUpdate&&)>;
using UpdateSource = std::function<analysis::Status(const WriteDocument& write)>;

struct GenerationSummary {
  std::string generation;
  size_t documents = 0;  // documents in the new generation
  size_t passages = 0;   // records of kind passage
  size_t notes = 0;
  size_t glossaries = 0;
  size_t terms = 0;      // distinct terms
};

// Writes and publishes a new generation, with `groups` (built from every document's definitions)
// stored as the index's acronym groups, analyzer.compounds() as its compounds and `corpus_root`
// (corpus_manifest.h) as its corpus root (the records the sources hand over are mapped with the
// groups and compounds): a
// copy of `live` (when its schema and word lists match `analyzer`'s, else from scratch with `keep`
// documents re-supplied by the sources by the caller), minus `removed` documents, with the
// documents the sources hand over replacing theirs. Each database is committed every
// `commit_every` documents (0: kCommitEvery) so that Xapian's buffered changes, and so memory,
// stay bounded whatever the corpus size (a commit to the unpublished gen-N.tmp is invisible to
// readers). REQUIRES: the caller holds the IndexLock. On any failure, including an error Status
// from a source, the live generation stays published and untouched, the partial directory is
// removed, and the Status names what failed. `shards` is the shard count of the new generation;
// an index is only updated in place with the same count.
//
// `parts`: the documents to write, as consecutive runs of the corpus, each handed over by its own
// source. A generation written from scratch gives each part its own databases and its own thread
// (a WritableDatabase has one writer, and Xapian's inverter and B-tree writes are most of a
// build), with `commit_every` shared between them, and merges the parts in order when it
// compacts them: the docids are those one source handing over every document would give.
// REQUIRES: exactly one part when `live` is updated in place (can_update() and not forced).
// Why 2000: see "Memory" in README.md.
inline constexpr size_t kCommitEvery = 2000;
analysis::Result<GenerationSummary> write_generation(const std::string& index_dir, const LiveIndex& live,
                                                     const std::vector<UpdateSource>& parts,
                                                     const std::vector<std::string>& removed,
                                                     const analysis::Analyzer& analyzer,
                                                     const index_format::AcronymGroups& groups,
                                                     const index_format::RecordDictionary& dictionary,
                                                     const std::string& corpus_root, int shards = 1,
                                                     size_t commit_every = 0);

// The shard (0 … shards-1) holding document `doc_id`: FNV-1a of the id, stable across runs,
// machines and compilers.
int shard_of(const std::string& doc_id, int shards);

// Counts of the generation at DIR/`generation`.
analysis::Result<GenerationSummary> summarize_generation(const std::string& index_dir, const std::string& generation);

// True when `live` can be updated in place of a rebuild: same schema, word lists, shard count and
// corpus root (a moved corpus is rebuilt, so every document's entry names it).
bool can_update(const LiveIndex& live, const analysis::Analyzer& analyzer, int shards, const std::string& corpus_root);

// Removes gen-*.tmp directories and every generation but the live one and `previous` (the one it
// replaced, which a searcher may still be reading).
void remove_stale_generations(const std::string& index_dir, const std::string& previous);

// What interrupted runs left, for a run that publishes nothing: remove_stale_generations with
// `previous` the newest generation older than the live one. REQUIRES: the caller holds the lock.
void remove_leftovers(const std::string& index_dir);

}  // namespace indexer
