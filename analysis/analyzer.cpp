// @brief Analyzer: the shared term generator for documents and queries.
#include "analysis/analyzer.h"

#include "analysis/text_normalizer.h"
#include "analysis/word_list.h"

namespace analysis {

Result<WordLists> read_word_lists(const std::string& dir) {
  auto stopwords = read_word_list(dir + "/english.txt");
  if (!stopwords.is_ok()) return stopwords.status();
  auto variants = read_word_map(dir + "/spelling_variants.tsv");
  if (!variants.is_ok()) return variants.status();
  auto bigram_words = read_word_list(dir + "/bigram_words.txt");
  if (!bigram_words.is_ok()) return bigram_words.status();
  return WordLists{std::move(stopwords).value(), std::move(variants).value(), std::move(bigram_words).value()};
}

Analyzer::Analyzer(WordLists lists, CompoundSet compounds) : lists_(std::move(lists)), compounds_(std::move(compounds)) {}

std::vector<Word> Analyzer::words(std::string_view text) const { return break_words(normalize_text(text)); }

std::vector<Word> Analyzer::words(std::string_view text, std::string* normalized) const {
  *normalized = normalize_text(text);
  return break_words(*normalized);
}

const std::string& Analyzer::canonical(const std::string& word) const {
  auto it = lists_.variants.find(word);
  return it == lists_.variants.end() ? word : it->second;
}

std::string Analyzer::stem(const std::string& word) const {
  if (auto known = stems_.find(word); known != stems_.end()) return known->second;
  std::string stemmed = stemmer_(word);
  if (stems_.size() >= kStemsRemembered) stems_.clear();
  stems_.emplace(word, stemmed);
  return stemmed;
}

}  // namespace analysis
