#define BOOST_TEST_MODULE document_parser
#include <boost/test/unit_test.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/document_parser.h"
#include "indexer/test_invariants.h"

using namespace indexer;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "cannot open " << path << " (tests run from the project root)");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int count_lines(const std::string& bytes) {
  int n = 0;
  for (char c : bytes) n += c == '\n';
  return n + (!bytes.empty() && bytes.back() != '\n');
}

ParsedDocument parse_ok(const std::string& label, const std::string& bytes) {
  auto result = parse_document(label, bytes);
  BOOST_REQUIRE_MESSAGE(result.is_ok(), result.status().message());
  return std::move(result).value();
}

ParsedDocument parse_corpus(const std::string& path) {
  const std::string bytes = slurp(path);
  ParsedDocument doc = parse_ok(path, bytes);
  indexer::testing::check_invariants(doc, count_lines(bytes));
  return doc;
}

const Passage* passage_at(const ParsedDocument& doc, int line_start) {
  for (const Passage& p : doc.passages) {
    if (p.line_start == line_start) return &p;
  }
  return nullptr;
}

// The six words before "[n]" in `text`, other markers removed, split on non-alphanumerics.
std::string context_before(const std::string& text, int number) {
  const std::string marker = "[" + std::to_string(number) + "]";
  const size_t at = text.find(marker);
  if (at == std::string::npos) return "<no marker>";
  const std::string before = std::regex_replace(text.substr(0, at), std::regex(R"(\[\d+\])"), "");
  std::vector<std::string> words;
  std::string word;
  int32_t i = 0;
  const auto size = static_cast<int32_t>(before.size());
  while (i < size) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(before.data(), i, size, c);
    if (u_isalnum(c)) {
      word.append(before, static_cast<size_t>(start), static_cast<size_t>(i - start));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  std::string out;
  for (size_t k = words.size() >= 6 ? words.size() - 6 : 0; k < words.size(); ++k) out += (out.empty() ? "" : " ") + words[k];
  return out;
}

// footnotes.json prints notes as in the chapter; the parser strips emphasis, escapes and the
// brackets of URLs, so the expected text is normalised the same way.
std::string normalise_note(std::string text) {
  text = std::regex_replace(text, std::regex(R"(\*)"), "");
  text = std::regex_replace(text, std::regex(R"(\\([[:punct:]]))"), "$1");
  return std::regex_replace(text, std::regex(R"(<(https?://[^>\s]+)>)"), "$1");
}

struct ErrorRow {
  const char* name;
  std::string bytes;
  std::string message;
};

const std::string kFixture =
    "Title Line\n"
    "\n"
    "The first paragraph cites a source.\u00B9 It also cites a missing one.\u2075 Both are noted here.\n"
    "\n"
    "Heading\n"
    "\n"
    "The second paragraph cites again.\u00B2 And again the first source.\u00B9 Then the end comes.\n"
    "\n"
    "Notes\n"
    "\n"
    "- 1 First source, 2020.\n"
    "- 2 Second source, 2021.\n"
    "- 4 Fourth source, never cited.\n"
    "- 3 Third source, out of order.\n"
    "- 2 Second source again, a duplicate.\n";

}  // namespace

