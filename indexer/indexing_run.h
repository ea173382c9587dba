// @brief run_indexing: one indexer run, corpus directory to published index, with its report.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "analysis/status.h"

namespace indexer {

struct IndexingOptions {
  std::string corpus_dir = "corpus";
  std::string index_dir = "index";
  std::string word_lists_dir;  // stopwords/ with english.txt, spelling_variants.tsv and bigram_words.txt
  bool wait_for_lock = false;
  bool force = false;          // rebuild every document even if unchanged
  int shards = 0;              // shard databases to write; 0: as many as the live index has (1 if none)
  int jobs = 0;                // threads reading, parsing, analysing and writing documents (a fresh
                               // build: that many parts written side by side, then merged; an update:
                               // that many feeding one writer); 0: std::thread::hardware_concurrency().
                               // The index is the same for any value.
  size_t commit_every = 0;     // documents between commits of the new generation; 0: kCommitEvery (index_writer.h)
  size_t pairs_in_memory = 0;  // word pairs of the compound evidence held in memory before they are spilled
                               // to a temporary file in index_dir; 0: analysis::kPairsInMemory
};

struct IndexingReport {
  size_t documents = 0, reindexed = 0, unchanged = 0, removed = 0, failed = 0;
  size_t passages = 0, notes = 0, glossaries = 0, terms = 0;
  bool rewritten = false;            // false: the corpus was unchanged and nothing was written
  std::string generation;
  std::vector<std::string> errors;   // per-file errors ("file:line:col: error: …"), files skipped
  std::vector<std::string> warnings;
};

// Reads the corpus, parses each new or changed document (by SHA-256 against the live index),
// and publishes a new generation holding every document that could be read. A document that
// fails to parse is reported in `errors` and, if it was indexed before, keeps its previous
// records. Returns an error Status (and leaves the live index as it was) when the corpus directory
// or word lists are unusable, another indexer holds the lock, no document could be indexed, or
// writing fails (the new generation or the temporary file of word pair counts), or a file changes between the two reads a run makes of it. `progress` (may be
// empty) is told each file as it is processed, in corpus order, on the calling thread.
analysis::Result<IndexingReport> run_indexing(const IndexingOptions& options,
                                              const std::function<void(const std::string&)>& progress);

}  // namespace indexer
