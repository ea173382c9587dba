#define BOOST_TEST_MODULE passage_builder
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/block_classifier.h"
#include "indexer/line_reader.h"
#include "indexer/marker_extractor.h"
#include "indexer/passage_builder.h"
#include "indexer/test_invariants.h"

using namespace indexer;

namespace {

std::string join(const std::vector<std::string>& printed, const char* separator) {
  std::string text;
  for (const std::string& line : printed) text += line + separator;
  return text;
}

struct Built {
  BuiltPassages built;
  int line_count = 0;
};

Built build(const std::string& text, LayoutKind kind) {
  auto lines = read_lines("fixture.txt", text);
  BOOST_REQUIRE_MESSAGE(lines.is_ok(), lines.status().message());
  const std::vector<Line> marked = extract_markers(std::move(lines).value());
  Layout layout = detect_layout(marked);
  layout.kind = kind;  // this suite is about passages; layout detection has its own
  Built out{build_passages(classify_blocks(marked, layout)), static_cast<int>(marked.size())};
  ParsedDocument doc;
  doc.passages = out.built.passages;
  doc.glossary = out.built.glossary;
  indexer::testing::check_invariants(doc, out.line_count, /*markers_resolve=*/false);
  return out;
}

// Expected passage: kind, lines, section path, text, cited notes.
struct Expected {
  PassageKind kind;
  int line_start, line_end;
  std::vector<std::string> path;
  std::string text;
  std::vector<int> cited;
};

void check(const std::vector<Passage>& passages, const std::vector<Expected>& expected) {
  BOOST_REQUIRE_EQUAL(passages.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    BOOST_TEST_CONTEXT("passage " << i + 1) {
      const Passage& p = passages[i];
      const Expected& e = expected[i];
      BOOST_TEST((p.kind == e.kind));
      BOOST_TEST(p.line_start == e.line_start);
      BOOST_TEST(p.line_end == e.line_end);
      BOOST_TEST(p.section_path == e.path, boost::test_tools::per_element());
      BOOST_TEST(p.text == e.text);
      BOOST_TEST(p.cited_notes == e.cited, boost::test_tools::per_element());
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(paragraph_per_line_joins_and_paths) {
  const std::string text = join(
      {
          /* 1 */ "7. Example", "",
          /* 3 */ "Japan has been among the global leaders in technology, but its defences are not especially strong,", "",
          /* 5 */ "with many corporations unwilling to meet the costs.\u00B9 Its offensive capabilities remain weak.", "",
          /* 7 */ "Strategy and doctrine", "",
          /* 9 */ "It was the first document to call for the Ministry of Defense", "",
          /* 11 */ "List of acronyms", "",
          /* 13 */ "JSDF Japan Self-Defense Forces",
          /* 14 */ "MoD Ministry of Defense", "",
          /* 16 */ "NTT Nippon Telegraph and Telephone", "",
          /* 18 */ "(MoD) to defend against attacks.\u00B2 It said the country needs more investment in skills and digital", "",
          /* 20 */ "The total number of personnel deployed in cyber defence will reach 500 by around 2024", "",
          /* 22 */ "competence in order to close the gap.\u00B3 Experts said that the total number of personnel deployed "
                   "in cyber defence will reach 500 by around 2024.", "",
          /* 24 */ "Offensive cyber capability", "",
          /* 26 */ "Companies such as JSR Corporation and Shin-", "",
          /* 28 */ "Etsu Chemical dominate, and NTT has subsidiary branches includ-", "",
          /* 30 */ "ing NTT Communications.\u2074 It cites the same source again.\u2074 The *Fortune* list shows US\\$237.\u00B3", "",
          /* 32 */ "Notes", "",
          /* 34 */ "- 1 A note.",
      },
      "\n");
  const Built out = build(text, LayoutKind::kParagraphPerLine);
  check(out.built.passages,
        {
            {PassageKind::kPassage, 3, 5, {},
             "Japan has been among the global leaders in technology, but its defences are not especially strong, with "
             "many corporations unwilling to meet the costs.[1] Its offensive capabilities remain weak.",
             {1}},
            // The sentence cut by the acronym box and then by the pull quote is one passage.
            {PassageKind::kPassage, 9, 22, {"Strategy and doctrine"},
             "It was the first document to call for the Ministry of Defense (MoD) to defend against attacks.[2] It said "
             "the country needs more investment in skills and digital competence in order to close the gap.[3] Experts "
             "said that the total number of personnel deployed in cyber defence will reach 500 by around 2024.",
             {2, 3}},
            {PassageKind::kGlossary, 11, 16, {"Strategy and doctrine"},
             "JSDF: Japan Self-Defense Forces; MoD: Ministry of Defense; NTT: Nippon Telegraph and Telephone", {}},
            {PassageKind::kPassage, 26, 30, {"Offensive cyber capability"},
             "Companies such as JSR Corporation and Shin-Etsu Chemical dominate, and NTT has subsidiary branches "
             "including NTT Communications.[4] It cites the same source again.[4] The Fortune list shows US$237.[3]",
             {4, 3}},
        });
  const Passage& last = out.built.passages.back();
  BOOST_TEST(last.index_text ==
             "Companies such as JSR Corporation and Shin-Etsu Chemical dominate, and NTT has subsidiary branches "
             "including NTT Communications. It cites the same source again. The Fortune list shows US$237.");
  BOOST_TEST(out.built.passages[2].ordinal == 3);
  BOOST_REQUIRE_EQUAL(out.built.glossary.size(), 3u);
  BOOST_TEST(out.built.glossary[2].acronym == "NTT");
  BOOST_TEST(out.built.glossary[2].line == 16);
  // Every marker with the line it stands on, duplicates included (for the note cross-check).
  std::vector<int> lines;
  for (const Citation& c : out.built.citations) lines.push_back(c.line);
  BOOST_TEST(lines == (std::vector<int>{5, 18, 22, 30, 30, 30}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(hard_wrapped_paths_bullets_and_end) {
  const std::string text = join(
      {
          /* 1 */ "National Reply from EXAMPLE",
          /* 3 */ " ",
          /* 5 */ "1 General appreciation of the issues of information security",
          /* 7 */ "Knowledge, technologies, and services in cyberspace, such as AI, IoT, Fintech, and 5G, are",
          /* 9 */ "becoming established in society and leading to innovations that are transforming the",
          /* 11 */ "structures of our socio-economic activities.",
          /* 13 */ "\u27A2 Adherence to the Basic Position on Cyberspace",
          /* 15 */ "In order to continue to deter malicious actors\u2019 activities and guarantee people\u2019s safety,",
          /* 17 */ "Japan retains all viable means. The very nature of digital technology allows actors to easily",
          "", "",
          /* 23 */ "copy and distribute sensitive data and information, launch attack programs, and flexibly",
          /* 25 */ "incorporate emerging technologies.",
          /* 27 */ "(i) Assurance of the Free Flow of Information",
          /* 29 */ "For the sustainable development of cyberspace as a place for creation and innovation, it is",
          /* 31 */ "imperative to build and maintain a world in which information reaches the recipient.",
          /* 33 */ "2  Efforts taken at the national level to strengthen information security and promote",
          /* 35 */ "international cooperation in the field",
          /* 37 */ "\u2022 The promotion of the rule of law is important for international peace and stability and",
          /* 39 */ "national security of all the states concerned, according to the report of the group.",
          /* 41 */ "\u2022 Japan will work to build confidence among states in order to prevent the occurrence of",
          /* 43 */ "unforeseen circumstances and deterioration of the situation. (end)",
      },
      "\n\n");
  const Built out = build(text, LayoutKind::kHardWrapped);
  const std::string s1 = "1 General appreciation of the issues of information security";
  const std::string s2 = "Adherence to the Basic Position on Cyberspace";
  const std::string s3 = "(i) Assurance of the Free Flow of Information";
  const std::string s1b =
      "2 Efforts taken at the national level to strengthen information security and promote international cooperation "
      "in the field";
  check(out.built.passages,
        {
            {PassageKind::kPassage, 7, 11, {s1},
             "Knowledge, technologies, and services in cyberspace, such as AI, IoT, Fintech, and 5G, are becoming "
             "established in society and leading to innovations that are transforming the structures of our "
             "socio-economic activities.",
             {}},
            {PassageKind::kPassage, 15, 25, {s1, s2},
             "In order to continue to deter malicious actors\u2019 activities and guarantee people\u2019s safety, Japan "
             "retains all viable means. The very nature of digital technology allows actors to easily copy and "
             "distribute sensitive data and information, launch attack programs, and flexibly incorporate emerging "
             "technologies.",
             {}},
            {PassageKind::kPassage, 29, 31, {s1, s2, s3},
             "For the sustainable development of cyberspace as a place for creation and innovation, it is imperative "
             "to build and maintain a world in which information reaches the recipient.",
             {}},
            {PassageKind::kPassage, 37, 39, {s1b},
             "The promotion of the rule of law is important for international peace and stability and national "
             "security of all the states concerned, according to the report of the group.",
             {}},
            {PassageKind::kPassage, 41, 43, {s1b},
             "Japan will work to build confidence among states in order to prevent the occurrence of unforeseen "
             "circumstances and deterioration of the situation.",
             {}},
        });
}

// "…asked the" / page break / "Funding and oversight" / "ministry to report…": the sentence is
// one passage in the section it started in, without the heading's words; the heading is the
// section of what follows.
BOOST_AUTO_TEST_CASE(a_heading_inside_a_cut_sentence_heads_what_follows) {
  const std::string sentence =
      "After the second meeting of the year the committee asked the ministry to report on the dredging budget.[2]";
  const std::string per_line = join(
      {
          /* 1 */ "4. Ports", "",
          /* 3 */ "Harbour works", "",
          /* 5 */ "After the second meeting of the year the committee asked the", "",
          /* 7 */ "Funding and oversight", "",
          /* 9 */ "ministry to report on the dredging budget.\u00B2", "",
          /* 11 */ "The fees rose by a tenth in the following year, as the ministry had warned.",
      },
      "\n");
  check(build(per_line, LayoutKind::kParagraphPerLine).built.passages,
        {
            {PassageKind::kPassage, 5, 9, {"Harbour works"}, sentence, {2}},
            {PassageKind::kPassage, 11, 11, {"Funding and oversight"},
             "The fees rose by a tenth in the following year, as the ministry had warned.", {}},
        });

  const std::string hard = join(
      {
          /* 1 */ "1 Harbour works",
          /* 3 */ "After the second meeting of the year the members of the standing committee on the port",
          /* 5 */ "asked the", "", "",
          /* 11 */ "2 Funding and oversight",
          /* 13 */ "ministry to report on the dredging budget.\u00B2",
          /* 15 */ " ",
          /* 17 */ "The fees rose by a tenth in the following year, as the ministry of the port had warned.",
      },
      "\n\n");
  check(build(hard, LayoutKind::kHardWrapped).built.passages,
        {
            {PassageKind::kPassage, 3, 13, {"1 Harbour works"},
             "After the second meeting of the year the members of the standing committee on the port asked the "
             "ministry to report on the dredging budget.[2]",
             {2}},
            {PassageKind::kPassage, 17, 17, {"2 Funding and oversight"},
             "The fees rose by a tenth in the following year, as the ministry of the port had warned.", {}},
        });
}
