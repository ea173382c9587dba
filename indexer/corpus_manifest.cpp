// @brief The corpus manifest reader.
#include "indexer/corpus_manifest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace indexer {
namespace fs = std::filesystem;
using analysis::Result;
using analysis::Status;

namespace {

std::string recorded_path(const fs::path& path) {
  std::error_code ec;
  fs::path relative = fs::relative(path, fs::current_path(ec), ec);
  if (!ec && !relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return fs::absolute(path, ec).lexically_normal().generic_string();
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) fields.push_back(field);
  return fields;
}

Result<std::vector<CorpusEntry>> read_manifest(const fs::path& dir, const fs::path& manifest) {
  std::ifstream in(manifest);
  const std::string where = recorded_path(manifest);
  if (!in) return Status::io_error(where + ": error: cannot read the corpus manifest");
  std::vector<CorpusEntry> entries;
  std::set<std::string> ids;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 || line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    if (f.size() < 3 || f[0].empty() || f[1].empty()) {
      return Status::invalid_input(where + ":" + std::to_string(number) +
                                   ": error: expected tab-separated id, file, title, publisher, year");
    }
    if (!ids.insert(f[0]).second) {
      return Status::invalid_input(where + ":" + std::to_string(number) + ": error: duplicate document id '" + f[0] + "'");
    }
    CorpusEntry e;
    e.id = f[0];
    e.path = (dir / f[1]).string();
    e.file = recorded_path(dir / f[1]);
    e.in_corpus = fs::path(f[1]).lexically_normal().generic_string();
    e.title = f[2];
    e.publisher = f.size() > 3 ? f[3] : "";
    e.year = f.size() > 4 ? f[4] : "";
    e.manifest_line = number;
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace

std::string corpus_root(const std::string& dir) {
  std::error_code ec;
  fs::path root = fs::absolute(dir, ec).lexically_normal();
  if (!root.has_filename() && root.has_parent_path() && root != root.root_path()) root = root.parent_path();
  return root.generic_string();
}

Result<std::vector<CorpusEntry>> read_corpus(const std::string& dir_name) {
  const fs::path dir(dir_name);
  std::error_code ec;
  if (!fs::exists(dir, ec)) return Status::not_found(dir_name + ": error: corpus directory does not exist");
  if (!fs::is_directory(dir, ec)) return Status::invalid_input(dir_name + ": error: corpus path is not a directory");

  std::vector<CorpusEntry> entries;
  if (fs::exists(dir / "corpus.tsv", ec)) {
    auto manifest = read_manifest(dir, dir / "corpus.tsv");
    if (!manifest.is_ok()) return manifest.status();
    entries = std::move(manifest).value();
  } else {
    fs::directory_iterator it(dir, ec);
    if (ec) return Status::io_error(dir_name + ": error: cannot list the corpus directory: " + ec.message());
    for (const auto& item : it) {
      if (item.path().extension() != ".txt") continue;
      CorpusEntry e;
      e.id = item.path().stem().string();
      e.path = item.path().string();
      e.file = recorded_path(item.path());
      e.in_corpus = item.path().filename().generic_string();
      e.title = e.id;
      entries.push_back(std::move(e));
    }
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return entries;
}

// A file dropped into the corpus directory but forgotten in corpus.tsv would otherwise be left
// out of every search without a word.
std::vector<std::string> unlisted_files(const std::string& dir_name, const std::vector<CorpusEntry>& entries) {
  const fs::path dir(dir_name);
  std::error_code ec;
  const fs::path manifest = dir / "corpus.tsv";
  if (!fs::exists(manifest, ec)) return {};
  std::set<fs::path> listed;
  for (const CorpusEntry& e : entries) listed.insert(fs::weakly_canonical(e.path, ec));
  std::vector<std::string> warnings;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    if (name == "corpus.tsv" || name.starts_with(".") || !it->is_regular_file(ec)) continue;
    if (listed.count(fs::weakly_canonical(path, ec))) continue;
    warnings.push_back(recorded_path(path) + ": warning: not listed in " + recorded_path(manifest) + ", not indexed");
  }
  std::sort(warnings.begin(), warnings.end());
  return warnings;
}

}  // namespace indexer
