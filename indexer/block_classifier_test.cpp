#define BOOST_TEST_MODULE block_classifier
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/block_classifier.h"
#include "indexer/line_reader.h"
#include "indexer/marker_extractor.h"

using namespace indexer;

namespace {

// Hard-wrapped fixture text in the UN reply's shape: every printed line is followed by an empty
// line; "" entries add the extra empty lines of a page break.
std::string hard_wrapped(const std::vector<std::string>& printed) {
  std::string text;
  for (const std::string& line : printed) text += line + "\n\n";
  return text;
}

std::string paragraph_per_line(const std::vector<std::string>& printed) {
  std::string text;
  for (const std::string& line : printed) text += line + "\n";
  return text;
}

// One token per block: T title, H<level> heading, P paragraph, B bullet, G glossary, Q pull
// quote, N note; then the line span.
std::string summary(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& block : blocks) {
    if (!out.empty()) out += ' ';
    switch (block.kind) {
      case BlockKind::kTitle: out += 'T'; break;
      case BlockKind::kHeading: out += 'H' + std::to_string(block.level); break;
      case BlockKind::kParagraph: out += 'P'; break;
      case BlockKind::kBullet: out += 'B'; break;
      case BlockKind::kGlossary: out += 'G'; break;
      case BlockKind::kPullQuote: out += 'Q'; break;
      case BlockKind::kNote: out += 'N'; break;
    }
    out += ':' + std::to_string(block.line_start);
    if (block.line_end != block.line_start) out += '-' + std::to_string(block.line_end);
  }
  return out;
}

std::vector<Block> classify(const std::string& text, LayoutKind kind) {
  auto lines = read_lines("fixture.txt", text);
  BOOST_REQUIRE_MESSAGE(lines.is_ok(), lines.status().message());
  std::vector<Line> marked = extract_markers(std::move(lines).value());
  Layout layout = detect_layout(marked);
  BOOST_REQUIRE((layout.kind == kind));
  std::vector<Block> blocks = classify_blocks(marked, layout);
  // Invariant: spans inside the file, ascending, never overlapping.
  int previous_end = 0;
  for (const Block& block : blocks) {
    BOOST_TEST(block.line_start > previous_end);
    BOOST_TEST(block.line_start <= block.line_end);
    BOOST_TEST(block.line_end <= static_cast<int>(marked.size()));
    previous_end = block.line_end;
  }
  return blocks;
}

struct Row {
  const char* name;
  std::string text;
  LayoutKind layout;
  std::string expected;
};

const std::string kUnLike = hard_wrapped({
    /* 1 */ "National Reply from EXAMPLE",
    /* 3 */ " ",
    /* 5 */ "2  Efforts taken at the national level to strengthen information security and promote",
    /* 7 */ "international cooperation in the field",
    /* 9 */ " ",
    /* 11 */ "\u27A2 Promoting the implementation of voluntary, non-binding norms of the responsible state",
    /* 13 */ "behavior and the cooperation for relevant confidence-building measures and",
    /* 15 */ "capacity-building",
    /* 17 */ "Cyberspace has developed through the autonomous initiatives of many other stakeholders.",
    /* 19 */ "It is inappropriate and impossible for a state to take on the entire role of maintaining",
    /* 21 */ "order within an organic entity.",
    /* 23 */ "The unification of cyberspace and real space significantly increases the potential for",
    /* 25 */ "abundance. The very nature of digital technology allows malicious actors to easily",
    /* 27, 29: page break */ "", "",
    /* 31 */ "copy and distribute sensitive data and information, launch attack programs, and flexibly",
    /* 33 */ "use them.",
    /* 35 */ "(i) Assurance of the Free Flow of Information",
    /* 37 */ "Japan adheres to five principles for developing and implementing measures, which are:",
    /* 39 */ "(i) assurance of the free flow of information; (ii) the rule of law; and (iii) openness",
    /* 41 */ "with respect to cyberspace in all of its many dimensions and forms.",
    /* 43 */ "\u2022 The promotion of the rule of law is important for international peace and stability and",
    /* 45 */ "the national security of all of the states around the world, as stated in the report.",
    /* 47 */ "\u2022 Japan will work to build confidence among states in order to prevent the occurrence of",
    /* 49 */ "unforeseen circumstances and deterioration of the situation. (end)",
});

