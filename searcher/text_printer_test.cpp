// @brief Tests for TextPrinter: the layout for people, colour only when asked, stats to stderr.
#define BOOST_TEST_MODULE text_printer
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "searcher/highlight.h"
#include "searcher/sample_hits.h"
#include "searcher/text_printer.h"
#include "searcher/text_wrap.h"

using searcher::PrinterOptions;
using searcher::QueryResult;
using searcher::TextPrinter;

namespace {

std::string render(const std::vector<QueryResult>& results, PrinterOptions options, std::string* err_text = nullptr) {
  std::ostringstream out, err;
  TextPrinter printer(options, out, err);
  printer.begin();
  for (const auto& result : results) {
    printer.print_result(result);
    printer.end_query(result, {5, 6, 7});
  }
  printer.finish();
  if (err_text) *err_text = err.str();
  return out.str();
}

const char* const kPlain =
    "\n"
    "1. corpus/iiss-japan-2021.txt:82-84  [iiss-japan-2021 › Strategy and doctrine]\n"
    "   score 12.3\n"
    "   Japan (chapter 7)\n"
    "   Japan's 2020 defence white paper says cyber.\n"
    "   [11] Ministry of Defense, Defense of Japan 2020, 2020, p. 41.\n"
    "   [12] Ibid., pp. 218, 267.\n"
    "        = [11] Ministry of Defense, Defense of Japan 2020, 2020, p. 41.\n"
    "\n"
    "2. corpus/iiss-japan-2021.txt:168-168  [iiss-japan-2021 › Notes]  note 12\n"
    "   score 3.0\n"
    "   Ibid., pp. 218, 267.\n"
    "   = [11] Ministry of Defense, Defense of Japan 2020, 2020, p. 41.\n"
    "   cited by: iiss-japan-2021:p30 (corpus/iiss-japan-2021.txt:82)\n"
    "\n"
    "3. corpus/iiss-japan-2021.txt:20-30  [iiss-japan-2021]  glossary  score 1.2\n"
    "   MoD Ministry of Defense JSDF\n"
    "   [9] (note not in the index)\n"
    "\n"
    "showing 1-3 of about 42 matches\n";

}  // namespace

BOOST_AUTO_TEST_CASE(plain_layout) {
  std::string err;
  BOOST_TEST(render({searcher::testing::sample_result()}, {}, &err) == kPlain);
  BOOST_TEST(err.empty());
}

