// @brief find_context: neighbours of a record by ordinal within its document.
#include "searcher/context_finder.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "index_format/record_codec.h"
#include "index_format/schema.h"

namespace searcher {

using analysis::Result;
using analysis::Status;
namespace schema = index_format::schema;

Result<PassageContext> find_context(const IndexReader& index, const index_format::PassageRecord& record, int n) {
  PassageContext context;
  if (n <= 0) return context;
  try {
    const Xapian::Database& db = index.db();
    const std::string term = std::string(schema::kPrefixSource) + record.doc;
    // Ordinals count passages and notes apart in some documents, so file order is by first line
    // (then ordinal, for records sharing a line).
    struct Place {
      int line_start;
      int ordinal;
      Xapian::docid docid;
      bool operator<(const Place& other) const {
        return std::tie(line_start, ordinal, docid) < std::tie(other.line_start, other.ordinal, other.docid);
      }
    };
    std::vector<Place> places;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
      auto identity = index_format::decode_record(db.get_document(*it).get_data(), index_format::kFieldIdentity);
      if (!identity.is_ok()) {
        return Status::index_error("document '" + record.doc + "', record " + std::to_string(*it) + ": " +
                                   identity.status().message());
      }
      places.push_back({identity->line_start, identity->ordinal, *it});
    }
    std::sort(places.begin(), places.end());
    const Place self{record.line_start, record.ordinal, 0};
    auto at = std::lower_bound(places.begin(), places.end(), self,
                               [](const Place& a, const Place& b) { return std::tie(a.line_start, a.ordinal) < std::tie(b.line_start, b.ordinal); });
    const auto position = static_cast<long>(at - places.begin());
    const bool found = at != places.end() && at->line_start == record.line_start && at->ordinal == record.ordinal;
    const long first = std::max(0L, position - n);
    const long last = std::min(static_cast<long>(places.size()), position + (found ? 1 : 0) + n);
    const index_format::DocumentInfo& document = index.document(record.doc);
    for (long i = first; i < last; ++i) {
      if (found && i == position) continue;
      auto full = index_format::decode_record(db.get_document(places[i].docid).get_data());
      if (!full.is_ok()) {
        return Status::index_error("document '" + record.doc + "', record " + std::to_string(places[i].docid) + ": " +
                                   full.status().message());
      }
      full->title = document.title;
      full->file = document.file;
      (i < position ? context.before : context.after).push_back(std::move(full).value());
    }
    return context;
  } catch (const Xapian::Error& e) {
    return Status::index_error("reading the records around '" + record.id + "' in the index at " + index.dir() +
                               ": " + e.get_description());
  }
}

Status attach_context(const IndexReader& index, std::vector<Hit>& hits, int n) {
  if (n <= 0) return Status::ok();
  for (Hit& hit : hits) {
    auto context = find_context(index, hit.record, n);
    if (!context.is_ok()) return context.status();
    hit.context = std::move(context).value();
  }
  return Status::ok();
}

}  // namespace searcher