const std::string kIissLike = paragraph_per_line({
    /* 1 */ "",
    /* 2 */ "7. Example",
    /* 3 */ "",
    /* 4 */ "Japan has been among the global leaders in technology, but its defences are not especially strong,",
    /* 5 */ "",
    /* 6 */ "with many corporations unwilling to meet the costs.\u00B9 Its offensive capabilities remain weak.",
    /* 7 */ "",
    /* 8 */ "Strategy and doctrine",
    /* 9 */ "",
    /* 10 */ "It was the first document to call for the Ministry of Defense",
    /* 11 */ "",
    /* 12 */ "List of acronyms",
    /* 13 */ "",
    /* 14 */ "JSDF Japan Self-Defense Forces",
    /* 15 */ "MoD Ministry of Defense",
    /* 16 */ "",
    /* 17 */ "NTT Nippon Telegraph and Telephone",
    /* 18 */ "",
    /* 19 */ "(MoD) to defend against attacks.\u00B2 It said the country needs more investment in skills and digital",
    /* 20 */ "",
    /* 21 */ "The total number of personnel deployed in cyber defence will reach 500 by around 2024",
    /* 22 */ "",
    /* 23 */ "competence in order to close the gap.\u00B3 Experts said that the total number of personnel deployed "
             "in cyber defence will reach 500 by around 2024.",
    /* 24 */ "",
    /* 25 */ "Offensive cyber capability",
    /* 26 */ "",
    /* 27 */ "The narrowest interpretation of the guidelines would limit assistance to the protection of forces.",
    /* 28 */ "",
    /* 29 */ "Notes",
    /* 30 */ "",
    /* 31 */ "- 1 First note, *Fortune*, <https://example.org/a>.",
    /* 32 */ " - 2 Second note for telecoms",
    /* 33 */ "",
    /* 34 */ "- companies, see https://example.org/b.",
    /* 35 */ "- 3 *Ibid.*",
});

}  // namespace

BOOST_AUTO_TEST_CASE(block_rows) {
  const std::vector<Row> rows = {
      {"hard-wrapped: title, wrapped numbered and arrow headings, short-line and page-break rules, roman "
       "heading vs roman list in a sentence, bullets, (end)",
       kUnLike, LayoutKind::kHardWrapped, "T:1 H1:5-7 H2:11-15 P:17-21 P:23-33 H3:35 P:37-41 B:43-45 B:47-49"},
      {"paragraph per line: title, page-break cut, heading, glossary box with caption and inner blank, pull "
       "quote, notes with continuation",
       kIissLike, LayoutKind::kParagraphPerLine,
       "T:2 P:4 P:6 H1:8 P:10 G:12-17 P:19 Q:21 P:23 H1:25 P:27 H1:29 N:31 N:32-34 N:35"},
      {"a short unpunctuated line whose words the body repeats is still a heading (too short for a quote)",
       paragraph_per_line({"Intro paragraph that ends properly with a full stop and has enough words to count here.", "",
                           "Cyber security and resilience", "",
                           "The national cyber security and resilience planning has been rather limited so far.", "",
                           "Another complete paragraph closes the section with a full stop at its end."}),
       LayoutKind::kParagraphPerLine, "P:1 H1:3 P:5 P:7"},
      {"a long unpunctuated line is a heading when the body does not repeat it",
       paragraph_per_line({"Intro paragraph that ends properly with a full stop and has enough words to count here.", "",
                           "Global leadership in cyberspace affairs and regional diplomacy", "",
                           "Global trade matters. Leadership in cyberspace shapes its affairs and its diplomacy.", "",
                           "Another complete paragraph closes the section with a full stop at its end."}),
       LayoutKind::kParagraphPerLine, "P:1 H1:3 P:5 P:7"},
      {"a numbered first line with numbered siblings is a heading, not a title",
       hard_wrapped({"1 General appreciation of the issues of information security",
                     "Knowledge, technologies, and services in cyberspace, such as AI and IoT, are becoming",
                     "established in society and leading to innovations that transform the existing social",
                     "structures.", " ", "2 Efforts taken at the national level",
                     "In Japan, the legal foundation for the utilization of data has been prepared, including the",
                     "Basic Act on the Advancement of Public and Private Sector Data Utilization."}),
       LayoutKind::kHardWrapped, "H1:1 P:3-7 H1:11 P:13-15"},
      {"a short unpunctuated line going on in lower case is a cut paragraph, not a heading",
       paragraph_per_line({"Intro paragraph that ends properly with a full stop and has enough words to count here.", "",
                           "Japan's defences are weak", "",
                           "with many corporations unwilling to meet the costs of bolstering them, as reported.", "",
                           "Another complete paragraph closes the section with a full stop at its end."}),
       LayoutKind::kParagraphPerLine, "P:1 P:3 P:5 P:7"},
      {"paragraph per line: a heading between the halves of a sentence cut by the page stays a heading",
       paragraph_per_line({"The harbour authority met twice in the spring, and after the second meeting the committee asked the", "",
                           "Funding and oversight", "",
                           "ministry to report on the dredging budget before the summer recess.", "",
                           "A second paragraph follows the repaired sentence and ends with a full stop."}),
       LayoutKind::kParagraphPerLine, "P:1 H1:3 P:5 P:7"},
      {"hard-wrapped: a numbered heading right after a page break inside a sentence is a heading",
       hard_wrapped({"The harbour authority met twice in the spring of that year, and after its second meeting",
                     "the members of the standing committee on the port asked the", "", "",
                     "3 Funding and oversight",
                     "ministry to report on the dredging budget and the pilotage fees before the summer, and to",
                     "publish the figures.", " ",
                     "A second paragraph follows the repaired sentence and it ends with a full stop as usual."}),
       LayoutKind::kHardWrapped, "P:1-3 H1:9 P:11-13 P:17"},
      {"hard-wrapped: a numbered line inside a sentence without a page break is body text",
       hard_wrapped({"The harbour authority met twice in the spring of that year, and after its second meeting",
                     "the members of the standing committee on the port asked the",
                     "3 Funding and oversight",
                     "ministry to report on the dredging budget and the pilotage fees before the summer recess."}),
       LayoutKind::kHardWrapped, "P:1-7"},
      {"hard-wrapped: an arrow heading inside a cut sentence does not take the sentence's next line",
       hard_wrapped({"The harbour authority met twice in the spring of that year, and after its second meeting",
                     "the members of the standing committee on the port asked the", "", "",
                     "\u27A2 Funding and oversight of the port authority and of its pilotage service",
                     "ministry to report on the dredging budget and the pilotage fees before the summer recess."}),
       LayoutKind::kHardWrapped, "P:1-3 H2:9 P:11"},
      {"an (end) line of its own is dropped",
       hard_wrapped({"The government will work through bilateral dialogues and international conferences on",
                     "cybersecurity to exchange information on cybersecurity policies, strategies and systems to",
                     "respond and to plan.", "(end)"}),
       LayoutKind::kHardWrapped, "P:1-5"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name) { BOOST_TEST(summary(classify(row.text, row.layout)) == row.expected); }
  }
}

