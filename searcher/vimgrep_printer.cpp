// @brief VimgrepPrinter: FILE:LINE:COL:TEXT per hit.
#include "searcher/vimgrep_printer.h"

namespace searcher {

void VimgrepPrinter::print_result(const QueryResult& result) {
  for (const Hit& hit : result.hits) {
    const index_format::PassageRecord& r = hit.record;
    const int line = hit.match_line > 0 ? hit.match_line : r.line_start;
    const int column = hit.match_column > 0 ? hit.match_column : 1;
    std::string text = hit.snippet.text;
    // One hit, one line: an editor reads each line as one location.
    for (char& c : text) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    out_ << r.file << ':' << line << ':' << column << ':' << text << '\n';
  }
}

void VimgrepPrinter::end_query(const QueryResult& result, const QueryStats& stats) {
  if (!result.suggestion.empty()) err_ << "Did you mean: " << result.suggestion << '\n';
  if (options_.stats) err_ << stats_line(result, stats) << '\n';
}

}  // namespace searcher
