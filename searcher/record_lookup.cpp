// @brief find_record / find_records: records by id or note number, through the Q id term.
#include "searcher/record_lookup.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "index_format/record_codec.h"
#include "index_format/schema.h"
#include "searcher/document_list.h"

namespace searcher {

using analysis::Result;
using analysis::Status;
namespace schema = index_format::schema;

namespace {

constexpr std::string_view kNoteKey = "note:";

// "note:12" -> 12; nullopt for anything else; -1 for "note:" followed by no valid number.
std::optional<int> note_number(const std::string& key) {
  if (key.rfind(kNoteKey, 0) != 0) return std::nullopt;
  const std::string digits = key.substr(kNoteKey.size());
  if (digits.empty() || digits.size() > 6 ||
      !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); })) {
    return -1;
  }
  return std::stoi(digits);
}

// "corpus/x.txt:43" -> {"corpus/x.txt", 43}: the `file:line` every text header prints. nullopt
// for ids ("doc:p12", "note:12").
std::optional<std::pair<std::string, int>> file_line(const std::string& key) {
  const size_t colon = key.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == key.size() || key.size() - colon > 8) return std::nullopt;
  const std::string digits = key.substr(colon + 1);
  if (!std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); })) return std::nullopt;
  const std::string file = key.substr(0, colon);
  if (file + ":" == kNoteKey) return std::nullopt;
  return std::make_pair(file, std::stoi(digits));
}

// Whether `given` names the stored `file`: the same path, or one ending in it or it ending in
// `given`, at a directory boundary ("/home/a/corpus/x.txt", "x.txt" for "corpus/x.txt").
bool same_file(const std::string& given, const std::string& file) {
  auto ends_with = [](const std::string& path, const std::string& end) {
    return path.size() > end.size() && path.compare(path.size() - end.size(), end.size(), end) == 0 &&
           path[path.size() - end.size() - 1] == '/';
  };
  return !file.empty() && (given == file || ends_with(given, file) || ends_with(file, given));
}

// The ids of the records of `document` whose lines hold `line`, in file order.
std::vector<std::string> ids_at_line(const Xapian::Database& db, const std::string& document, int line,
                                     const index_format::RecordDictionary& dictionary) {
  std::vector<std::pair<int, std::string>> found;
  const std::string term = std::string(schema::kPrefixSource) + document;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    auto identity = index_format::decode_record(db.get_document(*it).get_data(), index_format::kFieldIdentity, dictionary);
    if (identity.is_ok() && identity->line_start <= line && line <= identity->line_end) {
      found.emplace_back(identity->line_start, identity->id);
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> ids;
  for (auto& [start, id] : found) ids.push_back(std::move(id));
  return ids;
}

}  // namespace

Result<std::optional<FoundRecord>> find_record(const IndexReader& index, const std::string& id) {
  try {
    const Xapian::Database& db = index.db();
    const std::string term = std::string(schema::kPrefixId) + id;
    Xapian::PostingIterator it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::optional<FoundRecord>();
    FoundRecord found;
    found.docid = *it;
    auto record = index_format::decode_record(db.get_document(found.docid).get_data(), index_format::kAllFields,
                                              index.record_dictionary());
    if (!record.is_ok()) return Status::index_error("record '" + id + "': " + record.status().message());
    found.record = std::move(record).value();
    const index_format::DocumentInfo& document = index.document(found.record.doc);
    found.record.title = document.title;
    found.record.file = document.file;
    return std::optional<FoundRecord>(std::move(found));
  } catch (const Xapian::Error& e) {
    return Status::index_error("looking up record '" + id + "' in the index at " + index.dir() + ": " +
                               e.get_description());
  }
}

Result<std::vector<FoundRecord>> find_records(const IndexReader& index, const std::string& key) {
  if (key.empty()) return Status::invalid_input("empty record id (expected e.g. doc:p12, doc:note3 or note:3)");
  for (unsigned char c : key) {
    if (c < 0x20 || c == 0x7f || c == ' ') {
      return Status::invalid_input("record id '" + key + "' holds a space or control character");
    }
  }
  std::vector<std::string> ids;
  const std::optional<int> number = note_number(key);
  if (number && *number < 0) {
    return Status::invalid_input("record id '" + key + "': expected a note number after 'note:' (note:12)");
  }
  const auto place = number ? std::nullopt : file_line(key);
  if (place) {
    try {
      for (const DocumentEntry& document : read_document_list(index.db(), index.locator())) {
        if (!same_file(place->first, document.file) && !same_file(place->first, document.path)) continue;
        for (std::string& id : ids_at_line(index.db(), document.id, place->second, index.record_dictionary())) ids.push_back(std::move(id));
      }
    } catch (const Xapian::Error& e) {
      return Status::index_error("looking up " + key + " in the index at " + index.dir() + ": " + e.get_description());
    }
    if (ids.empty()) {
      return Status::not_found("no record of the index at " + index.dir() + " holds " + key +
                               " (a file:line as the text output prints it)");
    }
  } else if (number) {
    try {
      for (const DocumentEntry& document : read_document_list(index.db(), index.locator())) {
        ids.push_back(index_format::note_id(document.id, *number));
      }
    } catch (const Xapian::Error& e) {
      return Status::index_error("listing the documents of the index at " + index.dir() + ": " + e.get_description());
    }
  } else {
    ids.push_back(key);
  }
  std::vector<FoundRecord> found;
  for (const std::string& id : ids) {
    auto one = find_record(index, id);
    if (!one.is_ok()) return one.status();
    if (one.value()) found.push_back(std::move(*one.value()));
  }
  if (found.empty()) {
    return Status::not_found(number ? "no document of the index at " + index.dir() + " has a note " +
                                          std::to_string(*number)
                                    : "no record '" + key + "' in the index at " + index.dir() +
                                          " (ids are printed by --format json or tsv, and as `cited by:`)");
  }
  return found;
}

}  // namespace searcher
