// @brief Tests for SummaryPrinter: --count and --files-with-matches in text, TSV and JSON.
#define BOOST_TEST_MODULE summary_printer
#include <boost/test/unit_test.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "searcher/summary_printer.h"

using searcher::Format;
using searcher::PrinterOptions;
using searcher::QueryResult;
using searcher::View;

namespace {

QueryResult two_documents() {
  QueryResult result;
  result.query = "cyber";
  result.matches_estimated = 55;
  result.documents = {{"iiss", "Japan", "corpus/iiss.txt", "/p/corpus/iiss.txt", 48, 1},
                      {"un", "Reply\tof Japan", "corpus/un.txt", "/p/corpus/un.txt", 7, 8}};
  return result;
}

std::string render(Format format, View view, const std::vector<QueryResult>& results, bool batch = false,
                   std::string* err_text = nullptr) {
  std::ostringstream out, err;
  PrinterOptions options;
  options.view = view;
  options.batch = batch;
  searcher::SummaryPrinter printer(format, options, out, err);
  printer.begin();
  for (const auto& result : results) {
    printer.print_result(result);
    printer.end_query(result, {});
  }
  printer.finish();
  if (err_text) *err_text = err.str();
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_CASE(text_and_tsv) {
  QueryResult none;
  none.query = "cybersecurty";
  none.suggestion = "cybersecurity";
  struct Row {
    Format format;
    View view;
    std::vector<QueryResult> results;
    bool batch;
    std::string out, err;
  };
  const std::vector<Row> rows = {
      {Format::kText, View::kCount, {two_documents()}, false, "corpus/iiss.txt:48\ncorpus/un.txt:7\n", ""},
      {Format::kText, View::kFiles, {two_documents()}, false, "corpus/iiss.txt\ncorpus/un.txt\n", ""},
      {Format::kText, View::kFiles, {none}, false, "", "Did you mean: cybersecurity\n"},
      {Format::kText, View::kCount, {two_documents(), none}, true,
       "query: cyber\ncorpus/iiss.txt:48\ncorpus/un.txt:7\nquery: cybersecurty\n", "Did you mean: cybersecurity\n"},
      {Format::kTsv, View::kCount, {two_documents()}, false, "doc\tfile\tcount\niiss\tcorpus/iiss.txt\t48\nun\tcorpus/un.txt\t7\n", ""},
      {Format::kTsv, View::kFiles, {two_documents()}, true,
       "query\tdoc\tfile\ncyber\tiiss\tcorpus/iiss.txt\ncyber\tun\tcorpus/un.txt\n", ""},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.out) {
      std::string err;
      BOOST_TEST(render(row.format, row.view, row.results, row.batch, &err) == row.out);
      BOOST_TEST(err == row.err);
    }
  }
}

BOOST_AUTO_TEST_CASE(json_documents_and_a_summary) {
  std::istringstream out(render(Format::kJson, View::kCount, {two_documents()}));
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(out, line);) lines.push_back(nlohmann::json::parse(line));
  BOOST_REQUIRE_EQUAL(lines.size(), 3u);
  BOOST_TEST(lines[0].at("type") == "document");
  BOOST_TEST(lines[0].at("file") == "corpus/iiss.txt");
  BOOST_TEST(lines[0].at("path") == "/p/corpus/iiss.txt");
  BOOST_TEST(lines[0].at("count") == 48);
  BOOST_TEST(lines[0].at("best_rank") == 1);
  BOOST_TEST(lines[1].at("title") == "Reply\tof Japan");
  BOOST_TEST(lines[2].at("type") == "summary");
  BOOST_TEST(lines[2].at("documents") == 2);
  BOOST_TEST(lines[2].at("matches") == 55);
  BOOST_TEST(lines[2].at("suggestion").is_null());
}
