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

