// @brief Tests for the --show printers on hand-made views (no Xapian): text shows the whole text,
// notes and citing passages; JSON parses back with every field; TSV has one role per line.
#define BOOST_TEST_MODULE view_printer
#include <boost/test/unit_test.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "searcher/sample_hits.h"
#include "searcher/view_printer.h"

using searcher::Format;
using searcher::PassageView;

namespace {

PassageView passage_view() {
  PassageView view;
  searcher::Hit hit = searcher::testing::sample_passage_hit();
  view.record = hit.record;
  view.record.cited_notes = hit.notes;
  index_format::PassageRecord before = hit.record;
  before.id = "iiss-japan-2021:p29";
  before.line_start = 78;
  before.line_end = 80;
  before.text = "The paragraph before.";
  view.context.before = {before};
  return view;
}

PassageView note_view() {
  PassageView view;
  view.record = searcher::testing::sample_note_hit().record;
  view.citing = {passage_view().record};
  return view;
}

std::string render(Format format, const std::vector<PassageView>& views, bool color = false) {
  std::ostringstream out;
  searcher::PrinterOptions options;
  options.color = color;
  auto printer = searcher::make_view_printer(format, options, out);
  printer->begin();
  for (const auto& view : views) printer->print_view(view);
  return out.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_CASE(text_shows_the_record_whole) {
  const PassageView view = passage_view();
  const std::string text = render(Format::kText, {view});
  BOOST_TEST(text.rfind("iiss-japan-2021:p30  passage\ncorpus/iiss-japan-2021.txt:82-84\n", 0) == 0u, text);
  BOOST_TEST(contains(text, "\n" + view.record.text + "\n"), text);  // whole, not a snippet
  BOOST_TEST(contains(text, "iiss-japan-2021 › Strategy and doctrine"));
  BOOST_TEST(contains(text, "notes:\n  [11] Ministry of Defense, Defense of Japan 2020, 2020, p. 41."));
  BOOST_TEST(contains(text, "  [12] Ibid., pp. 218, 267.\n       = [11] Ministry of Defense"));
  BOOST_TEST(contains(text, "context:\n- iiss-japan-2021:p29  corpus/iiss-japan-2021.txt:78-80\n  The paragraph before.\n"
                            "> iiss-japan-2021:p30\n"),
             text);
  BOOST_TEST(!contains(text, "\x1b["));
  BOOST_TEST(contains(render(Format::kText, {view}, true), "\x1b[1miiss-japan-2021:p30\x1b[0m"));
}

BOOST_AUTO_TEST_CASE(text_of_a_note_lists_the_passages_citing_it) {
  const PassageView view = note_view();
  const std::string text = render(Format::kText, {view, view});
  BOOST_TEST(contains(text, "  note 12\n"), text);
  BOOST_TEST(contains(text, "cited by:\n  iiss-japan-2021:p30  corpus/iiss-japan-2021.txt:82-84\n    " +
                                view.citing[0].text + "\n"),
             text);
  BOOST_TEST(contains(text, "\n\niiss-japan-2021:note12"), "two records are separated by a blank line");
}

BOOST_AUTO_TEST_CASE(json_parses_back) {
  std::istringstream lines(render(Format::kJson, {passage_view(), note_view()}));
  std::string line;
  BOOST_REQUIRE(std::getline(lines, line));
  auto passage = nlohmann::json::parse(line);
  BOOST_TEST(passage["type"] == "record");
  BOOST_TEST(passage["id"] == "iiss-japan-2021:p30");
  BOOST_TEST(passage["text"] == passage_view().record.text);
  BOOST_TEST(passage["line_start"] == 82);
  BOOST_TEST(passage["notes"].size() == 2u);
  BOOST_TEST(passage["notes"][1]["ibid_of"] == 11);
  BOOST_TEST(passage["context_before"][0]["id"] == "iiss-japan-2021:p29");
  BOOST_TEST(passage["context_after"].empty());
  BOOST_TEST(!passage.contains("cited_by"));
  BOOST_REQUIRE(std::getline(lines, line));
  auto note = nlohmann::json::parse(line);
  BOOST_TEST(note["number"] == 12);
  BOOST_TEST(note["cited_by"][0]["id"] == "iiss-japan-2021:p30");
  BOOST_TEST(note["cited_by"][0]["text"] == passage_view().record.text);
}

BOOST_AUTO_TEST_CASE(tsv_has_a_role_per_line_and_fixed_columns) {
  std::istringstream lines(render(Format::kTsv, {passage_view(), note_view()}));
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> fields;
    std::istringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    if (line.back() == '\t') fields.emplace_back();
    rows.push_back(fields);
  }
  BOOST_REQUIRE(rows.size() == 7u);
  BOOST_TEST(rows[0][0] == "role");
  const std::vector<std::string> roles = {"before", "shown", "note", "note", "shown", "cited_by"};
  for (size_t i = 0; i < roles.size(); ++i) {
    BOOST_TEST(rows[i + 1].size() == 9u, "line " << i + 1);
    BOOST_TEST(rows[i + 1][0] == roles[i], "line " << i + 1);
  }
  BOOST_TEST(rows[4][1] == "iiss-japan-2021:note12");
  BOOST_TEST(rows[4][7] == "12");
  BOOST_TEST(rows[2][8] == "Japan's 2020 defence white paper\\tsays cyber.[11] It stresses C4I.[12]");
}
