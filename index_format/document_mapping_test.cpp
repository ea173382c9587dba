// @brief Tests of the record to Xapian document mapping: the terms, positions, slot and data an
// index holds for a record.
#define BOOST_TEST_MODULE document_mapping
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "index_format/document_mapping.h"
#include "index_format/record_codec.h"
#include "index_format/schema.h"

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

const analysis::Analyzer& small_analyzer() {
  // "for" is a stopword but not a bigram word.
  static const analysis::Analyzer a(
      analysis::WordLists{{"of", "and", "the", "for"}, {{"defence", "defense"}}, {"of", "and", "the"}});
  return a;
}

const index_format::AcronymGroups& mod_group() {
  static const index_format::AcronymGroups groups = index_format::AcronymGroups::build(
      {{"MoD", "Ministry of Defense", "doc", "corpus/doc.txt", 1}}, small_analyzer());
  return groups;
}

// A passage citing notes 3 and 12, in a two-heading section.
index_format::PassageRecord passage(const std::string& text) {
  index_format::PassageRecord record;
  record.id = "doc:p1";
  record.kind = "passage";
  record.doc = "doc";
  record.section = {"Strategy and doctrine", "Defence"};
  record.text = text;
  record.notes = {3, 12};
  return record;
}

// Every term of `doc` with its positions (empty for a term without positions).
std::map<std::string, std::vector<Xapian::termpos>> postings(const Xapian::Document& doc) {
  std::map<std::string, std::vector<Xapian::termpos>> out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    out[*it] = std::vector<Xapian::termpos>(it.positionlist_begin(), it.positionlist_end());
  }
  return out;
}

std::map<std::string, std::vector<Xapian::termpos>> with_prefix(const Xapian::Document& doc, const std::string& prefix) {
  std::map<std::string, std::vector<Xapian::termpos>> out;
  for (const auto& [term, positions] : postings(doc)) {
    if (term.rfind(prefix, 0) == 0) out[term] = positions;
  }
  return out;
}

using Positions = std::map<std::string, std::vector<Xapian::termpos>>;

// The terms of `doc` under `prefix` with their wdf; fails the test for any that has positions.
std::map<std::string, Xapian::termcount> unpositioned(const Xapian::Document& doc, const std::string& prefix) {
  std::map<std::string, Xapian::termcount> out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const std::string term = *it;
    if (term.rfind(prefix, 0) != 0) continue;
    BOOST_TEST(it.positionlist_count() == 0u, term << " has positions");
    out[term] = it.get_wdf();
  }
  return out;
}

std::set<std::string> url_terms(const Xapian::Document& doc) {
  std::set<std::string> out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it)
    if ((*it).rfind("XU", 0) == 0) out.insert(*it);
  return out;
}