BOOST_AUTO_TEST_CASE(error_rows) {
  const std::vector<ErrorRow> rows = {
      {"empty file", "", "x.txt:1: error: empty file: no text to index"},
      {"NUL bytes", std::string("Title\n\nBody \0\0 text.\n", 21), "x.txt:3:6: error: NUL byte: binary content, not text"},
      {"invalid UTF-8 names line and column", "Title\n\nJapan\xE2\x80\x99s caf\xE9.\n",
       "x.txt:3:12: error: invalid UTF-8 (byte 0xE9)"},
  };
  for (const ErrorRow& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      auto result = parse_document("x.txt", row.bytes);
      BOOST_REQUIRE(!result.is_ok());
      BOOST_TEST((result.status().kind() == analysis::Status::Kind::kInvalidInput));
      BOOST_TEST(result.status().message() == row.message);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_four_warnings_and_nothing_dropped) {
  const ParsedDocument doc = parse_ok("f.txt", kFixture);
  std::vector<std::string> warnings;
  for (const Warning& w : doc.warnings) warnings.push_back(w.to_string());
  const std::vector<std::string> expected = {
      "f.txt:3: warning: marker 5 has no note",
      "f.txt:13: warning: note 4 is not cited by any marker",
      "f.txt:14: warning: note 3 out of order (after note 4)",
      "f.txt:14: warning: note 3 is not cited by any marker",
      "f.txt:15: warning: duplicate note number 2 (first at line 12)",
  };
  BOOST_TEST(warnings == expected, boost::test_tools::per_element());
  BOOST_REQUIRE_EQUAL(doc.passages.size(), 2u);
  BOOST_TEST(doc.passages[0].text ==
             "The first paragraph cites a source.[1] It also cites a missing one.[5] Both are noted here.");
  BOOST_TEST(doc.passages[0].cited_notes == (std::vector<int>{1, 5}), boost::test_tools::per_element());
  BOOST_TEST(doc.passages[1].section_path == std::vector<std::string>{"Heading"}, boost::test_tools::per_element());
  BOOST_TEST(doc.notes.size() == 5u);
  indexer::testing::check_invariants(doc, 15, /*markers_resolve=*/false);
}

BOOST_AUTO_TEST_CASE(bom_and_crlf_change_nothing) {
  const std::string crlf = "\xEF\xBB\xBF" + std::regex_replace(kFixture, std::regex("\n"), "\r\n");
  const ParsedDocument plain = parse_ok("f.txt", kFixture);
  const ParsedDocument dos = parse_ok("f.txt", crlf);
  BOOST_REQUIRE_EQUAL(plain.passages.size(), dos.passages.size());
  for (size_t i = 0; i < plain.passages.size(); ++i) {
    BOOST_TEST(plain.passages[i].text == dos.passages[i].text);
    BOOST_TEST(plain.passages[i].line_start == dos.passages[i].line_start);
    BOOST_TEST(plain.passages[i].line_end == dos.passages[i].line_end);
  }
  BOOST_TEST(plain.warnings.size() == dos.warnings.size());
}

BOOST_AUTO_TEST_CASE(iiss_markers_and_notes_match_footnotes_json) {
  const ParsedDocument doc = parse_corpus("corpus/iiss-japan-2021.txt");
  const nlohmann::json truth = nlohmann::json::parse(slurp("tests/fixtures/footnotes.json"));
  BOOST_TEST(doc.warnings.empty());
  for (const Warning& w : doc.warnings) BOOST_TEST_MESSAGE(w.to_string());

  std::map<int, const Passage*> citing;
  for (const Passage& p : doc.passages) {
    for (int n : p.cited_notes) citing.emplace(n, &p);
  }
  BOOST_REQUIRE_EQUAL(truth["markers"].size(), 74u);
  for (const auto& marker : truth["markers"]) {
    const int number = marker["number"];
    BOOST_TEST_CONTEXT("marker " << number) {
      BOOST_REQUIRE(citing.count(number) == 1u);
      BOOST_TEST(context_before(citing[number]->text, number) == marker["context"].get<std::string>());
    }
  }
  BOOST_REQUIRE_EQUAL(doc.notes.size(), 74u);
  BOOST_REQUIRE_EQUAL(truth["notes"].size(), 74u);
  for (size_t i = 0; i < 74; ++i) {
    const auto& expected = truth["notes"][i];
    const Note& note = doc.notes[i];
    BOOST_TEST_CONTEXT("note " << expected["number"].get<int>()) {
      BOOST_TEST(note.number == expected["number"].get<int>());
      BOOST_TEST(note.text == normalise_note(expected["text"].get<std::string>()));
      if (expected["ibid_of"].is_null()) {
        BOOST_TEST(!note.ibid_of.has_value());
      } else {
        BOOST_TEST((note.ibid_of == std::optional<int>(expected["ibid_of"].get<int>())));
      }
    }
  }
  // Continuation notes span their lines; URLs lose brackets and trailing stops.
  BOOST_TEST(doc.notes[25].line_start == 182);
  BOOST_TEST(doc.notes[25].line_end == 184);
  BOOST_TEST(doc.notes[55].line_end == 216);
  BOOST_TEST(doc.notes[1].urls == std::vector<std::string>{"http://www.nisc.go.jp/active/kihon/pdf/cybersecuritystrategy-en.pdf"},
             boost::test_tools::per_element());
  BOOST_TEST(doc.notes[25].urls.size() == 2u);
}

BOOST_AUTO_TEST_CASE(iiss_passages) {
  const ParsedDocument doc = parse_corpus("corpus/iiss-japan-2021.txt");
  struct Known {
    int start, end;
    std::vector<std::string> path;
    std::string contains;
  };
  const std::vector<Known> known = {
      {5, 7, {}, "not especially strong, with many corporations"},
      {11, 11, {"Strategy and doctrine"}, "its kind.[1] (At the time"},
      {13, 31, {"Strategy and doctrine"}, "call for the Ministry of Defense (MoD) to defend against"},
      {43, 45, {"Strategy and doctrine"}, "stresses the importance of \u2018building the capability"},
      {63, 65, {"Governance, command and control"}, "as a whole and for defending its"},
      {83, 85, {"Cyber empowerment and dependence"}, "JSR Corporation and Shin-Etsu Chemical together"},
      {87, 89, {"Cyber empowerment and dependence"}, "subsidiary branches including NTT Communications"},
      {91, 95, {"Cyber empowerment and dependence"}, "skills and digital competence \u2013 \u2018particularly"},
      {103, 105, {"Cyber empowerment and dependence"}, "describes as \u2018technological sovereignty\u2019"},
      {135, 137, {"Global leadership in cyberspace affairs"}, "The current Japan\u2013US Cyber Dialogue"},
      {151, 151, {"Offensive cyber capability"}, "like an attack on the US."},
  };
  for (const Known& k : known) {
    BOOST_TEST_CONTEXT("passage at line " << k.start) {
      const Passage* p = passage_at(doc, k.start);
      BOOST_REQUIRE(p != nullptr);
      BOOST_TEST((p->kind == PassageKind::kPassage));
      BOOST_TEST(p->line_end == k.end);
      BOOST_TEST(p->section_path == k.path, boost::test_tools::per_element());
      BOOST_TEST(p->text.find(k.contains) != std::string::npos, p->text);
    }
  }
  const Passage* box = passage_at(doc, 15);
  BOOST_REQUIRE(box != nullptr);
  BOOST_TEST((box->kind == PassageKind::kGlossary));
  BOOST_TEST(box->line_end == 29);
  BOOST_TEST(box->text.starts_with("ASEAN: Association of Southeast Asian Nations; CCDCOE: Cooperative Cyber Defence"));
  BOOST_REQUIRE_EQUAL(doc.glossary.size(), 12u);
  BOOST_TEST(doc.glossary[7].acronym == "IPv6");
  BOOST_TEST(doc.glossary[7].line == 25);
  BOOST_TEST(doc.glossary[11].expansion == "Nippon Telegraph and Telephone");

  BOOST_TEST(doc.passages.size() == 46u);  // 45 body passages and the glossary
  BOOST_TEST(doc.passages.front().line_start == 5);  // "7. Japan" is the title
  const std::vector<std::string> not_passages = {
      "7. Japan", "Strategy and doctrine", "Governance, command and control", "Core cyber-intelligence capability",
      "Cyber empowerment and dependence", "Cyber security and resilience", "Global leadership in cyberspace affairs",
      "Offensive cyber capability", "Notes", "List of acronyms",
      "The total number of JSDF personnel deployed in cyber defence will reach 500 by around 2024",
      "Japan\u2019s longest and closest international cyber partnership is with the US"};
  for (const Passage& p : doc.passages) {
    for (const std::string& text : not_passages) BOOST_TEST(p.text != text);
    BOOST_TEST(p.text.find("*") == std::string::npos);
    BOOST_TEST(p.line_start < 153);  // nothing after the last body paragraph: the pull quote, the notes
  }
  // The pull quote does not cut "skills and digital / competence" and is not repeated inside it.
  const Passage* cut = passage_at(doc, 91);
  BOOST_REQUIRE(cut != nullptr);
  BOOST_TEST(cut->text.find("will reach 500") == std::string::npos);
  BOOST_TEST(passage_at(doc, 81)->text.find("Fortune 'Global 500'") != std::string::npos);
  BOOST_TEST(passage_at(doc, 11)->index_text.find("[1]") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(un_reply_passages) {
  const ParsedDocument doc = parse_corpus("corpus/un-reply-japan-2019.txt");
  BOOST_TEST(doc.warnings.empty());
  BOOST_TEST(doc.notes.empty());
  const std::string s1 = "1 General appreciation of the issues of information security";
  const std::string s2 =
      "2 Efforts taken at the national level to strengthen information security and promote international "
      "cooperation in the field";
  const std::string s3 =
      "3 Relevant international concepts aimed at strengthening the security of global information and "
      "telecommunications system";
  const std::string s5 = "5 The content of the concepts mentioned in the reports of the Group of Governmental Experts";
  const std::string adherence = "Adherence to the Basic Position on Cyberspace";
  struct Known {
    int start, end;
    std::vector<std::string> path;
    std::string starts, ends;
  };
  const std::vector<Known> known = {
      {6, 12, {}, "Japan welcomes the opportunity", "in the context of international security\u201D."},
      {18, 30, {s1}, "Knowledge, technologies, and services", "threats to increase rapidly."},
      // The page break after line 76 ("…actors to easily") does not end the paragraph: 76 -> 80.
      {64, 110, {s1, "Increasing Threats in Cyberspace"}, "While AI, IoT", "businesses and even individuals."},
      {116, 124, {s1, adherence}, "In order to continue", "collaboration among multi-stakeholders."},
      {130, 138, {s1, adherence, "(i) Assurance of the Free Flow of Information"}, "For the sustainable", "of others."},
      {180, 192, {s1, adherence, "(v) Collaboration among Multi-stakeholders"}, "Cyberspace is a multi-dimensional",
       "such roles."},
      {204, 226, {s2, "Efforts taken at the national level to strengthen information security"}, "In Japan,",
       "organic entity."},
      {228, 242, {s2, "Efforts taken at the national level to strengthen information security"},
       "The unification of cyberspace", "wealth to society."},
      {286, 294, {s2, "Efforts taken at the national level to promote international cooperation"}, "With regard to Sharing",
       "cybersecurity with us."},
      {316, 336, {s2, "Efforts taken at the national level to promote international cooperation"},
       "The promotion of the rule of law", "the ICPO."},
      {398, 416, {s3}, "Japan supports consensus", "at present."},
      {476, 490,
       {s5,
        "Promoting the implementation of voluntary, non-binding norms of the responsible state behavior and the "
        "cooperation for relevant confidence-building measures and capacity-building"},
       "To further enhance", "GGE and Open-Ended Working Group."},
  };
  for (const Known& k : known) {
    BOOST_TEST_CONTEXT("passage at line " << k.start) {
      const Passage* p = passage_at(doc, k.start);
      BOOST_REQUIRE(p != nullptr);
      BOOST_TEST(p->line_end == k.end);
      BOOST_TEST(p->section_path == k.path, boost::test_tools::per_element());
      BOOST_TEST(p->text.starts_with(k.starts), p->text);
      BOOST_TEST(p->text.ends_with(k.ends), p->text);
    }
  }
  BOOST_TEST(passage_at(doc, 64)->text.find("allows malicious actors to easily copy and distribute") != std::string::npos);
  BOOST_TEST(doc.passages.size() == 26u);
  for (const Passage& p : doc.passages) {
    BOOST_TEST(p.text.find("(end)") == std::string::npos);
    BOOST_TEST(p.text.find("\u2022") == std::string::npos);
    BOOST_TEST(p.text.find("\u27A2") == std::string::npos);
    BOOST_TEST(p.text.find("National Reply from JAPAN") == std::string::npos);
    BOOST_TEST(p.text.find("General appreciation of the issues") == std::string::npos);
    BOOST_TEST(p.text.find("  ") == std::string::npos);
    for (const std::string& level : p.section_path) BOOST_TEST(level.find("JAPAN") == std::string::npos);
  }
}