BOOST_AUTO_TEST_CASE(rows) {
  struct Row {
    std::string name;
    std::vector<QueryResult> results;
    PrinterOptions options;
    std::vector<std::string> present;  // substrings of stdout
    std::vector<std::string> absent;
    std::string err;                   // substring of stderr ("" = stderr empty)
  };
  const auto sample = searcher::testing::sample_result();
  const auto empty = searcher::testing::empty_result();
  QueryResult paged_past_end = sample;
  paged_past_end.hits.clear();
  const std::vector<Row> rows = {
      {"colour off has no escapes", {sample}, {}, {"says cyber."}, {"\x1b["}, ""},
      {"colour on highlights the match", {sample}, {true, false, false, false},
       {"says \x1b[1;31mcyber\x1b[0m.", "\x1b[35mcorpus/iiss-japan-2021.txt\x1b[0m:\x1b[32m82-84\x1b[0m"}, {}, ""},
      {"no hits with a suggestion", {empty}, {}, {"Did you mean: cybersecurity\n", "(no matches)\n"}, {"showing"}, ""},
      {"paged past the end", {paged_past_end}, {}, {"(no matches on this page; about 42 in all)\n"},
       {"showing"}, ""},
      {"batch names each query", {sample, empty}, {false, true, false, false},
       {"query: cyber \"white paper\"\n", "\nquery: cybersecurty\n"}, {}, ""},
      {"stats go to stderr", {sample}, {false, false, false, true}, {"1. corpus"}, {"stats:"},
       "stats: query \"cyber \"white paper\"\": parse 5 µs, match 6 µs, render 7 µs\n"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      std::string err;
      const std::string out = render(row.results, row.options, &err);
      for (const auto& part : row.present) BOOST_TEST(out.find(part) != std::string::npos, part);
      for (const auto& part : row.absent) BOOST_TEST(out.find(part) == std::string::npos, part);
      if (row.err.empty()) {
        BOOST_TEST(err.empty());
      } else {
        BOOST_TEST(err.find(row.err) != std::string::npos, err);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(explain_shows_parsed_query_and_weights) {
  QueryResult result = searcher::testing::sample_result();
  result.parsed = "Query(Zcyber)";
  result.expansions = {"mod -> \"ministry of defense\""};
  result.term_weights = {{"Zcyber", 12, 1.5}};
  result.hits[0].matching_terms = {"Zcyber"};
  const std::string out = render({result}, {false, false, true, false});
  for (const char* part : {"parsed: Query(Zcyber)\n", "expansion: mod -> \"ministry of defense\"\n",
                           "term: Zcyber  docs 12  max weight 1.500\n", "   matching terms: Zcyber\n"}) {
    BOOST_TEST(out.find(part) != std::string::npos, part);
  }
}

BOOST_AUTO_TEST_CASE(score_format) {
  const std::vector<std::pair<double, std::string>> rows = {{0, "0.0"}, {12.345, "12.3"}, {1.25, "1.2"}, {99.96, "100.0"}};
  for (const auto& [score, text] : rows) BOOST_TEST(searcher::format_score(score) == text);
}

BOOST_AUTO_TEST_CASE(every_line_fits_the_width) {
  QueryResult result = searcher::testing::sample_result();
  result.hits[0].snippet.text = std::string(30, 'x') + " " + result.hits[0].snippet.text + " and then some more words";
  result.hits[0].snippet.highlights = {searcher::make_span(result.hits[0].snippet.text, 31, 38)};
  for (int width : {20, 40, 60, 80}) {
    for (auto notes : {searcher::NoteDisplay::kShort, searcher::NoteDisplay::kFull}) {
      BOOST_TEST_CONTEXT("width " << width << " notes " << static_cast<int>(notes)) {
        PrinterOptions options;
        options.width = width;
        options.notes = notes;
        std::istringstream out(render({result}, options));
        size_t lines = 0;
        for (std::string line; std::getline(out, line); ++lines) {
          BOOST_TEST(searcher::display_width(line) <= static_cast<size_t>(width), line);
        }
        BOOST_TEST(lines > 10u);
      }
    }
  }
  // Colour escapes take no columns: the same lines, with escapes, at 40.
  PrinterOptions coloured;
  coloured.width = 40;
  coloured.color = true;
  PrinterOptions plain;
  plain.width = 40;
  std::string without = render({result}, coloured);
  for (size_t at; (at = without.find("\x1b[")) != std::string::npos;) without.erase(at, without.find('m', at) - at + 1);
  BOOST_TEST(without == render({result}, plain));
}

BOOST_AUTO_TEST_CASE(notes_short_full_or_none) {
  QueryResult result;
  result.query = "q";
  result.matches_estimated = 1;
  result.hits = {searcher::testing::sample_result().hits[0]};
  const std::string long_text = "Ministry of Defense, Defense of Japan 2020, 2020, p. 41, https://www.mod.go.jp/e/publ/w_paper/";
  result.hits[0].notes[0].text = long_text;
  PrinterOptions options;
  options.width = 50;
  const std::string short_notes = render({result}, options);
  BOOST_TEST(short_notes.find("   [11] Ministry of Defense, Defense of Japan…\n") != std::string::npos, short_notes);
  options.notes = searcher::NoteDisplay::kFull;
  const std::string full = render({result}, options);
  BOOST_TEST(full.find("   [11] Ministry of Defense, Defense of Japan\n"
                       "        2020, 2020, p. 41,\n"
                       "        https://www.mod.go.jp/e/publ/w_paper/\n") != std::string::npos, full);
  options.notes = searcher::NoteDisplay::kNone;
  const std::string none = render({result}, options);
  BOOST_TEST(none.find("[11]") == std::string::npos, none);
  BOOST_TEST(none.find("[12]") == std::string::npos, none);
}

BOOST_AUTO_TEST_CASE(the_title_once_per_run_of_one_document) {
  QueryResult result = searcher::testing::sample_result();
  // Documents a, a, b, a: the title at the first hit, the third and the fourth.
  result.hits.push_back(result.hits[0]);
  const char* docs[] = {"a", "a", "b", "a"};
  for (size_t i = 0; i < result.hits.size(); ++i) {
    result.hits[i].record.doc = docs[i];
    result.hits[i].record.title = std::string("Title of ") + docs[i];
  }
  const std::string out = render({result}, {});
  size_t titles_a = 0, titles_b = 0;
  for (size_t at = 0; (at = out.find("Title of a", at)) != std::string::npos; ++at) ++titles_a;
  for (size_t at = 0; (at = out.find("Title of b", at)) != std::string::npos; ++at) ++titles_b;
  BOOST_TEST(titles_a == 2u);
  BOOST_TEST(titles_b == 1u);
}

// Repairs of the query and words matching nothing go to stderr, so stdout stays the hits; in
// --batch each line names its input line.
BOOST_AUTO_TEST_CASE(notices_and_unmatched_words_go_to_stderr) {
  QueryResult result = searcher::testing::sample_result();
  result.notices = {"query:7: note: unbalanced quote: '\"' opens a phrase that is never closed; the phrase runs to the end"};
  result.unmatched = {"attributon", "cyberr"};
  std::string err;
  const std::string out = render({result}, {}, &err);
  BOOST_TEST(out.find("note:") == std::string::npos);
  BOOST_TEST(out.find("no passage has") == std::string::npos);
  BOOST_TEST(err == result.notices[0] + "\nno passage has: attributon, cyberr\n");
  result.line = 3;
  render({result}, {false, true, false, false}, &err);
  BOOST_TEST(err.find("stdin:3: no passage has: attributon, cyberr\n") != std::string::npos, err);
}
