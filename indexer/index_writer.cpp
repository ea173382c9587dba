// @brief Generations, the stub swap and incremental updates.
#include "indexer/index_writer.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include <fcntl.h>
#include <unistd.h>

#include "index_format/schema.h"
#include "index_format/record_codec.h"
#include "index_format/stub_file.h"
#include "index_format/compounds_codec.h"
#include "index_format/word_lists_codec.h"
#include "indexer/document_writer.h"

namespace indexer {
namespace fs = std::filesystem;
namespace schema = index_format::schema;
using analysis::Result;
using analysis::Status;

namespace {

constexpr const char* kGenerationPrefix = "gen-";

std::string stub_path(const std::string& dir) { return dir + "/" + std::string(index_format::kStubFileName); }

struct StubContents {
  std::string generation;  // empty when the stub is missing or names something else
  int shards = 0;
};

// "auto gen-000007" -> {gen-000007, 1}; "auto gen-000007/shard-0" … -> {gen-000007, N}. Anything
// else (a stub a user wrote, listing remote shards) is not this indexer's to update.
StubContents read_stub(const std::string& dir) {
  auto specs = index_format::read_stub_file(stub_path(dir));
  if (!specs.is_ok()) return {};
  StubContents stub;
  for (const auto& spec : specs.value()) {
    const std::string& name = spec.written_path;
    if (spec.kind != index_format::ShardSpec::Kind::kLocal || name.rfind(kGenerationPrefix, 0) != 0) return {};
    const std::string generation = name.substr(0, name.find('/'));
    if (!stub.generation.empty() && generation != stub.generation) return {};
    stub.generation = generation;
    ++stub.shards;
  }
  return stub;
}

std::string read_stub_generation(const std::string& dir) { return read_stub(dir).generation; }

std::vector<std::string> shard_names(const std::string& generation, int shards) {
  if (shards == 1) return {generation};
  std::vector<std::string> names;
  for (int k = 0; k < shards; ++k) names.push_back(generation + "/shard-" + std::to_string(k));
  return names;
}

int generation_number(const std::string& name) {
  if (name.rfind(kGenerationPrefix, 0) != 0) return -1;
  try {
    size_t used = 0;
    std::string digits = name.substr(std::string(kGenerationPrefix).size());
    int n = std::stoi(digits, &used);
    return used == digits.size() ? n : -1;
  } catch (...) {
    return -1;
  }
}

std::string generation_name(int n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%06d", kGenerationPrefix, n);
  return buf;
}

int highest_generation(const std::string& dir) {
  int highest = 0;
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    std::string name = item.path().filename().string();
    if (name.size() > 4 && name.substr(name.size() - 4) == ".tmp") name.resize(name.size() - 4);
    highest = std::max(highest, generation_number(name));
  }
  return highest;
}

// Copies a generation (its shard directories too) file by file. std::filesystem::copy reports a
// copy cut short by a full disk or a file-size limit as "Input/output error", hiding the cause;
// here the error names the file and the system's reason. Throws fs::filesystem_error.
void copy_generation(const fs::path& from, const fs::path& to) {
  fs::create_directory(to);
  for (const auto& item : fs::directory_iterator(from)) {
    const fs::path target = to / item.path().filename();
    if (item.is_directory()) {
      copy_generation(item.path(), target);
      continue;
    }
    struct Fd {
      int fd;
      ~Fd() {
        if (fd >= 0) ::close(fd);
      }
    };
    auto fail = [&](const char* what) {
      throw fs::filesystem_error(what, item.path(), target, std::error_code(errno, std::generic_category()));
    };
    Fd in{::open(item.path().c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0) fail("cannot read");
    Fd out{::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)};
    if (out.fd < 0) fail("cannot create");
    std::vector<char> buffer(1 << 16);
    for (ssize_t n; (n = ::read(in.fd, buffer.data(), buffer.size())) != 0;) {
      if (n < 0) fail("cannot read");
      for (ssize_t done = 0; done < n;) {
        const ssize_t written = ::write(out.fd, buffer.data() + done, static_cast<size_t>(n - done));
        if (written < 0) fail("cannot copy");
        done += written;
      }
    }
  }
}

// True when `path` could be opened and synced; errno says why not.
bool fsync_path(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return false;
  const bool synced = ::fsync(fd) == 0;
  const int err = errno;
  ::close(fd);
  errno = err;
  return synced;
}

// Publishes `generation` by renaming a fully written stub over the old one. The stub must be on
// disk before the rename (a full disk can fail the write or only the fsync); on any failure the
// temporary stub is removed and the message says why. Syncing the directory afterwards is best
// effort: the swap has happened, and the new generation is complete either way.
Status publish(const std::string& dir, const std::string& generation, int shards) {
  const std::string tmp = stub_path(dir) + ".tmp";
  auto failed = [&](const std::string& path, const std::string& what) {
    const std::string why = std::strerror(errno);
    std::remove(tmp.c_str());
    return Status::io_error(path + ": error: " + what + ": " + why);
  };
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << index_format::format_stub(shard_names(generation, shards));
    if (!out.flush()) return failed(tmp, "cannot write the index stub");
  }
  if (!fsync_path(tmp, O_RDONLY)) return failed(tmp, "cannot write the index stub to disk");
  if (std::rename(tmp.c_str(), stub_path(dir).c_str()) != 0) {
    return failed(stub_path(dir), "cannot publish the new index generation");
  }
  fsync_path(dir, O_RDONLY | O_DIRECTORY);
  return Status::ok();
}

