// @brief The indexer's text pipeline on documents it was never tuned on: five short documents
// written for these tests in the corpus's two styles (tests/fixtures/documents/*.txt), each
// checked against truth written by hand beside it (*.truth.json): every passage with its kind,
// line span, section path, text and cited notes; every note with its lines, text, URLs and the
// note an Ibid. repeats; the glossary rows; no warnings.
#define BOOST_TEST_MODULE fixture_documents
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/document_parser.h"
#include "indexer/layout_detector.h"
#include "indexer/line_reader.h"
#include "indexer/marker_extractor.h"
#include "indexer/test_invariants.h"

using namespace indexer;
using nlohmann::json;

namespace {

const std::string kDir = "tests/fixtures/documents/";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "cannot open " << path << " (tests run from the project root)");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<int> ints(const json& array) { return array.get<std::vector<int>>(); }

void check_document(const std::string& name) {
  const json truth = json::parse(slurp(kDir + name + ".truth.json"));
  const std::string bytes = slurp(kDir + truth.at("file").get<std::string>());

  auto lines = read_lines(name, bytes);
  BOOST_REQUIRE(lines.is_ok());
  const int line_count = static_cast<int>(lines.value().size());
  const Layout layout = detect_layout(extract_markers(std::move(lines).value()));
  const bool hard_wrapped = truth.at("layout") == "hard-wrapped";
  BOOST_TEST((layout.kind == (hard_wrapped ? LayoutKind::kHardWrapped : LayoutKind::kParagraphPerLine)));

  auto parsed = parse_document(name, bytes);
  BOOST_REQUIRE_MESSAGE(parsed.is_ok(), parsed.status().message());
  const ParsedDocument& doc = parsed.value();
  indexer::testing::check_invariants(doc, line_count);

  const json& passages = truth.at("passages");
  BOOST_REQUIRE_EQUAL(doc.passages.size(), passages.size());
  for (size_t i = 0; i < passages.size(); ++i) {
    const Passage& p = doc.passages[i];
    const json& e = passages[i];
    BOOST_TEST_CONTEXT("passage " << i + 1 << " (expected lines " << e.at("lines").dump() << ")") {
      BOOST_TEST((p.kind == (e.at("kind") == "glossary" ? PassageKind::kGlossary : PassageKind::kPassage)));
      BOOST_TEST(p.line_start == e.at("lines")[0].get<int>());
      BOOST_TEST(p.line_end == e.at("lines")[1].get<int>());
      BOOST_TEST(p.section_path == e.at("section").get<std::vector<std::string>>(), boost::test_tools::per_element());
      BOOST_TEST(p.text == e.at("text").get<std::string>());
      BOOST_TEST(p.cited_notes == ints(e.at("notes")), boost::test_tools::per_element());
    }
  }

  const json& notes = truth.at("notes");
  BOOST_REQUIRE_EQUAL(doc.notes.size(), notes.size());
  for (size_t i = 0; i < notes.size(); ++i) {
    const Note& n = doc.notes[i];
    const json& e = notes[i];
    BOOST_TEST_CONTEXT("note " << e.at("number")) {
      BOOST_TEST(n.number == e.at("number").get<int>());
      BOOST_TEST(n.line_start == e.at("lines")[0].get<int>());
      BOOST_TEST(n.line_end == e.at("lines")[1].get<int>());
      BOOST_TEST(n.text == e.at("text").get<std::string>());
      BOOST_TEST(n.urls == e.at("urls").get<std::vector<std::string>>(), boost::test_tools::per_element());
      const std::optional<int> ibid = e.at("ibid_of").is_null() ? std::nullopt : std::optional<int>(e.at("ibid_of"));
      BOOST_TEST((n.ibid_of == ibid));
    }
  }

  const json& glossary = truth.at("glossary");
  BOOST_REQUIRE_EQUAL(doc.glossary.size(), glossary.size());
  for (size_t i = 0; i < glossary.size(); ++i) {
    BOOST_TEST_CONTEXT("glossary row " << i + 1) {
      BOOST_TEST(doc.glossary[i].acronym == glossary[i].at("acronym").get<std::string>());
      BOOST_TEST(doc.glossary[i].expansion == glossary[i].at("expansion").get<std::string>());
      BOOST_TEST(doc.glossary[i].line == glossary[i].at("line").get<int>());
    }
  }

  std::vector<std::string> warnings;
  for (const Warning& w : doc.warnings) warnings.push_back(w.to_string());
  BOOST_TEST(warnings == truth.at("warnings").get<std::vector<std::string>>(), boost::test_tools::per_element());
}

}  // namespace

// Hard-wrapped (UN reply style): wrapped paragraphs, a page break cutting a sentence and one
// cutting a hyphenated word ("monitor-" / "ing"), numbered, arrow and roman headings, a roman
// list inside a sentence, a numbered heading wrapped onto a lower-case line, bullets, "(end)".
BOOST_AUTO_TEST_CASE(reply_marine_litter) { check_document("reply-marine-litter"); }

// Hard-wrapped: page breaks cutting a sentence and a word ("com-" / "plete"), and a numbered
// heading printed between the halves of a sentence cut by the page.
BOOST_AUTO_TEST_CASE(reply_wildfires) { check_document("reply-wildfires"); }

// Paragraph per line (IISS chapter style): a page-break cut, an acronym box with its own caption
// and an inner blank line inside a sentence, markers after a comma and a closing quote, a kept
// hyphen across a page ("North-" / "East"), a split one ("dis-" / "cards"), a pull quote between
// two paragraphs, a heading inside a cut sentence, notes with an indented number, a continuation
// line and two Ibid. notes.
BOOST_AUTO_TEST_CASE(chapter_fisheries) { check_document("chapter-fisheries"); }

// Paragraph per line: a pull quote inside a sentence cut by the page, a box between two
// paragraphs, a superscript exponent that is no marker ("10⁶"), markers after a bracket and in
// bullets, a split hyphen ("modern-" / "ised"), a note continued on a line of its own, Ibid.
// with and without emphasis.
BOOST_AUTO_TEST_CASE(chapter_rail) { check_document("chapter-rail"); }

// Paragraph per line: a page-break cut just before a hyphenated compound ("kept a" / "data-base"),
// a marker after a comma, an Ibid. with emphasis; the text writes its compounds in several forms
// ("data base", "database", "data-base"; "e-mail", "email", "e mail"; "health care",
// "healthcare"), which compound_e2e_test searches for.
BOOST_AUTO_TEST_CASE(chapter_hospitals) { check_document("chapter-hospitals"); }
