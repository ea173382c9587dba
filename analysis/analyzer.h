// @brief Analyzer: text to terms, the same way for documents and queries.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "analysis/status.h"
#include "analysis/word_breaker.h"

namespace analysis {

// The word lists an Analyzer is built from. The indexer reads them from stopwords/ and stores
// them in the index metadata (index_format/word_lists_codec.h); the searcher loads them back, so a query is always
// analysed with exactly the lists its index was built with.
struct WordLists {
  std::unordered_set<std::string> stopwords;
  std::unordered_map<std::string, std::string> variants;  // spelling variant -> canonical form
};

// Reads stopwords/english.txt and stopwords/spelling_variants.tsv from `dir`.
Result<WordLists> read_word_lists(const std::string& dir);

// Analyzer turns text into terms: normalize_text, break_words, then English Snowball stems.
// Every word keeps its position (stopwords included, so phrases with "of" match); stopwords are
// only dropped from queries, outside phrases, by Xapian's QueryParser via stopper().
// Spelling variants ("defence") are indexed at the same position as their canonical form
// ("defense"), so a query in either spelling, mapped to the canonical form, finds both.
class Analyzer {
 public:
  explicit Analyzer(WordLists lists);

  // Analysed words of `text`, unstemmed, in order, with byte offsets into normalize_text(text).
  // Throws NormalizationError when ICU fails (so does index_text): never terms of text left
  // un-normalised.
  std::vector<Word> words(std::string_view text) const;

  // The canonical spelling of an analysed word ("defence" -> "defense"), or the word itself.
  const std::string& canonical(const std::string& word) const;

  std::string stem(const std::string& word) const { return stemmer_(word); }
  bool is_stopword(const std::string& word) const { return lists_.stopwords.count(word) != 0; }

  const Xapian::Stem& stemmer() const { return stemmer_; }
  // A Xapian stopper over the same list, for QueryParser. Lives as long as the Analyzer.
  const Xapian::Stopper* stopper() const { return stopper_.get(); }
  const WordLists& lists() const { return lists_; }


 private:
  WordLists lists_;
  Xapian::Stem stemmer_{"english"};
  std::shared_ptr<Xapian::SimpleStopper> stopper_;  // shared: Xapian stoppers are not copyable
};

}  // namespace analysis
