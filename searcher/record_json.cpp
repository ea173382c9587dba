// @brief note_json, record_json: JSON spellings shared by the JSON printers.
#include "searcher/record_json.h"

#include <ostream>

#include "index_format/schema.h"

namespace searcher {

using json = nlohmann::ordered_json;

namespace {

json optional_int(const std::optional<int>& value) { return value ? json(*value) : json(nullptr); }

}  // namespace

json note_json(const ResolvedNote& note) {
  return {{"number", note.number},
          {"text", note.found ? json(note.text) : json(nullptr)},
          {"urls", note.urls},
          {"ibid_of", optional_int(note.ibid_of)},
          {"ibid_text", note.ibid_text.empty() ? json(nullptr) : json(note.ibid_text)}};
}

json record_json(const index_format::PassageRecord& r) {
  json line = {{"id", r.id},       {"kind", r.kind},           {"doc", r.doc},
               {"title", r.title}, {"section", r.section},     {"file", r.file},
               {"line_start", r.line_start}, {"line_end", r.line_end}, {"text", r.text},
               {"notes", r.notes}};
  if (r.kind == index_format::schema::kKindNote) {
    line["number"] = optional_int(r.number);
    line["urls"] = r.urls;
    line["ibid_of"] = optional_int(r.ibid_of);
  }
  return line;
}

json records_json(const std::vector<index_format::PassageRecord>& records) {
  json list = json::array();
  for (const auto& record : records) list.push_back(record_json(record));
  return list;
}

void write_json_line(std::ostream& out, const json& line) {
  out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace searcher
