#define BOOST_TEST_MODULE text_cleaner
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/marker_extractor.h"
#include "indexer/text_cleaner.h"

using namespace indexer;

namespace {
struct JoinRow {
  const char* name;
  std::string first, second, joined;
};
struct CleanRow {
  const char* name;
  std::string input, output;
};
struct PredicateRow {
  std::string text;
  bool expected;
};
}  // namespace

BOOST_AUTO_TEST_CASE(append_line_rows) {
  const std::vector<JoinRow> rows = {
      {"word cut by the page (IISS 87/89)", "subsidiary branches includ-", "ing NTT Communications",
       "subsidiary branches including NTT Communications"},
      {"hyphenated name keeps its hyphen (IISS 83/85)", "JSR Corporation and Shin-", "Etsu Chemical together",
       "JSR Corporation and Shin-Etsu Chemical together"},
      {"digit after hyphen keeps it", "COVID-", "19 pandemic", "COVID-19 pandemic"},
      {"plain wrap gets one space", "allows malicious actors to easily ", "copy and distribute",
       "allows malicious actors to easily copy and distribute"},
      {"dash after a space is no cut", "the period 2018 -", "covering", "the period 2018 - covering"},
      {"marker before the wrap", "skills and digital", "competence", "skills and digital competence"},
      {"empty first", "", "text", "text"},
  };
  for (const JoinRow& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      std::string joined = row.first;
      append_line(joined, row.second);
      BOOST_TEST(joined == row.joined);
    }
  }
  BOOST_TEST(join_lines({"a", " b ", "c-", "d"}) == "a b cd");
}

BOOST_AUTO_TEST_CASE(clean_inline_rows) {
  const std::vector<CleanRow> rows = {
      {"emphasis", "the 2020 *Fortune* 'Global 500'", "the 2020 Fortune 'Global 500'"},
      {"emphasis with punctuation inside", "*Ibid.*, pp. 218, 267.", "Ibid., pp. 218, 267."},
      {"strong emphasis", "a **bold** word", "a bold word"},
      {"lone asterisk stays", "2 * 3 = 6", "2 * 3 = 6"},
      {"escape", "with US\\$237 Million", "with US$237 Million"},
      {"escaped asterisk is literal", "a \\*b\\* c", "a *b* c"},
      {"angle-bracketed URL keeps the URL", "2018, <https://www.nisc.go.jp/x.pdf>.",
       "2018, https://www.nisc.go.jp/x.pdf."},
      {"other angle brackets stay", "a <b> c", "a <b> c"},
      {"white space collapsed and trimmed", "  a  b\t c ", "a b c"},
      {"underscores in URLs stay", "http://a/national_strategy_001_eng.pdf", "http://a/national_strategy_001_eng.pdf"},
  };
  for (const CleanRow& row : rows) {
    BOOST_TEST_CONTEXT(row.name) { BOOST_TEST(clean_inline(row.input) == row.output); }
  }
  // Markers pass through untouched.
  BOOST_TEST(render_markers(clean_inline(extract_markers("*Beidou* (China).\u2074\u00B3"))) == "Beidou (China).[43]");
}

BOOST_AUTO_TEST_CASE(ends_sentence_rows) {
  const std::vector<PredicateRow> rows = {
      {"organic entity.", true},
      {"take action.  ", true},
      {extract_markers("previous year.\u00B2"), true},
      {extract_markers("of opponents\u2019.\u00B9\u00B2"), true},
      {"Stay Ahead?", true},
      {"(At the time.)", true},
      {"not especially strong,", false},
      {"the Ministry of Defense", false},
      {"Working Group. (end)", false},
      {"which are:", false},
      {"", false},
  };
  for (const PredicateRow& row : rows) {
    BOOST_TEST_CONTEXT(render_markers(row.text)) { BOOST_TEST(ends_sentence(row.text) == row.expected); }
  }
}

BOOST_AUTO_TEST_CASE(sentence_start_rows) {
  BOOST_TEST(starts_sentence("The unification"));
  BOOST_TEST(starts_sentence("\u201CCapacity-building\u201D in cyberspace."));
  BOOST_TEST(starts_sentence("2020 was"));
  BOOST_TEST(!starts_sentence("copy and distribute"));
  BOOST_TEST(starts_lowercase("\u2018technological sovereignty\u2019"));
  BOOST_TEST(!starts_lowercase("(MoD) to defend"));
  BOOST_TEST(is_blank(" \t"));
  BOOST_TEST(!is_blank(" x"));
}

BOOST_AUTO_TEST_CASE(fold_words_rows) {
  const std::vector<std::string> expected = {"japan", "s", "longest", "us", "500"};
  BOOST_TEST(fold_words("Japan\u2019s longest \u2013 US 500") == expected, boost::test_tools::per_element());
  BOOST_TEST(fold_words("Japan's longest, US; 500.") == expected, boost::test_tools::per_element());
  BOOST_TEST(fold_words(extract_markers("US.\u00B9\u00B2")) == std::vector<std::string>{"us"},
             boost::test_tools::per_element());
}
