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
std::vector<std::string> terms(const Xapian::Document& doc) {
  std::vector<std::string> out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) out.push_back(*it);
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(indexes_every_word_at_its_position_with_stems) {
  auto analyzer = make();
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzer.index_text(doc, "Ministry of Defense units", &pos);
  BOOST_TEST(pos == 4u);
  auto t = terms(doc);
  for (const char* expected : {"ministry", "of", "defense", "units", "Zministri", "Zunit", "Zof"}) {
    BOOST_TEST((std::find(t.begin(), t.end(), expected) != t.end()), expected);
  }
  // Stopwords keep their position: "of" is at 2, between ministry (1) and defense (3).
  auto it = doc.termlist_begin();
  it.skip_to("of");
  BOOST_TEST(*it.positionlist_begin() == 2u);
}

BOOST_AUTO_TEST_CASE(variant_is_indexed_with_canonical_form_at_same_position) {
  auto analyzer = make();
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  analyzer.index_text(doc, "cyber defence", &pos);
  auto it = doc.termlist_begin();
  it.skip_to("defence");
  BOOST_REQUIRE(*it == "defence");
  BOOST_TEST(*it.positionlist_begin() == 2u);
  it.skip_to("defense");
  BOOST_REQUIRE(*it == "defense");
  BOOST_TEST(*it.positionlist_begin() == 2u);
}

BOOST_AUTO_TEST_CASE(prefix_applies_to_words_and_stems) {
  auto analyzer = make();
  Xapian::Document doc;
  Xapian::termpos pos = 100;
  analyzer.index_text(doc, "Strategy", &pos, "S");
  auto t = terms(doc);
  BOOST_TEST((t == std::vector<std::string>{"Sstrategy", "ZSstrategi"}));
}

BOOST_AUTO_TEST_CASE(lists_survive_encoding) {
  auto analyzer = make();
  auto restored = analysis::Analyzer::from_encoded_lists(analyzer.encode_lists());
  BOOST_REQUIRE(restored.is_ok());
  BOOST_TEST(restored->is_stopword("of"));
  BOOST_TEST(restored->canonical("defence") == "defense");
  BOOST_TEST(!analysis::Analyzer::from_encoded_lists("{not json").is_ok());
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