// "term@1,2 term2@ …": compared as text, so a failure shows both sides.
std::string show(const Positions& positions) {
  std::string out;
  for (const auto& [term, at] : positions) {
    out += (out.empty() ? "" : " ") + term + "@";
    for (size_t i = 0; i < at.size(); ++i) out += (i ? "," : "") + std::to_string(at[i]);
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(boolean_terms_value_slot_and_data) {
  const auto record = passage("The defence[3] of Japan[12] and cyber units");
  const Xapian::Document doc = index_format::to_xapian_document(record, small_analyzer(), mod_group());
  const Positions all = postings(doc);
  for (const char* term : {"Qdoc:p1", "XSRC:doc", "XKIND:passage", "XNOTE:3", "XNOTE:12"}) {
    BOOST_TEST_CONTEXT(term) {
      BOOST_REQUIRE(all.count(term) == 1u);
      BOOST_TEST(all.at(term).empty());  // boolean: no positions
    }
  }
  BOOST_TEST(with_prefix(doc, "XNOTE:").size() == 2u);
  BOOST_TEST(doc.get_value(index_format::schema::kSlotId) == "doc:p1");
  auto back = index_format::decode_record(doc.get_data());
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST((back.value() == record));
}

BOOST_AUTO_TEST_CASE(words_at_positions_variants_beside_them_stems_of_non_stopwords_without_positions) {
  const Xapian::Document doc =
      index_format::to_xapian_document(passage("The defence[3] of Japan[12] and cyber units"), small_analyzer(), mod_group());
  const Positions all = postings(doc);
  const Positions words = {{"the", {1}},     {"defence", {2}}, {"defense", {2}}, {"of", {3}},
                           {"japan", {4}},   {"and", {5}},     {"cyber", {6}},   {"units", {7}}};
  Positions unprefixed;
  for (const auto& [term, positions] : all) {
    if (std::islower(static_cast<unsigned char>(term[0])) || std::isdigit(static_cast<unsigned char>(term[0]))) unprefixed[term] = positions;
  }
  // The note markers "[3]" and "[12]" are not words of the text: no "3", no "12".
  BOOST_TEST(show(unprefixed) == show(words));
  // No stem term for "the", "of", "and": a stopword is matched as written (stem_term).
  const Positions stems = {{"Zcyber", {}}, {"Zdefenc", {}}, {"Zdefens", {}}, {"Zjapan", {}}, {"Zunit", {}}};
  Positions text_stems = with_prefix(doc, "Z");
  BOOST_TEST(index_format::stem_term(small_analyzer(), "", "units") == "Zunit");
  BOOST_TEST(index_format::stem_term(small_analyzer(), "S", "the") == "Sthe");
  std::erase_if(text_stems, [](const auto& entry) { return entry.first.rfind("ZS", 0) == 0; });  // section's
  BOOST_TEST(show(text_stems) == show(stems));
}

// A bigram for each pair holding a bigram word, in canonical spellings, once per occurrence and
// without positions (a phrase is checked on its words' own); none for "cyber units" or "units
// for", which a phrase matches cheaply by its own positions.
BOOST_AUTO_TEST_CASE(bigram_terms_exactly_for_pairs_with_a_bigram_word) {
  using Wdfs = std::map<std::string, Xapian::termcount>;
  struct Row {
    std::string text;
    Wdfs bigrams;
  };
  const std::vector<Row> rows = {
      {"The defence[3] of Japan[12] and cyber units",
       {{"XBthe defense", 1}, {"XBdefense of", 1}, {"XBof japan", 1}, {"XBjapan and", 1}, {"XBand cyber", 1}}},
      {"cyber units", {}},
      {"of", {}},
      {"the the", {{"XBthe the", 1}}},
      {"in Japan and in Japan", {{"XBjapan and", 1}, {"XBand in", 1}}},
      {"Japan and Korea, Japan and China", {{"XBjapan and", 2}, {"XBand korea", 1}, {"XBand china", 1}}},
      {"cyber units for Japan", {}},
      {"for the islands", {{"XBfor the", 1}, {"XBthe islands", 1}}},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.text) {
      const Xapian::Document doc = index_format::to_xapian_document(passage(row.text), small_analyzer(), mod_group());
      BOOST_TEST((unpositioned(doc, "XB") == row.bigrams));
    }
  }
}

// One wdf per occurrence of any member; no positions: a query reads the group as one term.
BOOST_AUTO_TEST_CASE(group_term_for_each_member_occurrence) {
  const Xapian::Document doc = index_format::to_xapian_document(
      passage("The MoD, that is the Ministry of Defence, and the ministry"), small_analyzer(), mod_group());
  const std::string term = mod_group().term(0);
  BOOST_TEST(term == "XAmod");
  // "MoD" and "Ministry of Defence"; "the ministry" alone is not a member.
  BOOST_TEST((unpositioned(doc, "XA") == std::map<std::string, Xapian::termcount>{{term, 2}}));
  // Without groups, no group terms.
  const Xapian::Document plain = index_format::to_xapian_document(
      passage("The MoD, that is the Ministry of Defence"), small_analyzer(), index_format::AcronymGroups());
  BOOST_TEST(with_prefix(plain, "XA").empty());
}

BOOST_AUTO_TEST_CASE(section_words_under_S_ten_positions_between_headings) {
  auto record = passage("cyber");
  record.section = {"Strategy and doctrine", "Ministry of Defence"};
  const Xapian::Document doc = index_format::to_xapian_document(record, small_analyzer(), mod_group());
  const Positions expected = {
      {"Sstrategy", {1}}, {"Sand", {2}},      {"Sdoctrine", {3}},  // first heading
      {"Sministry", {14}}, {"Sof", {15}}, {"Sdefence", {16}}, {"Sdefense", {16}},  // after a gap of 10
      {"SXAmod", {}},  // the group term under the section prefix, without positions
  };
  Positions section;
  for (const auto& [term, positions] : postings(doc)) {
    if (term.size() > 1 && term[0] == 'S') section[term] = positions;
  }
  BOOST_TEST(show(section) == show(expected));
  BOOST_TEST(postings(doc).count("ZSstrategi") == 1u);
  BOOST_TEST(postings(doc).count("ZSdefens") == 1u);
  // No bigram terms for section words, and section words are not text words.
  BOOST_TEST(with_prefix(doc, "XB").empty());
  BOOST_TEST(postings(doc).count("strategy") == 0u);
}

BOOST_AUTO_TEST_CASE(a_note_gets_its_kind_and_no_cited_note_terms) {
  index_format::PassageRecord note;
  note.id = "doc:note12";
  note.kind = "note";
  note.doc = "doc";
  note.number = 12;
  note.text = "Ibid., p. 4, https://www.mod.go.jp/e/";
  note.urls = {"https://www.mod.go.jp/e/"};
  const Xapian::Document doc = index_format::to_xapian_document(note, small_analyzer(), mod_group());
  const Positions all = postings(doc);
  BOOST_TEST(all.count("XKIND:note") == 1u);
  BOOST_TEST(with_prefix(doc, "XNOTE:").empty());
  BOOST_TEST(all.count("mod") == 0u);  // from the URL
  BOOST_TEST(with_prefix(doc, "XA").empty());
  BOOST_TEST(all.count("ibid") == 1u);
  // Its URL is searchable by page and host instead (url_terms.h), never by a label as a word.
  BOOST_TEST(url_terms(doc) == (std::set<std::string>{"XUmod.go.jp/e", "XUmod.go.jp", "XUgo.jp"}),
             boost::test_tools::per_element());
}

// Only notes get URL terms: a passage's URL (a rare "see https://…") stays out of the index.
BOOST_AUTO_TEST_CASE(only_notes_get_url_terms) {
  index_format::PassageRecord record = passage("see https://www.gov.pl/web/cpk now");
  record.urls = {"https://www.gov.pl/web/cpk"};
  BOOST_TEST(url_terms(index_format::to_xapian_document(record, small_analyzer(), mod_group())).empty());
  record.kind = "note";
  BOOST_TEST(url_terms(index_format::to_xapian_document(record, small_analyzer(), mod_group())) ==
                 (std::set<std::string>{"XUgov.pl/web/cpk", "XUgov.pl"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(spelling_words_are_the_indexed_words_as_typed) {
  const auto words = index_format::spelling_words(
      passage("The defence[3] of Japan[12], see https://www.mod.go.jp/e/"), small_analyzer());
  BOOST_TEST(words == (std::vector<std::string>{"the", "defence", "of", "japan", "see"}));
}
