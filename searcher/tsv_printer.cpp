// @brief TsvPrinter: one hit per line, columns documented in tsv_printer.h.
#include "searcher/tsv_printer.h"

#include <cstdio>

#include "index_format/schema.h"

namespace searcher {

std::string escape_tsv_field(std::string_view field) {
  std::string escaped;
  escaped.reserve(field.size());
  for (char c : field) {
    switch (c) {
      case '\\': escaped += "\\\\"; break;
      case '\t': escaped += "\\t"; break;
      case '\n': escaped += "\\n"; break;
      case '\r': escaped += "\\r"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

void TsvPrinter::begin() {
  if (options_.batch) out_ << "line\tquery\t";
  out_ << "rank\tscore\tid\tkind\tfile\tline_start\tline_end\tsection\tnotes\ttext"
       << (options_.context > 0 ? "\trole\n" : "\n");
}

void TsvPrinter::print_result(const QueryResult& result) {
  for (const Hit& hit : result.hits) {
    for (const auto& record : hit.context.before) print_row(result, hit, record, "before");
    print_row(result, hit, hit.record, "hit");
    for (const auto& record : hit.context.after) print_row(result, hit, record, "after");
  }
}

void TsvPrinter::print_row(const QueryResult& result, const Hit& hit, const index_format::PassageRecord& r,
                           const char* role) {
  std::string section;
  for (const std::string& heading : r.section) section += (section.empty() ? "" : " › ") + heading;
  std::string notes;
  if (r.kind == index_format::schema::kKindNote) {
    if (r.number) notes = std::to_string(*r.number);
  } else {
    for (int number : r.notes) notes += (notes.empty() ? "" : ",") + std::to_string(number);
  }
  char score[32];
  std::snprintf(score, sizeof score, "%.4f", hit.score);
  if (options_.batch) out_ << result.line << '\t' << escape_tsv_field(result.query) << '\t';
  out_ << hit.rank << '\t' << score << '\t' << escape_tsv_field(r.id) << '\t' << escape_tsv_field(r.kind) << '\t'
       << escape_tsv_field(r.file) << '\t' << r.line_start << '\t' << r.line_end << '\t'
       << escape_tsv_field(section) << '\t' << notes << '\t' << escape_tsv_field(r.text);
  if (options_.context > 0) out_ << '\t' << role;
  out_ << '\n';
}

void TsvPrinter::end_query(const QueryResult& result, const QueryStats& stats) {
  if (!result.suggestion.empty()) err_ << "Did you mean: " << result.suggestion << '\n';
  print_diagnostics(result, err_);
  if (!options_.stats) return;
  err_ << stats_line(result, stats) << '\n';
}

void TsvPrinter::print_error(const QueryFailure& failure) {
  if (!options_.batch) return;
  // Every column present: rank says "error", text holds the message.
  out_ << failure.line << '\t' << escape_tsv_field(failure.query) << "\terror\t\t\t\t\t\t\t\t\t"
       << escape_tsv_field(failure.message) << '\n';
}

}  // namespace searcher
