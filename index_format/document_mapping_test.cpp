#define BOOST_TEST_MODULE document_mapping
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include "analysis/analyzer.h"
#include "index_format/document_mapping.h"

namespace {

// The unprefixed, unstemmed terms of `text` as a passage record's text is indexed.
std::set<std::string> text_terms(const std::string& text) {
  static const analysis::Analyzer analyzer(analysis::read_word_lists("stopwords").value());
  index_format::PassageRecord record;
  record.id = "doc:p1";
  record.kind = "passage";
  record.doc = "doc";
  record.text = text;
  const Xapian::Document doc = index_format::to_xapian_document(record, analyzer, index_format::AcronymGroups());
  std::set<std::string> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const std::string term = *it;
    if (!term.empty() && std::islower(static_cast<unsigned char>(term[0]))) terms.insert(term);
  }
  return terms;
}

}  // namespace

BOOST_AUTO_TEST_CASE(urls_are_not_indexed_as_words) {
  struct Row {
    std::string text;
    std::set<std::string> terms;
  };
  const std::vector<Row> rows = {
      {"see <https://www.mod.go.jp/e/> now", {"see", "now"}},
      {"see https://www.mod.go.jp/e/, now", {"see", "now"}},
      {"http and https are words", {"http", "and", "https", "are", "words"}},
      {"a bare http:// scheme", {"a", "bare", "http", "scheme"}},
      // One URL of 200 KB: std::regex recursed per character and crashed the indexer.
      {"see https://example.org/" + std::string(200000, 'a') + " here", {"see", "here"}},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.text.substr(0, 40)) { BOOST_TEST(text_terms(row.text) == row.terms); }
  }
}


namespace {

index_format::PassageRecord passage(const std::string& text, std::vector<std::string> section = {}) {
  index_format::PassageRecord record;
  record.id = "doc:p1";
  record.kind = "passage";
  record.doc = "doc";
  record.text = text;
  record.section = std::move(section);
  return record;
}

analysis::Analyzer small_analyzer() {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the"};
  lists.variants = {{"defence", "defense"}};
  return analysis::Analyzer(lists);
}

std::vector<Xapian::termpos> positions(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  if (it == doc.termlist_end() || *it != term) return {};
  return {it.positionlist_begin(), it.positionlist_end()};
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_word_at_its_position_with_stems_and_bigrams) {
  const auto analyzer = small_analyzer();
  const auto doc = index_format::to_xapian_document(passage("Ministry of Defense units"), analyzer, {});
  // Stopwords keep their position: "of" is at 2, between ministry (1) and defense (3).
  BOOST_TEST(positions(doc, "of") == std::vector<Xapian::termpos>{2}, boost::test_tools::per_element());
  BOOST_TEST(positions(doc, "units") == std::vector<Xapian::termpos>{4}, boost::test_tools::per_element());
  for (const char* stem : {"Zministri", "Zunit", "Zof"}) {
    BOOST_TEST(positions(doc, stem).empty(), stem);  // stems carry no positions
    auto it = doc.termlist_begin();
    it.skip_to(stem);
    BOOST_TEST((it != doc.termlist_end() && *it == stem), stem);
  }
  // The pairs holding a stopword, at their first word.
  BOOST_TEST(positions(doc, "XBministry of") == std::vector<Xapian::termpos>{1}, boost::test_tools::per_element());
  BOOST_TEST(positions(doc, "XBof defense") == std::vector<Xapian::termpos>{2}, boost::test_tools::per_element());
  BOOST_TEST(positions(doc, "XBdefense units").empty());
}

BOOST_AUTO_TEST_CASE(variant_is_indexed_with_canonical_form_at_same_position) {
  const auto doc = index_format::to_xapian_document(passage("cyber defence"), small_analyzer(), {});
  BOOST_TEST(positions(doc, "defence") == std::vector<Xapian::termpos>{2}, boost::test_tools::per_element());
  BOOST_TEST(positions(doc, "defense") == std::vector<Xapian::termpos>{2}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(section_words_carry_the_section_prefix) {
  const auto doc = index_format::to_xapian_document(passage("", {"Strategy"}), small_analyzer(), {});
  std::vector<std::string> words;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it)
    if ((*it)[0] == 'S' || (*it)[0] == 'Z') words.push_back(*it);
  BOOST_TEST((words == std::vector<std::string>{"Sstrategy", "ZSstrategi"}));
}

BOOST_AUTO_TEST_CASE(acronym_group_terms_at_each_member_occurrence) {
  const auto analyzer = small_analyzer();
  const auto groups = index_format::AcronymGroups::build({{"MoD", "Ministry of Defence", "doc", "f", 1}}, analyzer);
  const auto doc = index_format::to_xapian_document(passage("The MoD, or the Ministry of Defense, said so."), analyzer, groups);
  BOOST_TEST(positions(doc, groups.term(0)) == (std::vector<Xapian::termpos>{2, 5}), boost::test_tools::per_element());
}
