// @brief PeerQuery: our query syntax to generic parts and to FTS5 MATCH syntax.
#include "bench/peer_query.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "bench/fts5_format.h"

namespace bench {

using analysis::Status;

namespace {

Status error_at(size_t column, const std::string& message) {
  return Status::invalid_input("query:" + std::to_string(column + 1) + ": error: " + message);
}

std::string ascii_lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// FTS5 string: double quotes doubled, then quoted, so any word is a literal token sequence
// ("cyber-defence" becomes the phrase cyber defence, as the tokenizer splits it).
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

}  // namespace

analysis::Result<PeerQuery> parse_peer_query(const std::string& query,
                                             const std::unordered_set<std::string>& stopwords) {
  PeerQuery parts;
  std::vector<std::string> dropped;
  size_t i = 0;
  while (i < query.size()) {
    if (std::isspace(static_cast<unsigned char>(query[i]))) {
      ++i;
      continue;
    }
    size_t start = i;
    if (query[i] == '"') {
      size_t close = query.find('"', i + 1);
      if (close == std::string::npos) return error_at(i, "unbalanced quote");
      std::string phrase = query.substr(i + 1, close - i - 1);
      if (phrase.find_first_not_of(' ') != std::string::npos) parts.phrases.push_back(phrase);
      i = close + 1;
      continue;
    }
    while (i < query.size() && !std::isspace(static_cast<unsigned char>(query[i]))) ++i;
    std::string token = query.substr(start, i - start);
    if (token == "AND" || token == "OR" || token == "NOT" || token == "NEAR" || token[0] == '+' || token[0] == '-') {
      return error_at(start, "operator '" + token + "' has no peer translation");
    }
    size_t colon = token.find(':');
    if (colon != std::string::npos) {
      std::string field = token.substr(0, colon), value = token.substr(colon + 1);
      if (field == "source") {
        if (!parts.doc.empty()) return error_at(start, "a second source: filter");
        parts.doc = value;
      } else if (field == "note") {
        int number = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (ec != std::errc() || end != value.data() + value.size()) {
          return error_at(start + colon + 1, "note: wants a number");
        }
        parts.notes.push_back(number);
      } else {
        return error_at(start, "field '" + field + ":' has no peer translation");
      }
      continue;
    }
    std::string word = ascii_lower(token);
    if (word.size() > 1 && word.back() == '*') {
      parts.prefixes.push_back(word.substr(0, word.size() - 1));
    } else if (!stopwords.count(word)) {
      parts.words.push_back(word);
    } else {
      dropped.push_back(word);
    }
  }
  // Xapian's QueryParser keeps the stopwords when dropping them would leave nothing to search
  // ("has the"), and so do we, so both engines answer the same query.
  if (parts.words.empty() && parts.phrases.empty() && parts.prefixes.empty()) parts.words = dropped;
  return parts;
}

std::string fts5_match(const PeerQuery& query) {
  std::string terms;
  auto add = [&](const std::string& term) { terms += (terms.empty() ? "" : " OR ") + term; };
  for (const auto& word : query.words) add(quoted(word));
  for (const auto& phrase : query.phrases) add(quoted(phrase));
  for (const auto& prefix : query.prefixes) add(quoted(prefix) + " *");
  std::string notes;
  for (int number : query.notes) {
    notes += (notes.empty() ? "" : " AND ") + std::string("notes : ") + quoted(fts5::note_token(number));
  }
  if (notes.empty()) return terms;
  if (terms.empty()) return notes;
  return notes + " AND (" + terms + ")";
}

}  // namespace bench
