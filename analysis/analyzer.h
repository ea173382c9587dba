// @brief Analyzer: text to terms, the same way for documents and queries.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "analysis/compound_set.h"
#include "analysis/status.h"
#include "analysis/word_breaker.h"

namespace analysis {

// The word lists an Analyzer is built from. The indexer reads them from stopwords/ and stores
// them in the index metadata (index_format/word_lists_codec.h); the searcher loads them back, so a query is always
// analysed with exactly the lists its index was built with.
struct WordLists {
  std::unordered_set<std::string> stopwords;
  std::unordered_map<std::string, std::string> variants;  // spelling variant -> canonical form
  // Words whose pairs with their neighbours are indexed as bigram terms (is_bigram_pair).
  std::unordered_set<std::string> bigram_words;
};

// Reads stopwords/english.txt, stopwords/spelling_variants.tsv and stopwords/bigram_words.txt
// from `dir`.
Result<WordLists> read_word_lists(const std::string& dir);

// Analyzer turns text into terms: normalize_text, break_words, then English Snowball stems.
// Every word keeps its position (stopwords included, so phrases with "of" match); stopwords are
// only dropped from queries, outside phrases, by the searcher's query parser (is_stopword).
// Spelling variants ("defence") are indexed at the same position as their canonical form
// ("defense"), so a query in either spelling, mapped to the canonical form, finds both.
// Compounds the index learnt (compound_set.h) are one term in all their forms: the open and
// hyphenated forms are given the closed form's stem (compound_key).
class Analyzer {
 public:
  explicit Analyzer(WordLists lists, CompoundSet compounds = {});

  // Analysed words of `text`, unstemmed, in order, with byte offsets into normalize_text(text).
  // Throws NormalizationError when ICU fails (so does index_text): never terms of text left
  // un-normalised.
  std::vector<Word> words(std::string_view text) const;
  // The same, keeping the normalised text the offsets point into (for joint_between).
  std::vector<Word> words(std::string_view text, std::string* normalized) const;

  // The canonical spelling of an analysed word ("defence" -> "defense"), or the word itself.
  const std::string& canonical(const std::string& word) const;

  // The Snowball English stem of `word`, remembered: see stems_.
  std::string stem(const std::string& word) const;
  bool is_stopword(const std::string& word) const { return lists_.stopwords.count(word) != 0; }
  // True when two adjacent words are indexed, and queried in a phrase, as one bigram term: when
  // either is one of the bigram words (stopwords/bigram_words.txt, the most frequent in English).
  bool is_bigram_pair(const std::string& first, const std::string& second) const {
    return lists_.bigram_words.count(first) != 0 || lists_.bigram_words.count(second) != 0;
  }

  const Xapian::Stem& stemmer() const { return stemmer_; }
  const WordLists& lists() const { return lists_; }

  const CompoundSet& compounds() const { return compounds_; }
  void set_compounds(CompoundSet compounds) { compounds_ = std::move(compounds); }
  // The compound key of two adjacent canonical words ("cyber", "attacks" -> "cyberattack"), or ""
  // when they are not a learnt compound. REQUIRES: they stand apart by a Joint other than kOther.
  std::string compound_key(const std::string& first, const std::string& second) const {
    return compounds_.key_of(first, second, stemmer_);
  }

 private:
  WordLists lists_;
  CompoundSet compounds_;
  Xapian::Stem stemmer_{"english"};
  // Stems already computed. Xapian's Snowball stemmer costs about 2,600 instructions a word and a
  // lookup here about a tenth of that, and text repeats its words: stemming was 6 % of an index
  // build's instructions and 7 % of the query workload's (callgrind, bench/README.md). Emptied
  // when it reaches kStemsRemembered entries, so memory stays bounded whatever the corpus: 4,096
  // holds the words that repeat most; 16,384 raised the indexer's peak at 1000x by 6 MiB (an
  // analyzer per thread), for no fewer stems computed on the query workload.
  // An Analyzer is not shared between threads (its Xapian::Stem is not either).
  static constexpr size_t kStemsRemembered = size_t{1} << 12;
  mutable std::unordered_map<std::string, std::string> stems_;
};

}  // namespace analysis
