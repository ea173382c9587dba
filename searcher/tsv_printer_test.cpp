// @brief Tests for TsvPrinter: header, columns split back, escaping, batch query column.
#define BOOST_TEST_MODULE tsv_printer
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "searcher/sample_hits.h"
#include "searcher/tsv_printer.h"

using searcher::escape_tsv_field;
using searcher::PrinterOptions;
using searcher::TsvPrinter;

namespace {

std::vector<std::vector<std::string>> render(PrinterOptions options, std::string* err_text = nullptr) {
  std::ostringstream out, err;
  TsvPrinter printer(options, out, err);
  printer.begin();
  auto result = searcher::testing::sample_result();
  printer.print_result(result);
  printer.end_query(result, {1, 2, 3});
  auto empty = searcher::testing::empty_result();
  printer.print_result(empty);
  printer.end_query(empty, {1, 2, 3});
  printer.finish();
  if (err_text) *err_text = err.str();
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> columns;
    std::istringstream fields(line);
    for (std::string field; std::getline(fields, field, '\t');) columns.push_back(field);
    if (!line.empty() && line.back() == '\t') columns.emplace_back();
    rows.push_back(columns);
  }
  return rows;
}

}  // namespace

BOOST_AUTO_TEST_CASE(escaping_rows) {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"", ""},
      {"plain text", "plain text"},
      {"a\tb", "a\\tb"},
      {"line\nbreak\r", "line\\nbreak\\r"},
      {"back\\slash", "back\\\\slash"},
      {"Jūyō › x", "Jūyō › x"},
  };
  for (const auto& [input, expected] : rows) BOOST_TEST(escape_tsv_field(input) == expected);
}

BOOST_AUTO_TEST_CASE(header_then_one_line_per_hit) {
  std::string err;
  auto rows = render({}, &err);
  BOOST_REQUIRE(rows.size() == 4u);
  const std::vector<std::string> header = {"rank", "score", "id", "kind", "file", "line_start", "line_end",
                                           "section", "notes", "text"};
  BOOST_TEST(rows[0] == header, boost::test_tools::per_element());
  for (const auto& row : rows) BOOST_TEST(row.size() == header.size());
  const std::vector<std::string> passage = {"1", "12.3450", "iiss-japan-2021:p30", "passage",
                                            "corpus/iiss-japan-2021.txt", "82", "84", "Strategy and doctrine",
                                            "11,12",
                                            "Japan's 2020 defence white paper\\tsays cyber.[11] It stresses C4I.[12]"};
  BOOST_TEST(rows[1] == passage, boost::test_tools::per_element());
  BOOST_TEST(rows[2][3] == "note");
  BOOST_TEST(rows[2][8] == "12");  // a note hit lists its own number
  BOOST_TEST(rows[3][7] == "");    // no section
  BOOST_TEST(rows[3][9] == "MoD Ministry of Defense\\nJSDF Japan Self-Defense Forces");
  BOOST_TEST(err == "Did you mean: cybersecurity\n");  // stats off; suggestion on stderr
}

// Rows stay hits only: notices and unmatched words go to stderr; a failed --batch line is a row
// whose rank column says "error" and whose text column holds the message.
BOOST_AUTO_TEST_CASE(errors_are_rows_and_diagnostics_go_to_stderr) {
  std::ostringstream out, err;
  TsvPrinter printer({false, true, false, false}, out, err);
  printer.begin();
  auto result = searcher::testing::empty_result();
  result.line = 4;
  result.notices = {"query:3: note: unbalanced quote; the phrase runs to the end"};
  result.unmatched = {"attributon", "cyberr"};
  printer.print_result(result);
  printer.end_query(result, {});
  printer.print_error({5, "a\tb", 1, "query:1: error: nothing to search for"});
  BOOST_TEST(out.str() == "line\tquery\trank\tscore\tid\tkind\tfile\tline_start\tline_end\tsection\tnotes\ttext\n"
                          "5\ta\\tb\terror\t\t\t\t\t\t\t\t\tquery:1: error: nothing to search for\n");
  BOOST_TEST(err.str().find("stdin:4: query:3: note: unbalanced quote") != std::string::npos, err.str());
  BOOST_TEST(err.str().find("stdin:4: no passage has: attributon, cyberr\n") != std::string::npos, err.str());
}

BOOST_AUTO_TEST_CASE(batch_adds_line_and_query_columns_and_stats_go_to_stderr) {
  std::string err;
  auto rows = render({false, true, false, true}, &err);
  BOOST_REQUIRE(rows.size() == 4u);
  BOOST_TEST(rows[0][0] == "line");
  BOOST_TEST(rows[0][1] == "query");
  BOOST_TEST(rows[0].size() == 12u);
  BOOST_TEST(rows[1][0] == "0");  // the sample result is no line of input
  BOOST_TEST(rows[1][1] == "cyber \"white paper\"");
  BOOST_TEST(rows[1][2] == "1");
  BOOST_TEST(err.find("parse 1 µs, match 2 µs, render 3 µs") != std::string::npos);
}
