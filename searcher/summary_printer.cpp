// @brief SummaryPrinter: documents with matches, counted or listed.
#include "searcher/summary_printer.h"

#include <nlohmann/json.hpp>

#include "searcher/tsv_printer.h"

namespace searcher {

using json = nlohmann::ordered_json;

namespace {

void write_line(std::ostream& out, const json& line) {
  out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace

void SummaryPrinter::begin() {
  if (format_ != Format::kTsv) return;
  if (options_.batch) out_ << "query\t";
  out_ << (counting() ? "doc\tfile\tcount\n" : "doc\tfile\n");
}

void SummaryPrinter::print_result(const QueryResult& result) {
  if (format_ == Format::kText && options_.batch) out_ << "query: " << result.query << '\n';
  for (const DocumentCount& d : result.documents) {
    switch (format_) {
      case Format::kText:
        out_ << d.file;
        if (counting()) out_ << ':' << d.count;
        out_ << '\n';
        break;
      case Format::kTsv:
        if (options_.batch) out_ << escape_tsv_field(result.query) << '\t';
        out_ << escape_tsv_field(d.doc) << '\t' << escape_tsv_field(d.file);
        if (counting()) out_ << '\t' << d.count;
        out_ << '\n';
        break;
      case Format::kJson:
        write_line(out_, {{"type", "document"},
                          {"query", result.query},
                          {"doc", d.doc},
                          {"title", d.title},
                          {"file", d.file},
                          {"path", d.path},
                          {"count", d.count},
                          {"best_rank", d.best_rank}});
        break;
    }
  }
}

void SummaryPrinter::end_query(const QueryResult& result, const QueryStats& stats) {
  if (format_ == Format::kJson) {
    json summary = {{"type", "summary"},
                    {"query", result.query},
                    {"suggestion", result.suggestion.empty() ? json(nullptr) : json(result.suggestion)},
                    {"documents", result.documents.size()},
                    {"matches", result.matches_estimated}};
    if (options_.stats) {
      summary["stats"] = {{"parse_us", stats.parse_us}, {"match_us", stats.match_us}, {"render_us", stats.render_us}};
    }
    write_line(out_, summary);
    return;
  }
  if (!result.suggestion.empty()) err_ << "Did you mean: " << result.suggestion << '\n';
  if (options_.stats) err_ << stats_line(result, stats) << '\n';
}

}  // namespace searcher
