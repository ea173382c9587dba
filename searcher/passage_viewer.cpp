// @brief view_records: a record with its notes, citing passages and context.
#include "searcher/passage_viewer.h"

#include "searcher/context_finder.h"
#include "searcher/record_lookup.h"

namespace searcher {

using analysis::Result;
using analysis::Status;

Result<std::vector<PassageView>> view_records(const IndexReader& index, const std::string& key, int context) {
  auto found = find_records(index, key);
  if (!found.is_ok()) return found.status();
  std::vector<PassageView> views;
  for (FoundRecord& one : found.value()) {
    PassageView view;
    view.record = std::move(one.record);
    for (const index_format::CitingRef& ref : view.record.cited_by) {
      auto citing = find_record(index, ref.id);
      if (!citing.is_ok()) return citing.status();
      // The link was made at index time: a citing id missing now is an index out of step.
      if (!citing.value()) {
        return Status::index_error("note '" + view.record.id + "' is cited by '" + ref.id +
                                   "', which is not in the index at " + index.dir() + ": rebuild it");
      }
      view.citing.push_back(std::move(citing.value()->record));
    }
    auto around = find_context(index, view.record, context);
    if (!around.is_ok()) return around.status();
    view.context = std::move(around).value();
    views.push_back(std::move(view));
  }
  return views;
}

}  // namespace searcher
