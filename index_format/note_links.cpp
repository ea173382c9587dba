// @brief Note citations resolved within one document.
#include "index_format/note_links.h"

#include <map>

#include "index_format/schema.h"

namespace index_format {

namespace {

// Ibid. chains in real notes are one step ("12 Ibid., pp. 218, 267." repeats 11); the bound only
// guards against notes that point at each other.
constexpr int kMaxIbidSteps = 8;

CitedNote resolve(const std::map<int, const PassageRecord*>& notes, int number) {
  CitedNote cited;
  cited.number = number;
  auto it = notes.find(number);
  if (it == notes.end()) {
    cited.found = false;
    return cited;
  }
  cited.text = it->second->text;
  cited.urls = it->second->urls;
  cited.ibid_of = it->second->ibid_of;
  std::optional<int> next = cited.ibid_of;
  for (int step = 0; next && step < kMaxIbidSteps; ++step) {
    auto repeated = notes.find(*next);
    if (repeated == notes.end()) break;
    cited.ibid_text = repeated->second->text;
    next = repeated->second->ibid_of;
  }
  return cited;
}

}  // namespace

void link_notes(std::vector<PassageRecord>& records) {
  std::map<int, PassageRecord*> first_note;
  for (auto& r : records) {
    if (r.kind == schema::kKindNote && r.number) first_note.emplace(*r.number, &r);
  }
  const std::map<int, const PassageRecord*> notes(first_note.begin(), first_note.end());
  std::vector<CitedNote> resolved(records.size());
  for (auto& r : records) {
    r.cited_by.clear();
    r.cited_notes.clear();
  }
  for (auto& r : records) {
    if (r.kind == schema::kKindNote) {
      if (r.ibid_of) r.cited_notes.push_back(resolve(notes, *r.ibid_of));
      continue;
    }
    for (int number : r.notes) {
      r.cited_notes.push_back(resolve(notes, number));
      if (auto it = first_note.find(number); it != first_note.end()) {
        it->second->cited_by.push_back({r.id, r.line_start, r.line_end});
      }
    }
  }
}

}  // namespace index_format
