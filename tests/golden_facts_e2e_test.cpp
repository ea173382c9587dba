// @brief What each golden file of searcher_e2e_test stands for, checked against sources that do
// not come from the searcher: the corpus text, tests/fixtures/footnotes.json and the README.
// Golden files are captured output (UPDATE_GOLDEN=1 blesses whatever the searcher prints); these
// facts hold whatever it prints. Same queries as the golden rows, asked for JSON or TSV.
#define BOOST_TEST_MODULE golden_facts_e2e
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/searcher_e2e_test.h"

using nlohmann::json;

namespace {

e2e::Run searcher(std::vector<std::string> args) {
  static const std::string binary = e2e::required_env("SEARCHER");
  static const std::string index = e2e::required_env("SEARCHER_INDEX");
  args.insert(args.begin(), {"--index", index});
  return e2e::run(binary, args);
}

std::vector<json> json_hits(const std::vector<std::string>& args) {
  std::vector<std::string> all = {"--format", "json"};
  all.insert(all.end(), args.begin(), args.end());
  const e2e::Run run = searcher(all);
  std::vector<json> hits;
  std::istringstream in(run.out);
  for (std::string line; std::getline(in, line);) {
    json j = json::parse(line);
    if (j.at("type") == "hit") hits.push_back(std::move(j));
  }
  return hits;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Lines first..last (1-based) of a corpus file, as printed, joined with spaces.
std::string corpus_span(const std::string& file, int first, int last) {
  std::ifstream in(file);
  BOOST_REQUIRE_MESSAGE(in, "cannot open " << file);
  std::string out, line;
  for (int n = 1; std::getline(in, line) && n <= last; ++n) {
    if (n >= first) out += line + " ";
  }
  return out;
}

std::string corpus_span(const json& hit) {
  return corpus_span(hit.at("file"), hit.at("line_start").get<int>(), hit.at("line_end").get<int>());
}

// Note numbers printed as superscripts right after a letter or punctuation mark in `text` ("kind.¹",
// "opponents’.¹²"); a superscript after a digit or a space is no marker.
std::set<int> superscript_markers(const std::string& text) {
  static const std::string digits[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                       "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::set<int> found;
  size_t i = 0;
  while (i < text.size()) {
    int number = -1;
    const size_t start = i;
    for (bool matched = true; matched && i < text.size();) {
      matched = false;
      for (int d = 0; d < 10; ++d) {
        if (text.compare(i, digits[d].size(), digits[d]) == 0) {
          number = (number < 0 ? 0 : number * 10) + d;
          i += digits[d].size();
          matched = true;
          break;
        }
      }
    }
    if (number < 0) {
      ++i;
      continue;
    }
    const char before = start > 0 ? text[start - 1] : ' ';
    if (before != ' ' && !std::isdigit(static_cast<unsigned char>(before))) found.insert(number);
  }
  return found;
}

const json& footnotes() {
  static const json notes = json::parse(e2e::read_file("tests/fixtures/footnotes.json"));
  return notes;
}

// footnotes.json's text of note `number` as the searcher prints it.
std::string footnote_text(int number) {
  for (const json& note : footnotes().at("notes")) {
    if (note.at("number") == number) {
      // As printed: emphasis, URL brackets and backslash escapes ("US\\$237") are markdown.
      std::string text = note.at("text");
      std::erase_if(text, [](char c) { return c == '*' || c == '<' || c == '>' || c == '\\'; });
      return text;
    }
  }
  return "<no note " + std::to_string(number) + ">";
}

std::set<int> cited_numbers(const json& hit) {
  std::set<int> numbers;
  for (const json& note : hit.at("notes")) numbers.insert(note.at("number").get<int>());
  return numbers;
}

}  // namespace

// ministry-of-defense-cyber-units.txt and color-always.txt: the passages are about cyber matters,
// and each lists exactly the notes whose markers its lines print, with footnotes.json's text.
BOOST_AUTO_TEST_CASE(top_hits_cite_the_notes_their_lines_print) {
  for (const auto& args : {std::vector<std::string>{"--limit", "3", "Ministry of Defense cyber units"},
                           std::vector<std::string>{"--limit", "1", "cyber units"}}) {
    const std::vector<json> hits = json_hits(args);
    BOOST_REQUIRE_EQUAL(hits.size(), std::stoul(args[1]));
    for (const json& hit : hits) {
      BOOST_TEST_CONTEXT(hit.at("id")) {
        const std::string span = corpus_span(hit);
        BOOST_TEST(lower(span).find("cyber") != std::string::npos);
        BOOST_TEST(cited_numbers(hit) == superscript_markers(span), boost::test_tools::per_element());
        for (const json& note : hit.at("notes")) BOOST_TEST(note.at("text") == footnote_text(note.at("number")));
      }
    }
  }
  // The first golden hit, lines 13-31, is the sentence the acronym box cuts.
  const std::string box_cut = corpus_span("corpus/iiss-japan-2021.txt", 13, 31);
  BOOST_TEST(box_cut.find("to call for the Ministry of Defense") != std::string::npos);
  BOOST_TEST(box_cut.find("(MoD) to defend") != std::string::npos);
}

// note-12-ibid.txt: the passages citing note 12 print its marker, and note 12 is an Ibid. of 11.
BOOST_AUTO_TEST_CASE(passages_citing_note_12_and_its_ibid) {
  const std::vector<json> hits = json_hits({"source:iiss-japan-2021", "note:12"});
  BOOST_REQUIRE(!hits.empty());
  for (const json& hit : hits) {
    BOOST_TEST_CONTEXT(hit.at("id")) {
      BOOST_TEST(superscript_markers(corpus_span(hit)).count(12) == 1u);
      for (const json& note : hit.at("notes")) {
        if (note.at("number") != 12) continue;
        BOOST_TEST(note.at("ibid_of") == 11);
        BOOST_TEST(note.at("ibid_text") == footnote_text(11));
      }
    }
  }
  for (const json& note : footnotes().at("notes")) {
    if (note.at("number") == 12) BOOST_TEST(note.at("ibid_of") == 11);
  }
}

// note-hit.txt: notes whose text says the words, at the line that prints "- N", cited by
// passages that print marker N.
BOOST_AUTO_TEST_CASE(note_hits_are_the_notes_at_their_lines) {
  const std::vector<json> hits = json_hits({"--limit", "2", "kind:note", "Defense of Japan 2020"});
  BOOST_REQUIRE_EQUAL(hits.size(), 2u);
  for (const json& hit : hits) {
    const int number = hit.at("number");
    BOOST_TEST_CONTEXT("note " << number) {
      BOOST_TEST(hit.at("kind") == "note");
      BOOST_TEST(footnote_text(number).find("Defense of Japan 2020") != std::string::npos);
      BOOST_TEST(hit.at("text") == footnote_text(number));
      const std::string line = corpus_span(hit.at("file"), hit.at("line_start"), hit.at("line_start"));
      BOOST_TEST(line.find("- " + std::to_string(number) + " ") != std::string::npos, line);
      BOOST_REQUIRE(!hit.at("cited_by_refs").empty());
      for (const json& ref : hit.at("cited_by_refs")) {
        BOOST_TEST(superscript_markers(corpus_span(ref)).count(number) == 1u, ref.dump());
      }
    }
  }
}

// tsv-un-reply.tsv: three passages of the UN reply whose lines speak of norms.
BOOST_AUTO_TEST_CASE(tsv_rows_are_un_reply_passages_about_norms) {
  const e2e::Run run = searcher({"--format", "tsv", "--limit", "3", "source:un-reply-japan-2019", "norms"});
  std::istringstream in(run.out);
  std::string line;
  std::getline(in, line);  // header
  int rows = 0;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::istringstream cols(line);
    for (std::string col; std::getline(cols, col, '\t');) f.push_back(col);
    BOOST_REQUIRE_GE(f.size(), 7u);
    BOOST_TEST_CONTEXT(f[2]) {
      BOOST_TEST(f[2].rfind("un-reply-japan-2019:p", 0) == 0u);
      BOOST_TEST(f[4] == "corpus/un-reply-japan-2019.txt");
      BOOST_TEST(lower(corpus_span(f[4], std::stoi(f[5]), std::stoi(f[6]))).find("norm") != std::string::npos);
    }
    ++rows;
  }
  BOOST_TEST(rows == 3);
}

// no-match-suggestion.txt: no hit, and the suggestion is a word the corpus prints.
BOOST_AUTO_TEST_CASE(the_suggestion_is_a_corpus_word) {
  const e2e::Run run = searcher({"--format", "json", "cybersecurty"});
  BOOST_TEST(run.exit_code == 1);
  BOOST_TEST(run.out.find("\"suggestion\":\"cybersecurity\"") != std::string::npos, run.out);
  BOOST_TEST(lower(e2e::read_file("corpus/iiss-japan-2021.txt")).find("cybersecurity") != std::string::npos);
}

// help.txt: every option README's table documents is in --help.
BOOST_AUTO_TEST_CASE(help_names_every_option_readme_documents) {
  const std::string help = searcher({"--help"}).out;
  std::istringstream readme(e2e::read_file("README.md"));
  int options = 0;
  for (std::string line; std::getline(readme, line);) {
    if (line.rfind("| `--", 0) != 0) continue;
    const std::string option = line.substr(3, line.find_first_of(" `", 3) - 3);
    BOOST_TEST(help.find(option) != std::string::npos, option);
    ++options;
  }
  BOOST_TEST(options >= 10);
}
