#define BOOST_TEST_MODULE pull_quote_detector
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/pull_quote_detector.h"
#include "indexer/text_cleaner.h"

using namespace indexer;

namespace {
struct Row {
  const char* name;
  std::string quote, body;
  bool repeats;
};
}  // namespace

BOOST_AUTO_TEST_CASE(repeats_body_text_rows) {
  const std::vector<Row> rows = {
      {"verbatim (IISS 93 vs 65)", "The total number of JSDF personnel deployed in cyber defence will reach 500 by around 2024",
       "In 2021 it is due to expand. According to media reports the total number of JSDF personnel deployed in cyber "
       "defence will reach 500 by around 2024. More text follows.",
       true},
      {"words inserted, quotes folded (IISS 153 vs 135)",
       "Japan\u2019s longest and closest international cyber partnership is with the US",
       "Japan's longest and closest international cyber partnership, however, is with the US. The current Japan\u2013US",
       true},
      {"one word changed of eleven", "Japan\u2019s longest and closest international cyber partnership is with America",
       "Japan's longest and closest international cyber partnership, however, is with the US.", true},
      {"too short to judge (a heading)", "Cyber security and resilience",
       "national cyber security and resilience is still at a developmental stage", false},
      {"words scattered, not a stretch", "Global leadership in cyberspace affairs and diplomacy",
       "Global trade matters. The leadership of Japan in many areas, including cyberspace, shapes its affairs; "
       "the government has for decades pursued quiet diplomacy.",
       false},
      {"words out of order", "partnership cyber international closest and longest Japan",
       "Japan's longest and closest international cyber partnership is with the US.", false},
      {"empty body", "The total number of JSDF personnel deployed", "", false},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name) { BOOST_TEST(repeats_body_text(fold_words(row.quote), fold_words(row.body)) == row.repeats); }
  }
}

BOOST_AUTO_TEST_CASE(marked_heading_is_never_a_pull_quote) {
  // UN line 128: "(i) Assurance of the Free Flow of Information" repeats the body of line 122.
  Block heading;
  heading.kind = BlockKind::kHeading;
  heading.level = 3;
  heading.marked = true;
  heading.lines = {{3, "(i) Assurance of the Free Flow of Information"}};
  Block body;
  body.kind = BlockKind::kParagraph;
  body.lines = {{1, "which are: (i) assurance of the free flow of information; (ii) the rule of law."}};
  Block plain = heading;
  plain.marked = false;
  plain.level = 1;
  std::vector<Block> blocks = {body, heading, plain};
  mark_pull_quotes(blocks);
  BOOST_TEST((blocks[1].kind == BlockKind::kHeading));
  BOOST_TEST((blocks[2].kind == BlockKind::kPullQuote));
}
