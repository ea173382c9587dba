// @brief TsvPrinter: tab-separated values for `cut` and spreadsheets.
//
// A header line, then one line per hit with the columns
//   rank  score  id  kind  file  line_start  line_end  section  notes  text
// where section is the path joined with " › ", notes the cited note numbers joined with ","
// (for a note hit: its own number), and score has four decimals. In --batch mode a first column
// `query` is added so each line says which query it answers. Inside a field, backslash, tab,
// newline and carriage return are escaped as \\ \t \n \r, so every line has the same columns.
// With -C N a last column `role` is added: `hit` for the hit's line, `before` and `after` for the
// records around it (lines of their own, in document order, carrying the hit's rank and score).
// Stats (--stats) go to `err`, keeping stdout pure TSV.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "searcher/printer.h"

namespace searcher {

class TsvPrinter : public Printer {
 public:
  TsvPrinter(const PrinterOptions& options, std::ostream& out, std::ostream& err)
      : options_(options), out_(out), err_(err) {}

  void begin() override;
  void print_result(const QueryResult& result) override;
  void end_query(const QueryResult& result, const QueryStats& stats) override;
  void print_error(const QueryFailure& failure) override;

 private:
  void print_row(const QueryResult& result, const Hit& hit, const index_format::PassageRecord& record,
                 const char* role);

  PrinterOptions options_;
  std::ostream& out_;
  std::ostream& err_;
};

// `field` with \\, \t, \n and \r escaped.
std::string escape_tsv_field(std::string_view field);

}  // namespace searcher