BOOST_AUTO_TEST_CASE(only_a_heading_between_cut_halves_is_marked_inside_sentence) {
  const std::vector<Block> cut = classify(
      paragraph_per_line({"The harbour authority met twice in the spring and published its minutes.", "",
                          "After the second meeting of the year the committee asked the", "", "Funding and oversight", "",
                          "ministry to report on the dredging budget before the summer recess.", "", "Costs and fees",
                          "", "The fees rose by a tenth in the following year, as the ministry had warned."}),
      LayoutKind::kParagraphPerLine);
  BOOST_TEST_REQUIRE(summary(cut) == "P:1 P:3 H1:5 P:7 H1:9 P:11");
  BOOST_TEST((cut[2].kind == BlockKind::kHeading));
  BOOST_TEST(cut[2].inside_sentence);
  BOOST_TEST(cut[2].text == "Funding and oversight");
  BOOST_TEST((cut[4].kind == BlockKind::kHeading));
  BOOST_TEST(!cut[4].inside_sentence);
}

BOOST_AUTO_TEST_CASE(heading_and_title_texts) {
  const std::vector<Block> blocks = classify(kUnLike, LayoutKind::kHardWrapped);
  BOOST_REQUIRE_GE(blocks.size(), 6u);
  BOOST_TEST(blocks[0].text == "National Reply from EXAMPLE");
  BOOST_TEST(blocks[1].text ==
             "2 Efforts taken at the national level to strengthen information security and promote international "
             "cooperation in the field");
  BOOST_TEST(blocks[2].text ==
             "Promoting the implementation of voluntary, non-binding norms of the responsible state behavior and the "
             "cooperation for relevant confidence-building measures and capacity-building");
  BOOST_TEST(blocks[5].text == "(i) Assurance of the Free Flow of Information");
  BOOST_TEST(blocks.back().lines.back().text == "unforeseen circumstances and deterioration of the situation.");
  BOOST_TEST(blocks[7].lines.front().text == "The promotion of the rule of law is important for international peace and stability and");
}

BOOST_AUTO_TEST_CASE(glossary_block_holds_rows_and_caption) {
  const std::vector<Block> blocks = classify(kIissLike, LayoutKind::kParagraphPerLine);
  const Block& box = blocks[5];
  BOOST_REQUIRE((box.kind == BlockKind::kGlossary));
  BOOST_TEST(box.text == "List of acronyms");
  BOOST_REQUIRE_EQUAL(box.lines.size(), 3u);
  BOOST_TEST(box.lines[2].number == 17);
}
