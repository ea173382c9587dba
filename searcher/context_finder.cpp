// @brief find_context: neighbours of a record in its document, in file order.
#include "searcher/context_finder.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "index_format/record_codec.h"
#include "index_format/schema.h"

namespace searcher {

using analysis::Result;
using analysis::Status;
namespace schema = index_format::schema;

namespace {

// Where a record sits in its file. Ordinals count passages and notes apart in some documents, so
// file order is by first line (then ordinal, for records sharing a line).
struct Place {
  int line_start;
  int ordinal;
  Xapian::docid docid;
};

bool before_in_file(const Place& a, const Place& b) {
  return std::tie(a.line_start, a.ordinal) < std::tie(b.line_start, b.ordinal);
}

// Every record of document `doc`, in file order: one identity-only decode each.
Result<std::vector<Place>> document_places(const Xapian::Database& db, const std::string& doc,
                                           const index_format::RecordDictionary& dictionary) {
  std::vector<Place> places;
  const std::string term = std::string(schema::kPrefixSource) + doc;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    auto identity = index_format::decode_record(db.get_document(*it).get_data(), index_format::kFieldIdentity, dictionary);
    if (!identity.is_ok()) {
      return Status::index_error("document '" + doc + "', record " + std::to_string(*it) + ": " +
                                 identity.status().message());
    }
    places.push_back({identity->line_start, identity->ordinal, *it});
  }
  std::sort(places.begin(), places.end(), before_in_file);
  return places;
}

// The records around `record` among its document's `places`. Throws Xapian::Error.
Result<PassageContext> context_among(const IndexReader& index, const std::vector<Place>& places,
                                     const index_format::PassageRecord& record, int n) {
  PassageContext context;
  const Place self{record.line_start, record.ordinal, 0};
  auto at = std::lower_bound(places.begin(), places.end(), self, before_in_file);
  const auto position = static_cast<long>(at - places.begin());
  const bool found = at != places.end() && at->line_start == record.line_start && at->ordinal == record.ordinal;
  const long first = std::max(0L, position - n);
  const long last = std::min(static_cast<long>(places.size()), position + (found ? 1 : 0) + n);
  const index_format::DocumentInfo& document = index.document(record.doc);
  for (long i = first; i < last; ++i) {
    if (found && i == position) continue;
    auto full = index_format::decode_record(index.db().get_document(places[i].docid).get_data(), index_format::kAllFields,
                                            index.record_dictionary());
    if (!full.is_ok()) {
      return Status::index_error("document '" + record.doc + "', record " + std::to_string(places[i].docid) + ": " +
                                 full.status().message());
    }
    full->title = document.title;
    full->file = document.file;
    (i < position ? context.before : context.after).push_back(std::move(full).value());
  }
  return context;
}

Status context_error(const IndexReader& index, const std::string& id, const Xapian::Error& e) {
  return Status::index_error("reading the records around '" + id + "' in the index at " + index.dir() + ": " +
                             e.get_description());
}

}  // namespace

Result<PassageContext> find_context(const IndexReader& index, const index_format::PassageRecord& record, int n) {
  if (n <= 0) return PassageContext();
  try {
    auto places = document_places(index.db(), record.doc, index.record_dictionary());
    if (!places.is_ok()) return places.status();
    return context_among(index, places.value(), record, n);
  } catch (const Xapian::Error& e) {
    return context_error(index, record.id, e);
  }
}

Status attach_context(const IndexReader& index, std::vector<Hit>& hits, int n) {
  if (n <= 0) return Status::ok();
  // Hits often share a document: its records are read once for all of them.
  std::map<std::string, std::vector<Place>> documents;
  for (Hit& hit : hits) {
    try {
      auto known = documents.find(hit.record.doc);
      if (known == documents.end()) {
        auto places = document_places(index.db(), hit.record.doc, index.record_dictionary());
        if (!places.is_ok()) return places.status();
        known = documents.emplace(hit.record.doc, std::move(places).value()).first;
      }
      auto context = context_among(index, known->second, hit.record, n);
      if (!context.is_ok()) return context.status();
      hit.context = std::move(context).value();
    } catch (const Xapian::Error& e) {
      return context_error(index, hit.record.id, e);
    }
  }
  return Status::ok();
}

}  // namespace searcher