std::vector<index_format::AcronymDefinition> definitions_of(const DocumentUpdate& update) {
  std::vector<index_format::AcronymDefinition> out;
  // The file is the document's, as its entry records it (relative to the corpus root).
  for (const auto& a : update.acronyms) out.push_back({a.acronym, a.expansion, update.entry.id, update.entry.in_corpus, a.line});
  return out;
}

GenerationSummary summarize(const Xapian::Database& db, const std::string& generation) {
  GenerationSummary s;
  s.generation = generation;
  auto count = [&](std::string_view kind) {
    return db.get_termfreq(std::string(schema::kPrefixKind) + std::string(kind));
  };
  s.passages = count(schema::kKindPassage);
  s.notes = count(schema::kKindNote);
  s.glossaries = count(schema::kKindGlossary);
  const std::string source_prefix(schema::kPrefixSource);
  for (auto it = db.allterms_begin(source_prefix); it != db.allterms_end(source_prefix); ++it) ++s.documents;
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) ++s.terms;
  return s;
}

}  // namespace

LiveIndex read_live_index(const std::string& dir) {
  LiveIndex live;
  std::error_code ec;
  if (!fs::exists(stub_path(dir), ec)) return live;
  const StubContents stub = read_stub(dir);
  const std::string& generation = stub.generation;
  if (generation.empty()) {
    live.problem = stub_path(dir) + ": the index stub is unreadable";
    return live;
  }
  try {
    // Every shard holds the whole metadata; the first one answers for all.
    Xapian::Database db(dir + "/" + shard_names(generation, stub.shards)[0]);
    live.generation = generation;
    live.shards = stub.shards;
    const std::string version = db.get_metadata(std::string(schema::kMetaSchemaVersion));
    live.schema_version = version.empty() ? 0 : std::stoi(version);
    live.word_lists = db.get_metadata(std::string(schema::kMetaWordLists));
    live.acronym_groups = db.get_metadata(std::string(schema::kMetaAcronymGroups));
    live.corpus_root = db.get_metadata(std::string(schema::kMetaCorpusRoot));
    live.compounds = db.get_metadata(std::string(schema::kMetaCompounds));
    if (live.schema_version == schema::kSchemaVersion) {
      auto dictionary = index_format::RecordDictionary::from_bytes(db.get_metadata(std::string(schema::kMetaRecordDictionary)));
      if (!dictionary.is_ok()) throw std::runtime_error(dictionary.status().message());
      live.record_dictionary = std::move(dictionary).value();
    }
    const std::string acronyms_prefix(schema::kMetaAcronymsPrefix);
    // An index of another schema is rebuilt whole; its entries need not (and may not) decode.
    if (live.schema_version == schema::kSchemaVersion) for (auto it = db.metadata_keys_begin(acronyms_prefix); it != db.metadata_keys_end(acronyms_prefix); ++it) {
      const std::string doc = (*it).substr(acronyms_prefix.size());
      auto definitions = index_format::decode_acronym_definitions(db.get_metadata(*it), doc);
      if (!definitions.is_ok()) throw std::runtime_error(definitions.status().message());
      live.acronyms[doc] = std::move(definitions).value();
    }
    const std::string hash_prefix(schema::kMetaDocumentHashPrefix);
    for (auto it = db.metadata_keys_begin(hash_prefix); it != db.metadata_keys_end(hash_prefix); ++it) {
      live.hashes[(*it).substr(hash_prefix.size())] = db.get_metadata(*it);
    }
  } catch (const std::exception& e) {
    live = LiveIndex{};
    live.problem = dir + "/" + generation + ": the index cannot be read (" + e.what() + ")";
  } catch (const Xapian::Error& e) {
    live = LiveIndex{};
    live.problem = dir + "/" + generation + ": the index cannot be read (" + e.get_description() + ")";
  }
  return live;
}

