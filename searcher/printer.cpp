// @brief make_printer: one printer per format.
#include "searcher/printer.h"

#include "searcher/json_printer.h"
#include "searcher/summary_printer.h"
#include "searcher/text_printer.h"
#include "searcher/tsv_printer.h"
#include "searcher/vimgrep_printer.h"

namespace searcher {

std::string stats_line(const QueryResult& result, const QueryStats& stats) {
  return "stats: query \"" + result.query + "\": parse " + std::to_string(stats.parse_us) + " µs, match " +
         std::to_string(stats.match_us) + " µs, render " + std::to_string(stats.render_us) + " µs";
}

void print_diagnostics(const QueryResult& result, std::ostream& err) {
  const std::string where = result.line > 0 ? "stdin:" + std::to_string(result.line) + ": " : "";
  for (const std::string& notice : result.notices) err << where << notice << '\n';
  if (result.unmatched.empty()) return;
  err << where << "no passage has: ";
  for (size_t i = 0; i < result.unmatched.size(); ++i) err << (i ? ", " : "") << result.unmatched[i];
  err << '\n';
}

std::unique_ptr<Printer> make_printer(Format format, const PrinterOptions& options, std::ostream& out,
                                      std::ostream& err) {
  switch (options.view) {
    case View::kVimgrep:
      return std::make_unique<VimgrepPrinter>(options, out, err);
    case View::kCount:
    case View::kFiles:
      return std::make_unique<SummaryPrinter>(format, options, out, err);
    case View::kHits:
      break;
  }
  switch (format) {
    case Format::kJson:
      return std::make_unique<JsonPrinter>(options, out);
    case Format::kTsv:
      return std::make_unique<TsvPrinter>(options, out, err);
    case Format::kText:
      break;
  }
  return std::make_unique<TextPrinter>(options, out, err);
}

}  // namespace searcher
