#define BOOST_TEST_MODULE analyzer
#include <boost/test/unit_test.hpp>

#include "analysis/analyzer.h"

namespace {
analysis::Analyzer make() {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the"};
  lists.variants = {{"defence", "defense"}};
  return analysis::Analyzer(lists);
}
}  // namespace

BOOST_AUTO_TEST_CASE(words_are_analysed_with_the_lists) {
  const auto analyzer = make();
  std::vector<std::string> words;
  for (const auto& w : analyzer.words("The Ministry of Defence")) words.push_back(w.text);
  BOOST_TEST((words == std::vector<std::string>{"the", "ministry", "of", "defence"}));
  BOOST_TEST(analyzer.is_stopword("of"));
  BOOST_TEST(!analyzer.is_stopword("ministry"));
  BOOST_TEST(analyzer.canonical("defence") == "defense");
  BOOST_TEST(analyzer.canonical("ministry") == "ministry");
  BOOST_TEST(analyzer.stem("ministries") == "ministri");
}

BOOST_AUTO_TEST_CASE(project_word_lists_load) {
  auto lists = analysis::read_word_lists("stopwords");
  BOOST_REQUIRE_MESSAGE(lists.is_ok(), lists.status().message());
  BOOST_TEST(lists->stopwords.count("the") == 1u);
  BOOST_TEST(lists->stopwords.count("cyber") == 0u);
  BOOST_TEST(lists->variants.at("behaviour") == "behavior");
  BOOST_TEST(lists->variants.at("organisation") == "organization");
  BOOST_TEST(lists->variants.at("programme") == "program");
  BOOST_TEST(lists->variants.at("centre") == "center");
  BOOST_TEST(lists->variants.at("labour") == "labor");
  BOOST_TEST(lists->variants.at("ageing") == "aging");
  BOOST_TEST(lists->variants.at("utilisation") == "utilization");
  // Every canonical form is itself canonical: no chains.
  for (const auto& [variant, canon] : lists->variants) BOOST_TEST(lists->variants.count(canon) == 0u, canon);
}

// Stems are remembered, and the memory is emptied when full: every answer, first or repeated,
// before and after it is emptied, is the stemmer's own.
BOOST_AUTO_TEST_CASE(remembered_stems_are_the_stemmers) {
  const analysis::Analyzer analyzer(analysis::WordLists{});
  const Xapian::Stem reference("english");
  const std::vector<std::string> suffixes = {"", "s", "ing", "ies", "ed", "ation", "ly"};
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 40000; i += 7) {  // more distinct words than are remembered
      const std::string word = "w" + std::to_string(i) + "x" + suffixes[i % suffixes.size()];
      BOOST_TEST_REQUIRE(analyzer.stem(word) == reference(word), word);
      BOOST_TEST_REQUIRE(analyzer.stem(word) == reference(word), word);
    }
  }
  BOOST_TEST(analyzer.stem("ministries") == "ministri");
}
