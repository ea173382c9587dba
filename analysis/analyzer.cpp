// @brief Analyzer: the shared term generator for documents and queries.
#include "analysis/analyzer.h"

#include <nlohmann/json.hpp>

#include "analysis/text_normalizer.h"
#include "analysis/word_list.h"

namespace analysis {

Result<WordLists> read_word_lists(const std::string& dir) {
  auto stopwords = read_word_list(dir + "/english.txt");
  if (!stopwords.is_ok()) return stopwords.status();
  auto variants = read_word_map(dir + "/spelling_variants.tsv");
  if (!variants.is_ok()) return variants.status();
  return WordLists{std::move(stopwords).value(), std::move(variants).value()};
}

Analyzer::Analyzer(WordLists lists)
    : lists_(std::move(lists)), stopper_(std::make_shared<Xapian::SimpleStopper>()) {
  for (const auto& word : lists_.stopwords) stopper_->add(word);
}

std::vector<Word> Analyzer::words(std::string_view text) const { return break_words(normalize_text(text)); }

const std::string& Analyzer::canonical(const std::string& word) const {
  auto it = lists_.variants.find(word);
  return it == lists_.variants.end() ? word : it->second;
}

std::vector<std::string> Analyzer::index_text(Xapian::Document& doc, std::string_view text,
                                              Xapian::termpos* termpos, const std::string& prefix,
                                              Xapian::termcount wdf_inc) const {
  std::vector<std::string> indexed;
  const std::string stem_prefix = std::string("Z") + prefix;
  for (const Word& word : words(text)) {
    const Xapian::termpos pos = ++*termpos;
    doc.add_posting(prefix + word.text, pos, wdf_inc);
    doc.add_term(stem_prefix + stemmer_(word.text), wdf_inc);
    const std::string& canon = canonical(word.text);
    if (canon != word.text) {
      doc.add_posting(prefix + canon, pos, wdf_inc);
      doc.add_term(stem_prefix + stemmer_(canon), wdf_inc);
    }
    indexed.push_back(word.text);
  }
  return indexed;
}

std::string Analyzer::encode_lists() const {
  nlohmann::json j;
  std::vector<std::string> stop(lists_.stopwords.begin(), lists_.stopwords.end());
  std::sort(stop.begin(), stop.end());
  j["stopwords"] = stop;
  j["variants"] = std::map<std::string, std::string>(lists_.variants.begin(), lists_.variants.end());
  return j.dump();
}

Result<Analyzer> Analyzer::from_encoded_lists(const std::string& encoded) {
  try {
    nlohmann::json j = nlohmann::json::parse(encoded);
    WordLists lists;
    for (const auto& w : j.at("stopwords")) lists.stopwords.insert(w.get<std::string>());
    for (const auto& [variant, canon] : j.at("variants").items()) lists.variants[variant] = canon.get<std::string>();
    return Analyzer(std::move(lists));
  } catch (const nlohmann::json::exception& e) {
    return Status::index_error(std::string("the index's word lists are unreadable: ") + e.what());
  }
}

}  // namespace analysis
