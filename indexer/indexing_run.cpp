// @brief One indexer run.
#include "indexer/indexing_run.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "analysis/compound_learner.h"
#include "index_format/compounds_codec.h"
#include "index_format/document_mapping.h"
#include "index_format/record_codec.h"
#include "index_format/record_dictionary.h"
#include "indexer/acronym_finder.h"
#include "indexer/content_hash.h"
#include "indexer/corpus_manifest.h"
#include "indexer/document_parser.h"
#include "indexer/document_writer.h"
#include "indexer/index_lock.h"
#include "indexer/index_writer.h"
#include "indexer/ordered_pipeline.h"

namespace indexer {
namespace fs = std::filesystem;
using analysis::Result;
using analysis::Status;

namespace {

Result<std::string> read_file(const CorpusEntry& entry) {
  std::error_code ec;
  const fs::file_status st = fs::status(entry.path, ec);
  // A symbolic link loop is not a missing file: say what the system says.
  if (ec && ec != std::errc::no_such_file_or_directory) return Status::io_error(entry.file + ": error: cannot open: " + ec.message());
  if (ec || !fs::exists(st)) return Status::not_found(entry.file + ": error: file does not exist");
  if (fs::is_directory(st)) return Status::invalid_input(entry.file + ": error: is a directory, not a text file");
  if (!fs::is_regular_file(st)) return Status::invalid_input(entry.file + ": error: not a regular file");
  std::ifstream in(entry.path, std::ios::binary);
  if (!in) return Status::io_error(entry.file + ": error: cannot read the file (permission denied?)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::io_error(entry.file + ": error: read failed");
  return bytes.str();
}

std::vector<std::string> split_lines(const std::string& bytes) {
  std::vector<std::string> lines;
  std::istringstream in(bytes);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void fill_counts(const GenerationSummary& summary, IndexingReport* report) {
  report->generation = summary.generation;
  report->documents = summary.documents;
  report->passages = summary.passages;
  report->notes = summary.notes;
  report->glossaries = summary.glossaries;
  report->terms = summary.terms;
}

// Analyzers for worker threads. An Analyzer is not safe to share between threads (its
// Xapian::Stem keeps state across calls), so each worker borrows one of its own, built from the
// same word lists.
class AnalyzerPool {
 public:
  explicit AnalyzerPool(const analysis::Analyzer& base) : base_(base) {}
  struct Lease {
    AnalyzerPool* pool;
    std::unique_ptr<analysis::Analyzer> analyzer;
    ~Lease() {
      std::lock_guard lock(pool->mutex_);
      pool->free_.push_back(std::move(analyzer));
    }
  };
  Lease borrow() {
    {
      std::lock_guard lock(mutex_);
      if (!free_.empty()) {
        auto analyzer = std::move(free_.back());
        free_.pop_back();
        return Lease{this, std::move(analyzer)};
      }
    }
    return Lease{this, std::make_unique<analysis::Analyzer>(base_.lists(), base_.compounds())};
  }

 private:
  const analysis::Analyzer& base_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<analysis::Analyzer>> free_;
};

// What the first pass keeps of a document: enough to decide what to write and to build the
// acronym groups, not its records, so memory does not grow with the corpus.
struct Scanned {
  std::string error;  // read or parse error, empty if none
  bool read_failed = false;
  std::string hash;
  size_t bytes = 0;  // the file's size
  bool unchanged = false;
  std::vector<std::string> warnings;
  std::vector<LearntAcronym> acronyms;  // until the acronym groups are built
  analysis::CompoundEvidence evidence;  // merged into the run's and emptied when consumed
  std::vector<std::string> fields;      // its records' fields, offered to the dictionary's sampler
};

// The compound evidence of one document's records, as they are indexed. Reads `analyzer`'s word
// lists only, so the scan threads share it.
void add_evidence(const std::vector<index_format::PassageRecord>& records, const analysis::Analyzer& analyzer,
                  analysis::CompoundEvidence* evidence) {
  for (const auto& record : records) evidence->add_text(index_format::text_to_index(record), analyzer);
}

// Documents handed to the writer but not yet written, per worker: enough to keep every core
// busy while the window stays a few documents.
constexpr size_t kWindowPerJob = 4;

// Cuts documents [0, scanned.size()) into at most `count` consecutive runs [first, last) of about
// equal size in bytes (none empty), so that parts written side by side finish together.
std::vector<std::pair<size_t, size_t>> split_by_size(const std::vector<Scanned>& scanned, size_t count) {
  size_t total = 0;
  for (const auto& s : scanned) total += s.bytes;
  count = std::max<size_t>(1, std::min(count, scanned.size()));
  std::vector<std::pair<size_t, size_t>> runs;
  size_t first = 0, seen = 0;
  for (size_t k = 0; k < scanned.size(); ++k) {
    seen += scanned[k].bytes;
    const size_t left = scanned.size() - k - 1;       // documents after this one
    const size_t runs_after = count - runs.size() - 1;  // runs still to start after this one
    // Close the run when its share of the bytes is reached, as long as every later run can still
    // have a document.
    if (runs_after > 0 && left >= runs_after && seen * count >= total * (runs.size() + 1)) {
      runs.emplace_back(first, k + 1);
      first = k + 1;
    }
  }
  if (first < scanned.size()) runs.emplace_back(first, scanned.size());
  return runs;
}

// Hands memory that is free but still mapped back to the system (glibc keeps it in its arenas).
void release_free_memory() {
#if defined(__GLIBC__)
  ::malloc_trim(0);
#endif
}

}  // namespace

Result<IndexingReport> run_indexing(const IndexingOptions& options,
                                    const std::function<void(const std::string&)>& progress) {
  auto lists = analysis::read_word_lists(options.word_lists_dir);
  if (!lists.is_ok()) return lists.status();
  const analysis::Analyzer analyzer(std::move(lists).value());

  auto corpus = read_corpus(options.corpus_dir);
  if (!corpus.is_ok()) return corpus.status();

  std::error_code ec;
  fs::create_directories(options.index_dir, ec);
  if (ec) return Status::io_error(options.index_dir + ": error: cannot create the index directory: " + ec.message());
  auto lock = IndexLock::acquire(options.index_dir, options.wait_for_lock);
  if (!lock.is_ok()) return lock.status();

  IndexingReport report;
  const LiveIndex live = read_live_index(options.index_dir);
  const std::vector<std::string> unlisted = unlisted_files(options.corpus_dir, corpus.value());
  const int shards = options.shards > 0 ? options.shards : (live.generation.empty() ? 1 : live.shards);
  const std::string root = corpus_root(options.corpus_dir);
  bool incremental = can_update(live, analyzer, shards, root) && !options.force;

  const int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const size_t window = kWindowPerJob * static_cast<size_t>(jobs);

  // First pass: reads and parses the documents to (re)write (the changed ones when updating in
  // place, all of them otherwise) on `jobs` threads, and keeps their hashes and acronyms. Their
  // records are built again in the second pass, once the acronym groups are known: parsing is a
  // few percent of a run, holding every record would make memory grow with the corpus.
  std::vector<size_t> to_write;  // indexes in corpus.value()
  std::vector<Scanned> scanned;  // per document of to_write
  std::set<std::string> present;
  std::vector<size_t> unchanged;  // indexes in corpus.value() of documents kept as the live index has them
  // Of the documents scanned. Its word pairs grow with the corpus, so beyond
  // analysis::kPairsInMemory they go to an anonymous file in the index directory, the one place
  // the indexer writes, gone with the process.
  analysis::CompoundEvidence evidence;
  // An even sample of the records written, in corpus order, that the records' zstd dictionary is
  // trained on (a generation written from scratch; an update keeps the live index's dictionary).
  index_format::RecordSampler sampler;
  const auto& entries = corpus.value();
  auto collect = [&]() -> Status {
    to_write.clear();
    scanned.clear();
    present.clear();
    unchanged.clear();
    evidence = analysis::CompoundEvidence{};
    sampler = index_format::RecordSampler{};
    evidence.spill_into(options.index_dir, options.pairs_in_memory > 0 ? options.pairs_in_memory : analysis::kPairsInMemory);
    Status status = Status::ok();
    // The report starts afresh when the first pass runs again (see below), with the warnings
    // about the corpus as a whole.
    report = IndexingReport{};
    if (!live.problem.empty()) report.warnings.push_back(live.problem + "; rebuilding it");
    report.warnings.insert(report.warnings.end(), unlisted.begin(), unlisted.end());
    run_ordered<Scanned>(
        entries.size(), jobs, window,
        [&](size_t i) {
          const CorpusEntry& entry = entries[i];
          Scanned s;
          auto bytes = read_file(entry);
          if (!bytes.is_ok()) {
            s.read_failed = true;
            s.error = bytes.status().message();
            return s;
          }
          s.hash = sha256_hex(bytes.value());
          s.bytes = bytes.value().size();
          auto known = live.hashes.find(entry.id);
          if (incremental && known != live.hashes.end() && known->second == s.hash) {
            s.unchanged = true;
            return s;
          }
          auto parsed = parse_document(entry.file, bytes.value());
          if (!parsed.is_ok()) {
            s.error = parsed.status().message();
            return s;
          }
          for (const auto& w : parsed->warnings) s.warnings.push_back(w.to_string());
          auto records = build_records(entry, parsed.value());
          s.acronyms = find_acronyms(parsed.value(), records, split_lines(bytes.value()));
          add_evidence(records, analyzer, &s.evidence);
          if (!incremental) {
            for (const auto& record : records) s.fields.push_back(index_format::record_fields(record));
          }
          return s;
        },
        [&](size_t i, Scanned&& s) {
          const CorpusEntry& entry = entries[i];
          if (progress) progress(entry.file);
          if (s.read_failed) {
            report.errors.push_back(std::move(s.error));
            if (live.hashes.count(entry.id)) present.insert(entry.id);  // keep what was indexed
            ++report.failed;
            return true;
          }
          present.insert(entry.id);
          if (s.unchanged) {
            ++report.unchanged;
            unchanged.push_back(i);
            return true;
          }
          if (!s.error.empty()) {
            report.errors.push_back(std::move(s.error));
            if (!incremental || !live.hashes.count(entry.id)) present.erase(entry.id);
            ++report.failed;
            return true;
          }
          for (auto& w : s.warnings) report.warnings.push_back(std::move(w));
          s.warnings.clear();
          status = evidence.merge(s.evidence);
          if (!status.is_ok()) return false;
          s.evidence = analysis::CompoundEvidence{};
          for (auto& fields : s.fields) sampler.add(std::move(fields));
          // A new vector, not `= {}`: that clears and keeps the capacity, 5 MB at 1000x.
          s.fields = std::vector<std::string>();
          to_write.push_back(i);
          scanned.push_back(std::move(s));
          return true;
        });
    return status;
  };
  // The acronym groups of the new generation: from every document's definitions, the updated
  // ones' new and the others' as the live index has them.
  auto build_groups = [&] {
    std::map<std::string, std::vector<index_format::AcronymDefinition>> by_doc;
    if (incremental) {
      for (const auto& [doc, definitions] : live.acronyms)
        if (present.count(doc)) by_doc[doc] = definitions;
    }
    for (size_t k = 0; k < to_write.size(); ++k) {
      const CorpusEntry& entry = entries[to_write[k]];
      auto& definitions = by_doc[entry.id];
      definitions.clear();
      // The definition's file is its document's, recorded like it relative to the corpus root.
      for (const auto& a : scanned[k].acronyms) definitions.push_back({a.acronym, a.expansion, entry.id, entry.in_corpus, a.line});
    }
    std::vector<index_format::AcronymDefinition> all;
    for (auto& [doc, definitions] : by_doc) all.insert(all.end(), definitions.begin(), definitions.end());
    return index_format::AcronymGroups::build(all, analyzer);
  };
  // The compounds of the new generation, learnt from every document it holds. An update reads
  // the unchanged documents again for their evidence (a scan, no mapping): the compounds are the
  // corpus's, and a changed document may add or drop one that unchanged documents use.
  auto learn_compounds = [&]() -> Result<analysis::CompoundSet> {
    if (incremental) {
      const bool removes = std::any_of(live.hashes.begin(), live.hashes.end(), [&](const auto& h) { return !present.count(h.first); });
      if (to_write.empty() && !removes) return index_format::decode_compounds(live.compounds);  // nothing to write
      Status status = Status::ok();
      run_ordered<Result<analysis::CompoundEvidence>>(
          unchanged.size(), jobs, window,
          [&](size_t k) -> Result<analysis::CompoundEvidence> {
            const CorpusEntry& entry = entries[unchanged[k]];
            auto bytes = read_file(entry);
            if (bytes.is_ok() && sha256_hex(bytes.value()) != live.hashes.at(entry.id)) {
              bytes = Status::invalid_input(entry.file + ": error: the file changed while it was being indexed");
            }
            if (!bytes.is_ok()) return Status::invalid_input(bytes.status().message() + "; the index was not changed (run the indexer again)");
            auto parsed = parse_document(entry.file, bytes.value());
            if (!parsed.is_ok()) return parsed.status();  // indexed before, so it parsed then
            analysis::CompoundEvidence one;
            add_evidence(build_records(entry, parsed.value()), analyzer, &one);
            return one;
          },
          [&](size_t, Result<analysis::CompoundEvidence>&& one) {
            if (!one.is_ok()) {
              status = one.status();
              return false;
            }
            status = evidence.merge(one.value());
            return status.is_ok();
          });
      if (!status.is_ok()) return status;
    }
    auto learnt = analysis::learn_compounds(evidence, analyzer);
    // Not needed any more: its memory (and disk) is the writer's.
    evidence = analysis::CompoundEvidence{};
    return learnt;
  };
  if (Status collected = collect(); !collected.is_ok()) return collected;
  index_format::AcronymGroups groups = build_groups();
  auto compounds = learn_compounds();
  if (!compounds.is_ok()) return compounds.status();
  if (incremental && (groups.encode() != live.acronym_groups ||
                      index_format::encode_compounds(compounds.value()) != live.compounds)) {
    // Every passage holds the terms of the groups it mentions and of the compounds it writes
    // open: when a changed document changes either, the unchanged documents' terms change too,
    // so all are rewritten.
    incremental = false;
    if (Status collected = collect(); !collected.is_ok()) return collected;
    groups = build_groups();
    compounds = learn_compounds();
    if (!compounds.is_ok()) return compounds.status();
  }
  // Trained once per generation written from scratch, on at most RecordSampler's budget (2 MiB):
  // a fraction of a second at 1000x. An update compresses its records with the live dictionary.
  const index_format::RecordDictionary dictionary =
      incremental ? live.record_dictionary : index_format::RecordDictionary::train(sampler.take());
  // The first pass's memory (the compound evidence above all) is free now, but stays the main
  // thread's: the second pass allocates on threads of its own, from other malloc arenas, so
  // unless it goes back to the system it adds to the peak (at 1000x the peak was the second
  // pass's need plus the first pass's, bench/README.md).
  for (auto& s : scanned) s.acronyms = std::vector<LearntAcronym>();  // in the groups; the second pass finds its own
  release_free_memory();
  // The analyzer the records are mapped with: the word lists and the learnt compounds.
  const analysis::Analyzer mapping(analyzer.lists(), std::move(compounds).value());

  // Second pass: the documents again, now mapped to Xapian documents with the final groups, and
  // handed to the writer in corpus order (the same docids, terms and data whatever `jobs`), at
  // most `window` documents at a time. An update in place has one writer, fed by `jobs` threads.
  // A generation written from scratch is cut into up to `jobs` runs of documents of about equal
  // size, each read, mapped and written by its own thread into its own databases, merged when the
  // generation is compacted: the writer (Xapian's inverter and B-trees) is two thirds of a build,
  // so one writer fed by many threads would leave the other cores mostly idle.
  AnalyzerPool analyzers(mapping);
  auto source_of = [&](size_t first, size_t last, int threads) -> UpdateSource {
    return [&, first, last, threads](const WriteDocument& write) {
      Status status = Status::ok();
      run_ordered<Result<DocumentUpdate>>(
          last - first, threads, kWindowPerJob * static_cast<size_t>(threads),
          [&](size_t i) -> Result<DocumentUpdate> {
            const size_t k = first + i;
            const CorpusEntry& entry = entries[to_write[k]];
            auto bytes = read_file(entry);
            if (bytes.is_ok() && sha256_hex(bytes.value()) != scanned[k].hash) {
              bytes = Status::invalid_input(entry.file + ": error: the file changed while it was being indexed");
            }
            if (!bytes.is_ok()) {
              return Status::invalid_input(bytes.status().message() + "; the index was not changed (run the indexer again)");
            }
            auto parsed = parse_document(entry.file, bytes.value());
            if (!parsed.is_ok()) return parsed.status();  // cannot happen: the same bytes parsed before
            const auto records = build_records(entry, parsed.value());
            // Found again rather than kept from the first pass: at 1000x the kept definitions
            // were 6.5 MB through the whole second pass, 11 % of its peak.
            auto acronyms = find_acronyms(parsed.value(), records, split_lines(bytes.value()));
            auto lease = analyzers.borrow();
            return DocumentUpdate{entry, scanned[k].hash, prepare_records(records, *lease.analyzer, groups, dictionary),
                                  std::move(acronyms)};
          },
          [&](size_t, Result<DocumentUpdate>&& update) {
            if (!update.is_ok()) {
              status = update.status();
              return false;
            }
            write(std::move(update).value());
            return true;
          });
      return status;
    };
  };
  std::vector<UpdateSource> parts;
  if (incremental) {
    parts.push_back(source_of(0, to_write.size(), jobs));
  } else {
    for (const auto& [first, last] : split_by_size(scanned, static_cast<size_t>(jobs))) {
      parts.push_back(source_of(first, last, 1));
    }
  }

  std::vector<std::string> removed;
  if (incremental) {
    for (const auto& [id, hash] : live.hashes)
      if (!present.count(id)) removed.push_back(id);
  }
  report.reindexed = to_write.size();
  report.removed = removed.size();

  const size_t kept = incremental ? live.hashes.size() - removed.size() : 0;
  if (kept + to_write.size() == 0) {
    // Publishing an empty index would lose what was there for nothing.
    if (report.failed > 0) {
      std::string why;
      for (const auto& e : report.errors) why += "\n" + e;
      return Status::invalid_input(options.corpus_dir + ": error: no document could be indexed; the index was not changed" + why);
    }
    return Status::invalid_input(options.corpus_dir + ": error: the corpus has no documents (*.txt or corpus.tsv); the index was not changed");
  }
  if (to_write.empty() && removed.empty()) {
    auto summary = summarize_generation(options.index_dir, live.generation);
    if (!summary.is_ok()) return summary.status();
    fill_counts(summary.value(), &report);
    // A run killed earlier may have left a gen-N.tmp that no later run would ever publish.
    remove_leftovers(options.index_dir);
    return report;  // unchanged corpus: nothing rewritten
  }

  auto written = write_generation(options.index_dir, incremental ? live : LiveIndex{}, parts, removed, mapping,
                                  groups, dictionary, root, shards, options.commit_every);
  if (!written.is_ok()) return written.status();
  remove_stale_generations(options.index_dir, live.generation);
  report.rewritten = true;
  fill_counts(written.value(), &report);
  return report;
}

}  // namespace indexer