Xapian::Database open_shards(const std::string& dir, const std::string& generation, int shards) {
  Xapian::Database db;
  for (const auto& shard : shard_names(generation, shards)) db.add_database(Xapian::Database(dir + "/" + shard));
  return db;
}

Result<GenerationSummary> summarize_generation(const std::string& dir, const std::string& generation) {
  try {
    return summarize(open_shards(dir, generation, std::max(1, read_stub(dir).shards)), generation);
  } catch (const Xapian::Error& e) {
    return Status::index_error(dir + "/" + generation + ": error: " + e.get_description());
  }
}

bool can_update(const LiveIndex& live, const analysis::Analyzer& analyzer, int shards, const std::string& corpus_root) {
  return !live.generation.empty() && live.schema_version == schema::kSchemaVersion &&
         live.word_lists == index_format::encode_word_lists(analyzer.lists()) && live.shards == shards &&
         live.corpus_root == corpus_root;
}

int shard_of(const std::string& doc_id, int shards) {
  uint32_t hash = 2166136261u;
  for (unsigned char c : doc_id) hash = (hash ^ c) * 16777619u;
  return static_cast<int>(hash % static_cast<uint32_t>(std::max(1, shards)));
}

namespace {

// Thrown into a part's source when another part has failed, so that it stops early.
struct PartCancelled {};

// One part of a new generation being written: its databases (one per shard) and, per database,
// the documents added since its last commit.
struct PartWriter {
  std::vector<Xapian::WritableDatabase> dbs;
  std::vector<size_t> since_commit;
};

}  // namespace

