// @brief Finding a query's compounds in the parser text, and their query.
#include "searcher/compound_marker.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "index_format/schema.h"

namespace searcher {
namespace {

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '-') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// A token QueryParser reads as plain words: analysed words are lower case, so a capital marks an
// operator (AND, NEAR/3); ':' a field or a placeholder (syn:0); '*' a wildcard.
bool is_plain(const std::string& token) {
  if (token.empty() || token[0] == '+' || token[0] == '-') return false;
  return std::none_of(token.begin(), token.end(), [](char c) {
    return c == ':' || c == '*' || std::isupper(static_cast<unsigned char>(c));
  });
}

// The compound `words` are, as one form: one closed word or two parts.
std::optional<CompoundUse> compound_of(const std::vector<std::string>& words, const analysis::Analyzer& analyzer) {
  if (words.size() == 1) {
    std::string stem = analyzer.stem(words[0]);
    if (analyzer.compounds().is_key(stem)) return CompoundUse{std::move(stem), words};
  } else if (words.size() == 2) {
    std::string key = analyzer.compound_key(words[0], words[1]);
    if (!key.empty()) return CompoundUse{std::move(key), words};
  }
  return std::nullopt;
}

}  // namespace

std::string mark_compounds(const std::string& text, const analysis::Analyzer& analyzer, const std::string& field,
                           std::vector<CompoundUse>* uses) {
  if (analyzer.compounds().empty()) return text;
  std::string out;
  auto mark = [&](CompoundUse use) {
    out += field + ":" + std::to_string(uses->size());
    uses->push_back(std::move(use));
  };
  auto token_end = [&](size_t from) {
    size_t end = from;
    while (end < text.size() && text[end] != ' ' && text[end] != '"' && text[end] != '(' && text[end] != ')') ++end;
    return end;
  };
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == ' ' || c == '(' || c == ')') {
      out += c;
      ++i;
      continue;
    }
    if (c == '"') {
      size_t close = text.find('"', i + 1);
      if (close == std::string::npos) close = text.size() - 1;  // the rewriter balances quotes
      const std::string inside = text.substr(i + 1, close - i - 1);
      const bool field_value = !out.empty() && out.back() == ':';
      std::optional<CompoundUse> use;
      if (!field_value && inside.find('*') == std::string::npos) use = compound_of(split_words(inside), analyzer);
      if (use) {
        mark(std::move(*use));
      } else {
        out.append(text, i, close + 1 - i);
      }
      i = close + 1;
      continue;
    }
    const size_t end = token_end(i);
    const std::string token = text.substr(i, end - i);
    const bool field_value = !out.empty() && out.back() == ':';
    if (field_value || !is_plain(token)) {
      out += token;
      i = end;
      continue;
    }
    const std::vector<std::string> words = split_words(token);
    // Two plain one-word tokens side by side: "cyber attack".
    if (words.size() == 1) {
      size_t next = end;
      while (next < text.size() && text[next] == ' ') ++next;
      const size_t next_end = token_end(next);
      const std::string following = text.substr(next, next_end - next);
      if (next > end && is_plain(following) && following.find('-') == std::string::npos) {
        if (auto use = compound_of({words[0], following}, analyzer)) {
          mark(std::move(*use));
          i = next_end;
          continue;
        }
      }
    }
    if (auto use = compound_of(words, analyzer)) {
      mark(std::move(*use));
    } else {
      out += token;
    }
    i = end;
  }
  return out;
}

Xapian::Query CompoundProcessor::operator()(const std::string& value) {
  const CompoundUse& use = uses_.at(std::stoul(value));
  const Xapian::Query compound(std::string(index_format::schema::kPrefixStem) + prefix_ + use.key);
  Xapian::Query exact;
  if (use.words.size() == 1) {
    exact = Xapian::Query(prefix_ + use.words[0]);
  } else {
    std::vector<Xapian::Query> parts;
    for (const auto& w : use.words) parts.emplace_back(prefix_ + w);
    exact = Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(), parts.size());
  }
  return Xapian::Query(Xapian::Query::OP_OR, compound, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, exact, kExactFormBonus));
}

}  // namespace searcher
