// @brief PassageRecord to Xapian::Document: terms, positions, data and slots.
#include "index_format/document_mapping.h"

#include <cctype>

#include "index_format/record_codec.h"
#include "index_format/schema.h"
#include "index_format/url_terms.h"

namespace index_format {

namespace {

// Each URL, "<https://…>" brackets included, replaced by one space: the regex
// <?https?://[^\s>]+>? written as a scan, since std::regex recurses once per character and a
// 200 KB URL overflowed the stack.
std::string remove_urls(const std::string& text) {
  std::string out;
  size_t pos = 0;
  for (size_t start = text.find("http", pos); start != std::string::npos; start = text.find("http", pos)) {
    const size_t scheme = text.compare(start, 7, "http://") == 0 ? 7 : text.compare(start, 8, "https://") == 0 ? 8 : 0;
    size_t end = start + scheme;
    while (scheme > 0 && end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != '>') ++end;
    if (scheme == 0 || end == start + scheme) {  // "http" as a word, or a scheme with no address
      out.append(text, pos, start + 4 - pos);
      pos = start + 4;
      continue;
    }
    const size_t from = start > pos && text[start - 1] == '<' ? start - 1 : start;
    if (end < text.size() && text[end] == '>') ++end;
    out.append(text, pos, from - pos);
    out += ' ';
    pos = end;
  }
  out.append(text, pos);
  return out;
}

// Indexes `text` from position *pos + 1 on under `prefix`. Bigram terms only for the body text
// (prefix empty): section paths are a few words and phrase queries on them are rare.
void index_words(Xapian::Document& doc, const std::string& text, const std::string& prefix,
                 const analysis::Analyzer& analyzer, const AcronymGroups& groups, Xapian::termpos* pos) {
  std::string normalized;
  const std::vector<analysis::Word> words = analyzer.words(text, &normalized);
  const std::string stem_prefix = std::string(schema::kPrefixStem) + prefix;
  std::vector<std::string> stems, canon;
  stems.reserve(words.size());
  canon.reserve(words.size());
  for (const auto& word : words) {
    const Xapian::termpos p = ++*pos;
    const std::string& c = analyzer.canonical(word.text);
    doc.add_posting(prefix + word.text, p);
    // A stopword has no stem term (stem_term): the stems of "the", "of" and "and" were 2.2 % of
    // the index at 100x, and a query of stopwords alone matches them as written.
    const bool stopword = analyzer.is_stopword(c);
    if (&c != &word.text) {
      doc.add_posting(prefix + c, p);
      if (!stopword) doc.add_term(stem_prefix + analyzer.stem(word.text));
    }
    stems.push_back(analyzer.stem(c));
    if (!stopword) doc.add_term(stem_prefix + stems.back());
    canon.push_back(c);
  }
  // "cyber attacks", "cyber-attack": the closed form's stem, as "cyberattacks" has it, so every
  // form and inflection of a learnt compound is one term.
  if (!analyzer.compounds().empty()) {
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (analysis::joint_between(normalized, words[i], words[i + 1]) == analysis::Joint::kOther) continue;
      const std::string key = analyzer.compound_key(canon[i], canon[i + 1]);
      if (!key.empty()) doc.add_term(stem_prefix + key);
    }
  }
  // Bigram and group terms carry no positions: no query reads them (a phrase is checked on the
  // words' own positions, query_builder.cpp), and the bigrams' positions were 48 % of the
  // position table (bench/README.md, "Index size by table").
  if (prefix.empty()) {
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (analyzer.is_bigram_pair(words[i].text, words[i + 1].text)) {
        doc.add_term(std::string(schema::kPrefixBigram) + canon[i] + ' ' + canon[i + 1]);
      }
    }
  }
  for (const auto& occurrence : groups.occurrences(canon, stems)) doc.add_term(prefix + groups.term(occurrence.second));
}

}  // namespace

std::string stem_term(const analysis::Analyzer& analyzer, const std::string& prefix, const std::string& word) {
  if (analyzer.is_stopword(word)) return prefix + word;
  return std::string(schema::kPrefixStem) + prefix + analyzer.stem(word);
}

std::string text_to_index(const PassageRecord& record) {
  std::string text = remove_urls(record.text);
  for (int n : record.notes) {
    const std::string marker = "[" + std::to_string(n) + "]";
    for (size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at)) text.erase(at, marker.size());
  }
  return text;
}

Xapian::Document to_xapian_document(const PassageRecord& record, const analysis::Analyzer& analyzer,
                                    const AcronymGroups& groups, const RecordDictionary& dictionary) {
  Xapian::Document doc;
  doc.set_data(encode_record(record, dictionary));
  doc.add_boolean_term(std::string(schema::kPrefixId) + record.id);
  doc.add_boolean_term(std::string(schema::kPrefixSource) + record.doc);
  doc.add_boolean_term(std::string(schema::kPrefixKind) + record.kind);
  for (int n : record.notes) doc.add_boolean_term(std::string(schema::kPrefixCitesNote) + std::to_string(n));
  doc.add_value(schema::kSlotId, record.id);
  // A note's URLs are searchable by URL and host only (url_terms.h), never as words.
  if (record.kind == schema::kKindNote) {
    for (const auto& url : record.urls)
      for (const auto& term : url_index_terms(url)) doc.add_term(term);
  }

  Xapian::termpos pos = 0;
  index_words(doc, text_to_index(record), "", analyzer, groups, &pos);
  Xapian::termpos section_pos = 0;
  for (const auto& heading : record.section) {
    index_words(doc, heading, std::string(schema::kPrefixSection), analyzer, groups, &section_pos);
    section_pos += 10;  // no phrase across two headings
  }
  return doc;
}

std::vector<std::string> spelling_words(const PassageRecord& record, const analysis::Analyzer& analyzer) {
  std::vector<std::string> out;
  for (auto& w : analyzer.words(text_to_index(record))) out.push_back(std::move(w.text));
  return out;
}

}  // namespace index_format