Result<GenerationSummary> write_generation(const std::string& dir, const LiveIndex& live,
                                           const std::vector<UpdateSource>& parts,
                                           const std::vector<std::string>& removed,
                                           const analysis::Analyzer& analyzer, const index_format::AcronymGroups& groups,
                                           const index_format::RecordDictionary& dictionary,
                                           const std::string& corpus_root, int shards, size_t commit_every) {
  shards = std::max(1, shards);
  if (commit_every == 0) commit_every = kCommitEvery;
  const std::string name = generation_name(highest_generation(dir) + 1);
  const std::string final_path = dir + "/" + name;
  const std::string tmp_path = final_path + ".tmp";
  std::error_code ec;
  fs::remove_all(tmp_path, ec);
  try {
    const bool incremental = can_update(live, analyzer, shards, corpus_root);
    if (incremental && parts.size() != 1) {
      return Status::invalid_input(tmp_path + ": error: an index updated in place is written by one source");
    }
    if (incremental) copy_generation(dir + "/" + live.generation, tmp_path);
    // Parts written side by side each hold a share of the buffered changes, so that memory stays
    // what one writer would use.
    const size_t part_count = std::max<size_t>(1, parts.size());
    const size_t part_commit_every = std::max<size_t>(1, commit_every / part_count);
    auto part_path = [&](size_t p, int k) {
      std::string path = tmp_path;
      if (part_count > 1) path += "/part-" + std::to_string(p);
      if (shards > 1) path += "/shard-" + std::to_string(k);
      return path;
    };
    std::vector<PartWriter> writers(part_count);
    for (size_t p = 0; p < part_count; ++p) {
      for (int k = 0; k < shards; ++k) {
        const std::string path = part_path(p, k);
        if (!incremental) fs::create_directories(path);
        // A generation written from scratch is not synced along the way: a crash leaves a
        // gen-N.tmp that the next run removes, and what is published is the compacted copy,
        // which Xapian syncs as it writes it.
        writers[p].dbs.emplace_back(path, incremental ? Xapian::DB_OPEN
                                                      : Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC);
      }
      writers[p].since_commit.assign(static_cast<size_t>(shards), 0);
    }
    // Every shard holds the whole metadata: a part sets its documents' entries in each of its
    // shards, and compaction merges the parts' shards.
    auto set_everywhere = [](PartWriter& writer, std::string_view prefix, const std::string& id, const std::string& value) {
      for (auto& db : writer.dbs) db.set_metadata(std::string(prefix) + id, value);
    };
    for (const auto& id : removed) {
      delete_document_records(writers[0].dbs[shard_of(id, shards)], id, analyzer, dictionary);
      set_everywhere(writers[0], schema::kMetaDocumentHashPrefix, id, "");
      set_everywhere(writers[0], schema::kMetaDocumentPrefix, id, "");
      set_everywhere(writers[0], schema::kMetaAcronymsPrefix, id, "");
    }
    std::atomic<bool> failing{false};
    auto write_part = [&](size_t p) -> Status {
      if (p >= parts.size()) return Status::ok();  // no documents to add: removals only
      PartWriter& writer = writers[p];
      return parts[p]([&](DocumentUpdate&& update) {
        if (failing.load()) throw PartCancelled{};
        const int shard = shard_of(update.entry.id, shards);
        Xapian::WritableDatabase& db = writer.dbs[shard];
        if (incremental) delete_document_records(db, update.entry.id, analyzer, dictionary);
        writer.since_commit[shard] += add_prepared_records(db, update.records, /*replace=*/incremental);
        set_everywhere(writer, schema::kMetaDocumentHashPrefix, update.entry.id, update.hash);
        set_everywhere(writer, schema::kMetaDocumentPrefix, update.entry.id,
                       index_format::encode_document_info(document_info(update.entry)));
        set_everywhere(writer, schema::kMetaAcronymsPrefix, update.entry.id,
                       index_format::encode_acronym_definitions(definitions_of(update)));
        if (writer.since_commit[shard] >= part_commit_every) {
          db.commit();
          writer.since_commit[shard] = 0;
        }
      });
    };
    std::vector<Status> outcomes(part_count, Status::ok());
    std::vector<std::exception_ptr> errors(part_count);
    auto run_part = [&](size_t p) {
      try {
        outcomes[p] = write_part(p);
        if (!outcomes[p].is_ok()) failing = true;
      } catch (const PartCancelled&) {
      } catch (...) {
        errors[p] = std::current_exception();
        failing = true;
      }
    };
    if (part_count == 1) {
      run_part(0);
    } else {
      std::vector<std::thread> threads;
      for (size_t p = 0; p < part_count; ++p) threads.emplace_back(run_part, p);
      for (auto& t : threads) t.join();
    }
    for (size_t p = 0; p < part_count; ++p) {
      if (errors[p]) std::rethrow_exception(errors[p]);
      if (!outcomes[p].is_ok()) {
        writers.clear();
        fs::remove_all(tmp_path, ec);
        return outcomes[p];
      }
    }
    for (auto& writer : writers) {
      for (auto& db : writer.dbs) {
        db.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema::kSchemaVersion));
        db.set_metadata(std::string(schema::kMetaWordLists), index_format::encode_word_lists(analyzer.lists()));
        db.set_metadata(std::string(schema::kMetaAcronymGroups), groups.encode());
        db.set_metadata(std::string(schema::kMetaCorpusRoot), corpus_root);
        db.set_metadata(std::string(schema::kMetaCompounds), index_format::encode_compounds(analyzer.compounds()));
        db.set_metadata(std::string(schema::kMetaRecordDictionary), dictionary.bytes());
        db.commit();
        db.close();
      }
    }
    writers.clear();
    // Written in docid order with commits along the way, the B-trees are half full and the old
    // revisions' blocks are free space inside the files; compacting packs them, halving the
    // generation (bench/README.md, "Index size by table") for about a tenth of the build's time,
    // and makes every later update's copy of it that much shorter. An update in place is not
    // compacted: it changes a few blocks of a packed copy, and compacting would cost it seconds
    // for a document that took a fraction of one. One part keeps its docids as they are; parts
    // are merged in order, each renumbered to follow the one before.
    std::string written = tmp_path;
    if (!incremental) {
      const std::string packed_path = final_path + ".packed.tmp";
      fs::remove_all(packed_path, ec);
      fs::create_directories(packed_path);
      for (int k = 0; k < shards; ++k) {
        const std::string shard = shards == 1 ? "" : "/shard-" + std::to_string(k);
        Xapian::Database merged;
        for (size_t p = 0; p < part_count; ++p) merged.add_database(Xapian::Database(part_path(p, k)));
        merged.compact(packed_path + shard, part_count == 1 ? Xapian::DBCOMPACT_NO_RENUMBER : 0);
      }
      fs::remove_all(tmp_path);
      written = packed_path;
    }
    fs::rename(written, final_path);
    GenerationSummary summary = summarize(open_shards(dir, name, shards), name);
    Status published = publish(dir, name, shards);
    if (!published.is_ok()) {
      fs::remove_all(final_path, ec);
      return published;
    }
    return summary;
  } catch (const Xapian::Error& e) {
    fs::remove_all(tmp_path, ec);
    fs::remove_all(final_path + ".packed.tmp", ec);
    return Status::io_error(tmp_path + ": error: cannot write the index: " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(tmp_path, ec);
    fs::remove_all(final_path + ".packed.tmp", ec);
    return Status::io_error(tmp_path + ": error: cannot write the index: " + e.what());
  }
}

void remove_stale_generations(const std::string& dir, const std::string& previous) {
  const std::string live = read_stub_generation(dir);
  std::error_code ec;
  std::vector<fs::path> doomed;
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    const std::string name = item.path().filename().string();
    const bool tmp = name.size() > 4 && name.substr(name.size() - 4) == ".tmp";
    const bool generation = generation_number(name) >= 0;
    // A stub being written when a run was killed (publish() renames it, or never got there).
    const bool stub_tmp = name == std::string(index_format::kStubFileName) + ".tmp";
    if (stub_tmp || (tmp && name.rfind(kGenerationPrefix, 0) == 0) ||
        (generation && !live.empty() && name != live && name != previous)) {
      doomed.push_back(item.path());
    }
  }
  for (const auto& path : doomed) fs::remove_all(path, ec);
}

void remove_leftovers(const std::string& dir) {
  const int live = generation_number(read_stub_generation(dir));
  if (live < 0) return;
  int previous = -1;
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    const int n = generation_number(item.path().filename().string());
    if (n < live) previous = std::max(previous, n);
  }
  remove_stale_generations(dir, previous < 0 ? "" : generation_name(previous));
}

}  // namespace indexer
