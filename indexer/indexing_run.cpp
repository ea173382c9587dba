// @brief One indexer run.
#include "indexer/indexing_run.h"

#include <filesystem>
#include <map>
#include <fstream>
#include <set>
#include <sstream>

#include "indexer/acronym_finder.h"
#include "indexer/content_hash.h"
#include "indexer/corpus_manifest.h"
#include "indexer/document_parser.h"
#include "indexer/document_writer.h"
#include "indexer/index_lock.h"
#include "indexer/index_writer.h"

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
  bool incremental = can_update(live, analyzer, shards) && !options.force;

  std::vector<DocumentUpdate> updates;
  std::set<std::string> present;
  // Reads and parses the documents to (re)write: the changed ones when updating in place, all of
  // them otherwise.
  auto collect = [&] {
    updates.clear();
    present.clear();
    report = IndexingReport{};
    if (!live.problem.empty()) report.warnings.push_back(live.problem + "; rebuilding it");
    report.warnings.insert(report.warnings.end(), unlisted.begin(), unlisted.end());
    for (const auto& entry : corpus.value()) {
      if (progress) progress(entry.file);
      auto bytes = read_file(entry);
      if (!bytes.is_ok()) {
        report.errors.push_back(bytes.status().message());
        if (live.hashes.count(entry.id)) present.insert(entry.id);  // keep what was indexed
        ++report.failed;
        continue;
      }
      const std::string hash = sha256_hex(bytes.value());
      auto known = live.hashes.find(entry.id);
      present.insert(entry.id);
      if (incremental && known != live.hashes.end() && known->second == hash) {
        ++report.unchanged;
        continue;
      }
      auto parsed = parse_document(entry.file, bytes.value());
      if (!parsed.is_ok()) {
        report.errors.push_back(parsed.status().message());
        if (!incremental || !live.hashes.count(entry.id)) present.erase(entry.id);
        ++report.failed;
        continue;
      }
      for (const auto& w : parsed->warnings) report.warnings.push_back(w.to_string());
      auto records = build_records(entry, parsed.value());
      auto acronyms = find_acronyms(entry.file, parsed.value(), records, split_lines(bytes.value()));
      updates.push_back(DocumentUpdate{entry, hash, std::move(records), std::move(acronyms)});
    }
  };
  // The acronym groups of the new generation: from every document's definitions, the updated
  // ones' new and the others' as the live index has them.
  auto build_groups = [&] {
    std::map<std::string, std::vector<index_format::AcronymDefinition>> by_doc;
    if (incremental) {
      for (const auto& [doc, definitions] : live.acronyms)
        if (present.count(doc)) by_doc[doc] = definitions;
    }
    for (const auto& u : updates) {
      auto& definitions = by_doc[u.entry.id];
      definitions.clear();
      for (const auto& a : u.acronyms) definitions.push_back({a.acronym, a.expansion, u.entry.id, a.file, a.line});
    }
    std::vector<index_format::AcronymDefinition> all;
    for (auto& [doc, definitions] : by_doc) all.insert(all.end(), definitions.begin(), definitions.end());
    return index_format::AcronymGroups::build(all, analyzer);
  };
  collect();
  index_format::AcronymGroups groups = build_groups();
  if (incremental && groups.encode() != live.acronym_groups) {
    // Every passage holds the terms of the groups it mentions: when a changed document changes
    // the groups, the unchanged documents' terms change too, so all are rewritten.
    incremental = false;
    collect();
    groups = build_groups();
  }

  std::vector<std::string> removed;
  if (incremental) {
    for (const auto& [id, hash] : live.hashes)
      if (!present.count(id)) removed.push_back(id);
  }
  report.reindexed = updates.size();
  report.removed = removed.size();

  const size_t kept = incremental ? live.hashes.size() - removed.size() : 0;
  if (kept + updates.size() == 0) {
    // Publishing an empty index would lose what was there for nothing.
    if (report.failed > 0) {
      std::string why;
      for (const auto& e : report.errors) why += "\n" + e;
      return Status::invalid_input(options.corpus_dir + ": error: no document could be indexed; the index was not changed" + why);
    }
    return Status::invalid_input(options.corpus_dir + ": error: the corpus has no documents (*.txt or corpus.tsv); the index was not changed");
  }
  if (updates.empty() && removed.empty()) {
    auto summary = summarize_generation(options.index_dir, live.generation);
    if (!summary.is_ok()) return summary.status();
    fill_counts(summary.value(), &report);
    // A run killed earlier may have left a gen-N.tmp that no later run would ever publish.
    remove_leftovers(options.index_dir);
    return report;  // unchanged corpus: nothing rewritten
  }

  auto written = write_generation(options.index_dir, incremental ? live : LiveIndex{}, updates, removed, analyzer,
                                  groups, shards);
  if (!written.is_ok()) return written.status();
  remove_stale_generations(options.index_dir, live.generation);
  report.rewritten = true;
  fill_counts(written.value(), &report);
  return report;
}

}  // namespace indexer
