// @brief IndexReader: opening and validating an index directory.
#include "searcher/index_reader.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include <nlohmann/json.hpp>

#include "analysis/schema.h"

namespace searcher {

namespace fs = std::filesystem;
namespace schema = analysis::schema;
using analysis::Result;
using analysis::Status;

namespace {

std::string build_hint(const std::string& dir) {
  return "build it with `indexer --corpus corpus --index " + dir + "`";
}

// Reads every `doc:<id>` manifest; a manifest without a usable title is skipped, not an error,
// since records carry their own title too.
std::map<std::string, std::string> read_titles(const Xapian::Database& db) {
  std::map<std::string, std::string> titles;
  const std::string prefix(schema::kMetaDocumentPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const std::string key = *it;
    const std::string doc = key.substr(prefix.size());
    auto manifest = nlohmann::json::parse(db.get_metadata(key), nullptr, /*allow_exceptions=*/false);
    if (manifest.is_object() && manifest.contains("title") && manifest["title"].is_string()) {
      titles[doc] = manifest["title"].get<std::string>();
    }
  }
  return titles;
}

}  // namespace

IndexReader::IndexReader(std::string dir, Xapian::Database db, analysis::Analyzer analyzer,
                         std::map<std::string, std::string> titles)
    : dir_(std::move(dir)), db_(std::move(db)), analyzer_(std::move(analyzer)), titles_(std::move(titles)) {}

Result<OpenedShards> IndexReader::open_stub(const std::string& dir, const ShardOptions& shards) {
  std::error_code ec;
  std::string stub = dir;
  if (fs::is_directory(dir, ec)) {
    stub = (fs::path(dir) / schema::kStubFileName).string();
    if (!fs::exists(stub, ec)) {
      return Status::index_error("no index at " + dir + " (no " + std::string(schema::kStubFileName) +
                                 " file): " + build_hint(dir));
    }
  } else if (!fs::is_regular_file(dir, ec)) {
    return Status::index_error("no index at " + dir + ": " + build_hint(dir));
  }
  auto specs = read_stub_file(stub);
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
    auto analyzer = analysis::Analyzer::from_encoded_lists(db.get_metadata(std::string(schema::kMetaWordLists)));
    if (!analyzer.is_ok()) {
      return Status::index_error("index at " + dir + ": error: cannot restore the word lists: " +
                                 analyzer.status().message() + ": rebuild it with `indexer --index " + dir + "`");
    }
    auto titles = read_titles(db);
    std::unique_ptr<IndexReader> reader(
        new IndexReader(dir, std::move(db), std::move(analyzer).value(), std::move(titles)));
    auto acronyms = AcronymTable::load(reader->db_, reader->analyzer_);
    if (!acronyms.is_ok()) return Status::index_error("index at " + dir + ": error: " + acronyms.status().message());
    reader->acronyms_ = std::move(acronyms).value();
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

const std::string& IndexReader::title(const std::string& doc) const {
  static const std::string kEmpty;
  auto it = titles_.find(doc);
  return it == titles_.end() ? kEmpty : it->second;
}

Status IndexReader::reopen() {
  auto opened = open_stub(dir_, shard_options_);
  if (!opened.is_ok()) return Status::index_error("index at " + dir_ + ": error: cannot reopen: " + opened.status().message());
  db_ = opened->db;
  for (const auto& u : opened->unreachable) {
    if (std::find(warnings_.begin(), warnings_.end(), u) == warnings_.end()) warnings_.push_back(u);
  }
  remote_ = opened->remote;
  return Status::ok();
}

}  // namespace searcher
