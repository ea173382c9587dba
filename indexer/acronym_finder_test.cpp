#define BOOST_TEST_MODULE acronym_finder
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "indexer/acronym_finder.h"

using indexer::find_inline_definitions;

BOOST_AUTO_TEST_CASE(finds_long_form_then_acronym) {
  struct Row { std::string text, acronym, expansion; };
  const Row rows[] = {
      {"to call for the Ministry of Defense (MoD) to defend", "MoD", "Ministry of Defense"},
      {"as part of the Internet of Things (IoT) push", "IoT", "Internet of Things"},
      {"the Cyber Security Strategic Headquarters (CSSH) was created", "CSSH", "Cyber Security Strategic Headquarters"},
      {"within the Japan Self-Defense Forces (JSDF) and", "JSDF", "Japan Self-Defense Forces"},
      {"promotes confidence building measures (CBMs) including", "CBMs", "confidence building measures"},
      {"the Organisation for Economic Co-operation and Development (OECD) in", "OECD",
       "Organisation for Economic Co-operation and Development"},
      {"NATO's Cooperative Cyber Defence Centre of Excellence (CCD COE) in", "CCD COE",
       "Cooperative Cyber Defence Centre of Excellence"},
      {"the extreme ultraviolet (EUV) photoresists", "EUV", "extreme ultraviolet"},
      {"a member of the Partnership for Peace (PfP), Japan", "PfP", "Partnership for Peace"},
      {"partnering with the NSA (National Security Agency) since", "NSA", "National Security Agency"},
  };
  for (const auto& row : rows) {
    auto found = find_inline_definitions(row.text);
    BOOST_REQUIRE_MESSAGE(found.size() == 1u, row.text);
    BOOST_TEST(found[0].acronym == row.acronym);
    BOOST_TEST(found[0].expansion == row.expansion);
  }
}

BOOST_AUTO_TEST_CASE(ignores_parentheses_that_define_nothing) {
  const char* rows[] = {
      "peers such as GLONASS (Russia) and Beidou (China).",
      "Games (postponed due to COVID-19). Japan",
      "development of the use of cyberspace there. (end)",
      "the national Computer Emergency Response Team (JPCERT), the",  // letters not in order
      "yaku 5,000-meiga sanka (NISC)",
      "the Tokyo 2020 Games (hereinafter referred to as the Games)",
  };
  for (const char* row : rows) BOOST_TEST(find_inline_definitions(row).empty(), row);
}

BOOST_AUTO_TEST_CASE(glossary_pairs_come_first_and_lines_are_found) {
  indexer::ParsedDocument parsed;
  parsed.glossary.push_back({"MoD", "Ministry of Defense", 27});
  index_format::PassageRecord r;
  r.kind = "passage";
  r.line_start = 3;
  r.line_end = 5;
  r.text = "It asked the Ministry of Defense (MoD) and the Internet of Things (IoT) people.";
  std::vector<std::string> lines = {"x", "y", "It asked the Ministry of Defense (MoD) and", "", "the Internet of Things (IoT) people."};
  auto all = indexer::find_acronyms(parsed, {r}, lines);
  BOOST_REQUIRE(all.size() == 2u);  // MoD once: the glossary's definition
  BOOST_TEST(all[0].line == 27);
  BOOST_TEST(all[1].acronym == "IoT");
  BOOST_TEST(all[1].line == 5);
}

namespace {

// What the regular expression the scan stands for finds, for comparison.
std::vector<std::pair<size_t, size_t>> regex_spans(const std::string& text) {
  static const std::regex parenthesis(R"(\(([^()]{2,60})\))");
  std::vector<std::pair<size_t, size_t>> spans;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), parenthesis); it != std::sregex_iterator(); ++it) {
    const auto open = static_cast<size_t>(it->position(0));
    spans.emplace_back(open, open + static_cast<size_t>(it->length(0)));
  }
  return spans;
}

}  // namespace

BOOST_AUTO_TEST_CASE(parenthesised_spans_are_those_of_the_regular_expression) {
  const std::string edges[] = {
      "", "(", ")", "()", "(a)", "(ab)", "((ab))", "(a(bc)d)", "(ab", "ab)", "(ab)(cd)", "((((xy",
      "x (" + std::string(60, 'n') + ") y", "x (" + std::string(61, 'n') + ") y (ok)",
      "(open (MoD) and (a", "line one (across\na wrap) end", "(\xe2\x80\x94 dash) (\xc3\xa9t\xc3\xa9)",
  };
  for (const auto& text : edges) BOOST_TEST((indexer::parenthesised_spans(text) == regex_spans(text)), text);
  // Every corpus document and every fixture document, whole.
  size_t files = 0, spans = 0;
  for (const char* dir : {"corpus", "tests/fixtures/documents"}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      const std::string text = buffer.str();
      const auto want = regex_spans(text);
      BOOST_TEST((indexer::parenthesised_spans(text) == want), entry.path());
      ++files;
      spans += want.size();
    }
  }
  BOOST_TEST(files >= 7u);
  BOOST_TEST(spans > 50u);
}
