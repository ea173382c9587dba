// @brief Tests for JsonPrinter: every line parses back, fields match the documented wire format.
#define BOOST_TEST_MODULE json_printer
#include <boost/test/unit_test.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "searcher/json_printer.h"
#include "searcher/sample_hits.h"

using nlohmann::json;
using searcher::JsonPrinter;
using searcher::PrinterOptions;
using searcher::QueryResult;
using searcher::QueryStats;

namespace {

std::vector<json> render(const QueryResult& result, PrinterOptions options = {}, QueryStats stats = {}) {
  std::ostringstream out;
  JsonPrinter printer(options, out);
  printer.begin();
  printer.print_result(result);
  printer.end_query(result, stats);
  printer.finish();
  std::vector<json> lines;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

}  // namespace

BOOST_AUTO_TEST_CASE(hit_lines_carry_the_documented_fields) {
  auto lines = render(searcher::testing::sample_result());
  BOOST_REQUIRE(lines.size() == 3u);  // hits only: no summary without --stats/--explain
  for (const json& line : lines) {
    for (const char* field : {"type", "query", "rank", "score", "id", "kind", "doc", "title", "section", "file", "path",
                              "line_start", "line_end", "text", "snippet", "highlights", "notes", "suggestion"}) {
      BOOST_TEST(line.contains(field), field);
    }
    BOOST_TEST(line["type"] == "hit");
    BOOST_TEST(line["query"] == "cyber \"white paper\"");
    BOOST_TEST(line["suggestion"].is_null());
  }
  const json& passage = lines[0];
  BOOST_TEST(passage["rank"] == 1);
  BOOST_TEST(passage["score"].get<double>() == 12.345);
  BOOST_TEST(passage["id"] == "iiss-japan-2021:p30");
  BOOST_TEST(passage["section"] == json::array({"Strategy and doctrine"}));
  BOOST_TEST(passage["file"] == "corpus/iiss-japan-2021.txt");
  BOOST_TEST(passage["path"] == "/p/corpus/iiss-japan-2021.txt");
  BOOST_TEST(passage["line_start"] == 82);
  BOOST_TEST(passage["line_end"] == 84);
  BOOST_TEST(passage["text"].get<std::string>().find("\tsays cyber.[11]") != std::string::npos);
  BOOST_TEST(passage["highlights"] ==
             json::parse(R"([{"byte_begin": 38, "byte_end": 43, "char_begin": 38, "char_end": 43}])"));
  BOOST_TEST(!passage.contains("cited_by"));
  BOOST_REQUIRE(passage["notes"].size() == 2u);
  BOOST_TEST(passage["notes"][0] == json::parse(R"({"number": 11, "text": "Ministry of Defense, Defense of Japan 2020, 2020, p. 41.",
      "urls": ["https://www.mod.go.jp/e/"], "ibid_of": null, "ibid_text": null})"));
  BOOST_TEST(passage["notes"][1]["ibid_of"] == 11);
  BOOST_TEST(passage["notes"][1]["ibid_text"] == passage["notes"][0]["text"]);

  const json& note = lines[1];
  BOOST_TEST(note["kind"] == "note");
  BOOST_TEST(note["number"] == 12);
  BOOST_TEST(note["ibid_of"] == 11);
  BOOST_TEST(note["urls"] == json::array());
  BOOST_TEST(note["cited_by"] == json::array({"iiss-japan-2021:p30"}));
  BOOST_TEST(note["cited_by_refs"][0] == json::parse(R"({"id": "iiss-japan-2021:p30",
      "file": "corpus/iiss-japan-2021.txt", "line_start": 82, "line_end": 84})"));

  const json& glossary = lines[2];
  BOOST_TEST(glossary["section"] == json::array());
  BOOST_TEST(glossary["notes"][0]["text"].is_null());  // cited note missing from the index
  BOOST_TEST(!glossary.contains("number"));
}

BOOST_AUTO_TEST_CASE(summary_line_when_nothing_matched_or_asked) {
  struct Row {
    std::string name;
    QueryResult result;
    PrinterOptions options;
    size_t lines;
    bool has_stats;
    bool has_explain;
  };
  QueryResult with_notice = searcher::testing::sample_result();
  with_notice.notices = {"query:1: note: wildcard 'a*' matches more than 256 terms"};
  QueryResult with_unmatched = searcher::testing::sample_result();
  with_unmatched.unmatched = {"attributon"};
  const std::vector<Row> rows = {
      {"no hits", searcher::testing::empty_result(), {}, 1, false, false},
      {"hits, stats", searcher::testing::sample_result(), {false, false, false, true}, 4, true, false},
      {"hits, explain", searcher::testing::sample_result(), {false, false, true, false}, 4, false, true},
      {"no hits, both", searcher::testing::empty_result(), {false, true, true, true}, 1, true, true},
      {"hits, notices", with_notice, {}, 4, false, false},
      {"hits, unmatched words", with_unmatched, {}, 4, false, false},
      {"hits, batch", searcher::testing::sample_result(), {false, true, false, false}, 4, false, false},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      auto lines = render(row.result, row.options, {11, 22, 33});
      BOOST_REQUIRE(lines.size() == row.lines);
      const json& summary = lines.back();
      BOOST_TEST(summary["type"] == "summary");
      BOOST_TEST(summary["query"] == row.result.query);
      BOOST_TEST(summary["returned"] == row.result.hits.size());
      BOOST_TEST(summary.contains("stats") == row.has_stats);
      BOOST_TEST(summary.contains("explain") == row.has_explain);
      if (row.has_stats) BOOST_TEST(summary["stats"] == json::parse(R"({"parse_us":11,"match_us":22,"render_us":33})"));
    }
  }
  auto lines = render(searcher::testing::empty_result());
  BOOST_TEST(lines[0]["suggestion"] == "cybersecurity");
  BOOST_TEST(lines[0]["matches_estimated"] == 0);
}

