// @brief NoteResolver: note and citing-passage lookups by unique id term.
#include "searcher/note_resolver.h"

#include "analysis/schema.h"

namespace searcher {

using analysis::PassageRecord;
using analysis::Status;

namespace {

// Ibid. chains in the corpus are one step ("12 Ibid., pp. 218, 267." repeats 11); the bound only
// guards against a malformed index whose notes point at each other.
constexpr int kMaxIbidSteps = 8;

}  // namespace

std::optional<PassageRecord> NoteResolver::find(const std::string& id) const {
  const std::string term = std::string(analysis::schema::kPrefixId) + id;
  auto it = db_.postlist_begin(term);
  if (it == db_.postlist_end(term)) return std::nullopt;
  auto record = analysis::decode_record(db_.get_document(*it).get_data());
  if (!record.is_ok()) return std::nullopt;
  return std::move(record).value();
}

ResolvedNote NoteResolver::note(const std::string& doc, int number) const {
  ResolvedNote resolved;
  resolved.number = number;
  auto record = find(analysis::note_id(doc, number));
  if (!record) {
    resolved.found = false;
    return resolved;
  }
  resolved.text = record->text;
  resolved.urls = record->urls;
  resolved.ibid_of = record->ibid_of;
  std::optional<int> next = record->ibid_of;
  for (int step = 0; next && step < kMaxIbidSteps; ++step) {
    auto repeated = find(analysis::note_id(doc, *next));
    if (!repeated) break;
    resolved.ibid_text = repeated->text;
    next = repeated->ibid_of;
  }
  return resolved;
}

Status NoteResolver::resolve(Hit& hit) const {
  try {
    const PassageRecord& r = hit.record;
    hit.notes.clear();
    hit.cited_by.clear();
    if (r.kind == analysis::schema::kKindNote) {
      for (const std::string& id : r.cited_by) {
        if (auto citing = find(id)) hit.cited_by.push_back({id, citing->file, citing->line_start, citing->line_end});
      }
      if (r.ibid_of) hit.notes.push_back(note(r.doc, *r.ibid_of));
      return Status::ok();
    }
    for (int number : r.notes) hit.notes.push_back(note(r.doc, number));
    return Status::ok();
  } catch (const Xapian::DatabaseModifiedError& e) {
    return Status::busy("index changed while resolving notes: " + e.get_msg());
  } catch (const Xapian::NetworkError& e) {
    return Status::io_error("a remote shard stopped answering: " + e.get_description());
  } catch (const Xapian::Error& e) {
    return Status::index_error("resolving notes of " + hit.record.id + ": " + e.get_description());
  }
}

}  // namespace searcher
