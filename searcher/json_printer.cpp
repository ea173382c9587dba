// @brief JsonPrinter: JSON Lines; the wire format is documented in json_printer.h.
#include "searcher/json_printer.h"

#include "index_format/schema.h"
#include "searcher/record_json.h"

namespace searcher {

using json = nlohmann::ordered_json;

namespace {

json optional_int(const std::optional<int>& value) { return value ? json(*value) : json(nullptr); }
json optional_string(const std::string& value) { return value.empty() ? json(nullptr) : json(value); }

void write_line(std::ostream& out, const json& line) { write_json_line(out, line); }

}  // namespace

json JsonPrinter::hit_json(const QueryResult& result, const Hit& hit) const {
  const index_format::PassageRecord& r = hit.record;
  json highlights = json::array();
  for (const HighlightSpan& span : hit.snippet.highlights) {
    highlights.push_back({{"byte_begin", span.byte_begin},
                          {"byte_end", span.byte_end},
                          {"char_begin", span.char_begin},
                          {"char_end", span.char_end}});
  }
  json notes = json::array();
  for (const ResolvedNote& note : hit.notes) notes.push_back(note_json(note));
  json line = {{"type", "hit"}};
  if (options_.batch) line["line"] = result.line;
  line.update(json{{"query", result.query},
               {"rank", hit.rank},
               {"score", hit.score},
               {"percent", hit.percent},
               {"id", r.id},
               {"kind", r.kind},
               {"doc", r.doc},
               {"title", r.title},
               {"section", r.section},
               {"file", r.file},
               {"path", r.path},
               {"line_start", r.line_start},
               {"line_end", r.line_end},
               {"text", r.text},
               {"snippet", hit.snippet.text},
               {"highlights", highlights},
               {"notes", notes},
               {"suggestion", optional_string(result.suggestion)}});
  if (r.kind == index_format::schema::kKindNote) {
    line["number"] = optional_int(r.number);
    line["urls"] = r.urls;
    line["ibid_of"] = optional_int(r.ibid_of);
    json ids = json::array();
    for (const auto& citing : r.cited_by) ids.push_back(citing.id);
    line["cited_by"] = ids;
    json refs = json::array();
    for (const CitingPassage& citing : hit.cited_by) {
      refs.push_back({{"id", citing.id},
                      {"file", citing.file},
                      {"line_start", citing.line_start},
                      {"line_end", citing.line_end}});
    }
    line["cited_by_refs"] = refs;
  }
  if (options_.context > 0) {
    line["context_before"] = records_json(hit.context.before);
    line["context_after"] = records_json(hit.context.after);
  }
  if (options_.explain) {
    line["matching_terms"] = hit.matching_terms;
    line["matching_weights"] = hit.matching_weights;
  }
  return line;
}

void JsonPrinter::print_result(const QueryResult& result) {
  for (const Hit& hit : result.hits) write_line(out_, hit_json(result, hit));
}

void JsonPrinter::end_query(const QueryResult& result, const QueryStats& stats) {
  if (!result.hits.empty() && result.notices.empty() && result.unmatched.empty() && !options_.stats &&
      !options_.explain && !options_.batch) {
    return;
  }
  json summary = {{"type", "summary"}};
  if (options_.batch) summary["line"] = result.line;
  summary.update(json{{"query", result.query},
                  {"suggestion", optional_string(result.suggestion)},
                  {"matches_estimated", result.matches_estimated},
                  {"returned", result.hits.size()},
                  {"notices", result.notices},
                  {"unmatched", result.unmatched}});
  if (options_.stats) {
    summary["stats"] = {{"parse_us", stats.parse_us}, {"match_us", stats.match_us}, {"render_us", stats.render_us}};
  }
  if (options_.explain) {
    json terms = json::array();
    for (const TermWeight& term : result.term_weights) {
      terms.push_back({{"term", term.term}, {"termfreq", term.termfreq}, {"weight", term.weight}});
    }
    summary["explain"] = {{"parsed", result.parsed}, {"expansions", result.expansions}, {"terms", terms}};
  }
  write_line(out_, summary);
}

void JsonPrinter::print_error(const QueryFailure& failure) {
  write_line(out_, {{"type", "error"},
                    {"line", failure.line > 0 ? json(failure.line) : json(nullptr)},
                    {"query", failure.query},
                    {"column", failure.column > 0 ? json(failure.column) : json(nullptr)},
                    {"message", failure.message}});
}

}  // namespace searcher