// --batch: every record of a query carries its line of input; a failed line is an "error" record.
BOOST_AUTO_TEST_CASE(batch_records_name_their_input_line) {
  QueryResult result = searcher::testing::sample_result();
  result.line = 7;
  result.unmatched = {"attributon"};
  result.notices = {"query:5: note: unknown field 'Strategy:' (fields: …); searched it as text"};
  auto lines = render(result, {false, true, false, false});
  BOOST_REQUIRE(lines.size() == 4u);
  for (const json& line : lines) BOOST_TEST(line["line"] == 7);
  BOOST_TEST(lines.back()["unmatched"] == json::array({"attributon"}));
  BOOST_TEST(lines.back()["notices"].size() == 1u);
  BOOST_TEST(!render(result)[0].contains("line"));  // no line outside --batch

  std::ostringstream out;
  JsonPrinter printer({false, true, false, false}, out);
  printer.print_error({3, "a\"b", 2, "query:2: error: unbalanced quote"});
  printer.print_error({0, "x", 0, "index broken"});
  std::istringstream in(out.str());
  std::string first, second;
  std::getline(in, first);
  std::getline(in, second);
  BOOST_TEST(json::parse(first) == json::parse(R"({"type":"error","line":3,"query":"a\"b","column":2,
      "message":"query:2: error: unbalanced quote"})"));
  BOOST_TEST(json::parse(second)["line"].is_null());
  BOOST_TEST(json::parse(second)["column"].is_null());
}

BOOST_AUTO_TEST_CASE(explain_adds_matching_terms) {
  QueryResult result = searcher::testing::sample_result();
  result.hits[0].matching_terms = {"Zcyber"};
  result.term_weights = {{"Zcyber", 12, 1.5}};
  result.parsed = "Query(Zcyber)";
  auto lines = render(result, {false, false, true, false});
  BOOST_TEST(lines[0]["matching_terms"] == json::array({"Zcyber"}));
  BOOST_TEST(lines.back()["explain"]["parsed"] == "Query(Zcyber)");
  BOOST_TEST(lines.back()["explain"]["terms"][0]["termfreq"] == 12);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_does_not_throw) {
  QueryResult result = searcher::testing::sample_result();
  result.hits.resize(1);
  result.hits[0].record.text = "bad \xff byte";
  auto lines = render(result);
  BOOST_REQUIRE(lines.size() == 1u);
  BOOST_TEST(lines[0]["text"].get<std::string>().find("bad ") == 0u);
}

BOOST_AUTO_TEST_CASE(highlights_name_bytes_and_characters_apart) {
  QueryResult result = searcher::testing::sample_result();
  result.hits.resize(1);
  result.hits[0].snippet = {"…Jūyō cyber…", {{3, 9, 1, 5}, {10, 15, 6, 11}}};
  const auto lines = render(result);
  BOOST_REQUIRE(!lines.empty());
  BOOST_TEST(lines[0]["highlights"] == json::parse(R"([{"byte_begin": 3, "byte_end": 9, "char_begin": 1, "char_end": 5},
      {"byte_begin": 10, "byte_end": 15, "char_begin": 6, "char_end": 11}])"));
}
