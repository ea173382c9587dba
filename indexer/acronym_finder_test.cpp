#define BOOST_TEST_MODULE acronym_finder
#include <boost/test/unit_test.hpp>

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
