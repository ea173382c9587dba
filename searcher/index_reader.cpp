// @brief IndexReader: opening and validating an index directory.
#include "searcher/index_reader.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include "index_format/compounds_codec.h"
#include "index_format/record_codec.h"
#include "index_format/schema.h"
#include "index_format/word_lists_codec.h"

namespace searcher {

namespace fs = std::filesystem;
namespace schema = index_format::schema;
using analysis::Result;
using analysis::Status;

namespace {

std::string build_hint(const std::string& dir) {
  return "build it with `indexer --corpus corpus --index " + dir + "`";
}

}  // namespace

IndexReader::IndexReader(std::string dir, Xapian::Database db, analysis::Analyzer analyzer)
    : dir_(std::move(dir)), db_(std::move(db)), analyzer_(std::move(analyzer)) {}

Result<OpenedShards> IndexReader::open_stub(const std::string& dir, const ShardOptions& shards) {
  std::error_code ec;
  std::string stub = dir;
  if (fs::is_directory(dir, ec)) {
    stub = (fs::path(dir) / index_format::kStubFileName).string();
    if (!fs::exists(stub, ec)) {
      return Status::index_error("no index at " + dir + " (no " + std::string(index_format::kStubFileName) +
                                 " file): " + build_hint(dir));
    }
  } else if (!fs::is_regular_file(dir, ec)) {
    return Status::index_error("no index at " + dir + ": " + build_hint(dir));
  }
  auto specs = index_format::read_stub_file(stub);
  if (!specs.is_ok()) return specs.status();
  return open_shards(specs.value(), shards);
}

Result<std::unique_ptr<IndexReader>> IndexReader::open(const std::string& dir, const ShardOptions& shards) {
  auto opened = open_stub(dir, shards);
  if (!opened.is_ok()) return opened.status();
  try {
    Xapian::Database db = opened->db;
    const std::string version = db.get_metadata(std::string(schema::kMetaSchemaVersion));
    const std::string expected = std::to_string(schema::kSchemaVersion);
    if (version != expected) {
      return Status::index_error("index at " + dir + " was written by schema version " +
                                 (version.empty() ? "unknown" : version) + "; this searcher reads version " +
                                 expected + ": rebuild it with `indexer --index " + dir + "`");
    }
    auto lists = index_format::decode_word_lists(db.get_metadata(std::string(schema::kMetaWordLists)));
    if (!lists.is_ok()) {
      return Status::index_error("index at " + dir + ": error: cannot restore the word lists: " +
                                 lists.status().message() + ": rebuild it with `indexer --index " + dir + "`");
    }
    auto acronyms = index_format::AcronymGroups::decode(db.get_metadata(std::string(schema::kMetaAcronymGroups)));
    if (!acronyms.is_ok()) {
      return Status::index_error("index at " + dir + ": error: " + acronyms.status().message() +
                                 ": rebuild it with `indexer --force --index " + dir + "`");
    }
    auto compounds = index_format::decode_compounds(db.get_metadata(std::string(schema::kMetaCompounds)));
    if (!compounds.is_ok()) {
      return Status::index_error("index at " + dir + ": error: " + compounds.status().message() +
                                 ": rebuild it with `indexer --force --index " + dir + "`");
    }
    auto dictionary = index_format::RecordDictionary::from_bytes(db.get_metadata(std::string(schema::kMetaRecordDictionary)));
    if (!dictionary.is_ok()) {
      return Status::index_error("index at " + dir + ": error: " + dictionary.status().message() +
                                 ": rebuild it with `indexer --force --index " + dir + "`");
    }
    std::unique_ptr<IndexReader> reader(new IndexReader(
        dir, std::move(db), analysis::Analyzer(std::move(lists).value(), std::move(compounds).value())));
    reader->acronyms_ = std::move(acronyms).value();
    reader->record_dictionary_ = std::move(dictionary).value();
    std::error_code ec;
    reader->locator_ = FileLocator(reader->db_.get_metadata(std::string(schema::kMetaCorpusRoot)), fs::current_path(ec).string());
    reader->shard_options_ = shards;
    reader->warnings_ = opened->unreachable;
    reader->remote_ = opened->remote;
    return reader;
  } catch (const Xapian::DatabaseNotFoundError& e) {
    return Status::index_error("no index at " + dir + " (" + e.get_msg() + "): " + build_hint(dir));
  } catch (const Xapian::Error& e) {
    return Status::index_error("index at " + dir + ": error: " + e.get_description());
  }
}

const index_format::DocumentInfo& IndexReader::document(const std::string& doc) const {
  auto it = documents_.find(doc);
  if (it != documents_.end()) return it->second;
  index_format::DocumentInfo info;
  info.id = doc;
  auto decoded = index_format::decode_document_info(db_.get_metadata(std::string(schema::kMetaDocumentPrefix) + doc));
  if (decoded.is_ok()) info = std::move(decoded).value();
  FileLocation location = locator_.locate(info.file);
  info.file = std::move(location.shown);
  info.path = std::move(location.absolute);
  return documents_.emplace(doc, std::move(info)).first->second;
}

Result<std::vector<index_format::AcronymDefinition>> IndexReader::acronym_definitions() const {
  std::vector<index_format::AcronymDefinition> all;
  const std::string prefix(schema::kMetaAcronymsPrefix);
  try {
    for (auto it = db_.metadata_keys_begin(prefix); it != db_.metadata_keys_end(prefix); ++it) {
      const std::string key = *it;
      auto definitions = index_format::decode_acronym_definitions(db_.get_metadata(key), key.substr(prefix.size()));
      if (!definitions.is_ok()) return Status::index_error("index metadata '" + key + "' is unreadable: " + definitions.status().message());
      for (auto& definition : definitions.value()) {
        definition.file = locator_.locate(definition.file).shown;
        all.push_back(std::move(definition));
      }
    }
  } catch (const Xapian::Error& e) {
    return Status::index_error("cannot read the acronyms from the index: " + e.get_description());
  }
  return all;
}

Status IndexReader::reopen() {
  auto opened = open_stub(dir_, shard_options_);
  if (!opened.is_ok()) return Status::index_error("index at " + dir_ + ": error: cannot reopen: " + opened.status().message());
  db_ = opened->db;
  // The new generation may have other documents and groups.
  documents_.clear();
  try {
    auto acronyms = index_format::AcronymGroups::decode(db_.get_metadata(std::string(schema::kMetaAcronymGroups)));
    if (!acronyms.is_ok()) return Status::index_error("index at " + dir_ + ": error: " + acronyms.status().message());
    acronyms_ = std::move(acronyms).value();
    std::error_code ec;
    locator_ = FileLocator(db_.get_metadata(std::string(schema::kMetaCorpusRoot)), fs::current_path(ec).string());
    auto compounds = index_format::decode_compounds(db_.get_metadata(std::string(schema::kMetaCompounds)));
    if (!compounds.is_ok()) return Status::index_error("index at " + dir_ + ": error: " + compounds.status().message());
    analyzer_.set_compounds(std::move(compounds).value());
    auto dictionary = index_format::RecordDictionary::from_bytes(db_.get_metadata(std::string(schema::kMetaRecordDictionary)));
    if (!dictionary.is_ok()) return Status::index_error("index at " + dir_ + ": error: " + dictionary.status().message());
    record_dictionary_ = std::move(dictionary).value();
  } catch (const Xapian::Error& e) {
    return Status::index_error("index at " + dir_ + ": error: cannot reopen: " + e.get_description());
  }
  for (const auto& u : opened->unreachable) {
    if (std::find(warnings_.begin(), warnings_.end(), u) == warnings_.end()) warnings_.push_back(u);
  }
  remote_ = opened->remote;
  return Status::ok();
}

}  // namespace searcher
