#define BOOST_TEST_MODULE glossary_parser
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/glossary_parser.h"
#include "indexer/marker_extractor.h"

using namespace indexer;

BOOST_AUTO_TEST_CASE(row_shape) {
  const std::vector<std::string> good = {
      "ASEAN Association of Southeast Asian Nations", "IoT Internet of Things", "IPv6 Internet Protocol Version 6",
      "MoD Ministry of Defense", "ICT information and communications technology", "R&D research and development"};
  const std::vector<std::string> bad = {
      "Japan has been among the global leaders",      // not an acronym
      "NATO members agreed to it.",                    // a sentence
      "ASEAN",                                         // no expansion
      "A single letter",                               // too short
      "Strategy and doctrine",                         // a heading
      extract_markers("DIH is Japan's largest intelligence organisation\u00B2"),  // marker
      "JSDF " + std::string(120, 'x'),                 // too long for a row
  };
  for (const std::string& row : good) BOOST_TEST_CONTEXT(row) { BOOST_TEST(is_glossary_row(row)); }
  for (const std::string& row : bad) BOOST_TEST_CONTEXT(row) { BOOST_TEST(!is_glossary_row(row)); }
}

BOOST_AUTO_TEST_CASE(pairs_and_text) {
  const std::vector<Line> rows = {{17, "ASEAN Association of Southeast Asian Nations"},
                                  {18, "CCDCOE  Cooperative Cyber Defence Centre of Excellence "},
                                  {25, "IPv6 Internet Protocol Version 6"}};
  const std::vector<AcronymDefinition> pairs = parse_glossary(rows);
  BOOST_REQUIRE_EQUAL(pairs.size(), 3u);
  BOOST_TEST(pairs[1].acronym == "CCDCOE");
  BOOST_TEST(pairs[1].expansion == "Cooperative Cyber Defence Centre of Excellence");
  BOOST_TEST(pairs[2].line == 25);
  BOOST_TEST(glossary_text(pairs) ==
             "ASEAN: Association of Southeast Asian Nations; CCDCOE: Cooperative Cyber Defence Centre of Excellence; "
             "IPv6: Internet Protocol Version 6");
}
