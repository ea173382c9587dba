// @brief Tests for VimgrepPrinter: FILE:LINE:COL:TEXT, one line per hit.
#define BOOST_TEST_MODULE vimgrep_printer
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "searcher/sample_hits.h"
#include "searcher/vimgrep_printer.h"

BOOST_AUTO_TEST_CASE(one_line_per_hit_at_its_match) {
  searcher::QueryResult result = searcher::testing::sample_result();
  result.hits[0].match_line = 83;
  result.hits[0].match_column = 17;
  result.hits[2].snippet.text = "MoD Ministry\nof Defense\tJSDF";  // one hit, one line
  std::ostringstream out, err;
  searcher::PrinterOptions options;
  options.stats = true;
  searcher::VimgrepPrinter printer(options, out, err);
  printer.print_result(result);
  printer.end_query(result, {1, 2, 3});
  BOOST_TEST(out.str() ==
             "corpus/iiss-japan-2021.txt:83:17:Japan's 2020 defence white paper says cyber.\n"
             // Not located: the first line, column 1.
             "corpus/iiss-japan-2021.txt:168:1:Ibid., pp. 218, 267.\n"
             "corpus/iiss-japan-2021.txt:20:1:MoD Ministry of Defense JSDF\n");
  BOOST_TEST(err.str().find("stats: query") == 0u, err.str());
}
