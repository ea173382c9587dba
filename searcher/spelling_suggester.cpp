// @brief Per-word spelling suggestions over the query as typed, with a bounded term-list fallback
// for remote databases.
#include "searcher/spelling_suggester.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "index_format/schema.h"

namespace searcher {
namespace {

namespace schema = index_format::schema;

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// QueryParser's operators, "NEAR/3" and "ADJ/2" included.
bool is_operator(const std::string& token) {
  static const char* const kOperators[] = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
  const std::string name = token.substr(0, token.find('/'));
  return std::any_of(std::begin(kOperators), std::end(kOperators), [&](const char* op) { return name == op; });
}

// True when the search matches `canonical` (an analysed word in its canonical spelling) somewhere:
// as the word itself or through its stem, which is what an unquoted query word is searched by.
bool searched_and_found(const std::string& canonical, const Xapian::Database& db, const analysis::Analyzer& analyzer) {
  return db.term_exists(canonical) || db.term_exists(std::string(schema::kPrefixStem) + analyzer.stem(canonical));
}

unsigned limit_for(const std::string& word) { return word.size() >= kLongWordLength ? 2 : 1; }

// The most frequent index term within `limit` edits of `word`, scanning the unprefixed terms
// that begin with the word's first or second byte (a transposed or an extra first letter), at
// most kMaxScannedTerms in all: the term list of a remote shard is read over the network.
std::string nearest_term(const std::string& word, const Xapian::Database& db) {
  const unsigned limit = limit_for(word);
  std::string best;
  unsigned best_distance = limit + 1;
  Xapian::doccount best_freq = 0;
  unsigned scanned = 0;
  std::vector<std::string> starts = {word.substr(0, 1)};
  if (word.size() > 1 && word[1] != word[0]) starts.push_back(word.substr(1, 1));
  for (const auto& start : starts) {
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start) && scanned < kMaxScannedTerms; ++it, ++scanned) {
      const std::string term = *it;
      const size_t a = term.size(), b = word.size();
      if ((a > b ? a - b : b - a) > limit) continue;
      const unsigned d = edit_distance(word, term, limit);
      if (d > limit) continue;
      if (d < best_distance || (d == best_distance && it.get_termfreq() > best_freq)) {
        best = term;
        best_distance = d;
        best_freq = it.get_termfreq();
      }
    }
  }
  return best;
}

std::string candidate_for(const std::string& word, const Xapian::Database& db, bool spelling_data) {
  if (!spelling_data) return nearest_term(word, db);
  try {
    // The spelling table holds words as written ("defence"), the terms their canonical spellings
    // too ("defense"): "defnse" is one edit from the latter only.
    std::string suggestion = db.get_spelling_suggestion(word, limit_for(word));
    return suggestion.empty() ? nearest_term(word, db) : suggestion;
  } catch (const Xapian::UnimplementedError&) {
    return nearest_term(word, db);
  } catch (const Xapian::NetworkError&) {
    return nearest_term(word, db);
  }
}

// The correction of one typed word, lower case, or "" when it needs none or none is sure.
std::string correction_for(const std::string& typed, const Xapian::Database& db, const analysis::Analyzer& analyzer,
                           bool spelling_data) {
  // A word of ASCII letters and digits analyses to itself in lower case; only others go through
  // the analyzer (normalisation and word breaking cost more than the rest of this together).
  std::string word;
  if (std::all_of(typed.begin(), typed.end(), [](unsigned char c) { return c < 0x80; })) {
    word = typed;
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  } else {
    const auto words = analyzer.words(typed);
    if (words.size() != 1) return "";
    word = words[0].text;
  }
  const std::string& canonical = analyzer.canonical(word);
  if (word.size() < kMinWordLength || analyzer.is_stopword(word) || analyzer.is_stopword(canonical)) return "";
  if (std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c) || std::ispunct(c); })) return "";
  if (searched_and_found(word, db, analyzer) || searched_and_found(canonical, db, analyzer)) return "";
  const std::string candidate = candidate_for(word, db, spelling_data);
  if (candidate.empty() || candidate == word) return "";
  // The spelling table's distance is not ours (and a Xapian build may be laxer): checked again.
  if (edit_distance(word, candidate, limit_for(word)) > limit_for(word)) return "";
  if (!searched_and_found(analyzer.canonical(candidate), db, analyzer)) return "";
  return candidate;
}

// `correction` in the case pattern of `typed`: "NISC" -> upper, "Cyber" -> capitalised, else as is.
std::string in_case_of(const std::string& typed, std::string correction) {
  size_t upper = 0, letters = 0;
  for (unsigned char c : typed) {
    if (!std::isalpha(c)) continue;
    ++letters;
    if (std::isupper(c)) ++upper;
  }
  if (letters >= 2 && upper == letters) {
    for (auto& c : correction) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  } else if (!typed.empty() && std::isupper(static_cast<unsigned char>(typed[0])) && !correction.empty()) {
    correction[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(correction[0])));
  }
  return correction;
}

}  // namespace

unsigned edit_distance(const std::string& a, const std::string& b, unsigned limit) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<unsigned>> d(n + 1, std::vector<unsigned>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<unsigned>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<unsigned>(j);
  for (size_t i = 1; i <= n; ++i) {
    unsigned row_min = limit + 1;
    for (size_t j = 1; j <= m; ++j) {
      const unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      row_min = std::min(row_min, d[i][j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return std::min(d[n][m], limit + 1);
}

std::string suggest_spelling(const std::string& typed_query, const Xapian::Database& db,
                             const analysis::Analyzer& analyzer, bool spelling_data) {
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i < typed_query.size()) {
    if (std::isspace(static_cast<unsigned char>(typed_query[i]))) {
      out += typed_query[i++];
      continue;
    }
    size_t token_end = i;
    while (token_end < typed_query.size() && !std::isspace(static_cast<unsigned char>(typed_query[token_end]))) ++token_end;
    const std::string token = typed_query.substr(i, token_end - i);
    i = token_end;
    // Fields ("source:iiss-japan-2021"), URLs and operators are copied whole.
    if (token.find(':') != std::string::npos || is_operator(token)) {
      out += token;
      continue;
    }
    for (size_t j = 0; j < token.size();) {
      size_t k = j;
      while (k < token.size() && is_word_byte(static_cast<unsigned char>(token[k]))) ++k;
      if (k == j) {
        out += token[j++];
        continue;
      }
      const std::string typed = token.substr(j, k - j);
      const bool wildcard = k < token.size() && token[k] == '*';
      const std::string better = wildcard ? "" : correction_for(typed, db, analyzer, spelling_data);
      out += better.empty() ? typed : in_case_of(typed, better);
      changed = changed || !better.empty();
      j = k;
    }
  }
  return changed ? out : "";
}

}  // namespace searcher
