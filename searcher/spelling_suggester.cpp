// @brief Per-word spelling suggestions, with a term-list fallback for remote databases.
#include "searcher/spelling_suggester.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace searcher {
namespace {

bool is_word_byte(unsigned char c) { return std::islower(c) || std::isdigit(c) || c >= 0x80; }

// The nearest index term to `word`, scanning the unprefixed terms (prefixed ones start with an
// upper-case letter and sort between digits and lower case).
std::string nearest_term(const std::string& word, const Xapian::Database& db) {
  const unsigned limit = word.size() <= 4 ? 1 : 2;
  std::string best;
  unsigned best_distance = limit + 1;
  Xapian::doccount best_freq = 0;
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
    const std::string term = *it;
    if (std::isupper(static_cast<unsigned char>(term[0]))) {
      it.skip_to("a");
      if (it == db.allterms_end()) break;
      continue;
    }
    const size_t a = term.size(), b = word.size();
    if ((a > b ? a - b : b - a) > limit) continue;
    const unsigned d = edit_distance(word, term, limit);
    if (d < best_distance || (d == best_distance && d <= limit && it.get_termfreq() > best_freq)) {
      best = term;
      best_distance = d;
      best_freq = it.get_termfreq();
    }
  }
  return best_distance <= limit ? best : "";
}

std::string suggestion_for(const std::string& word, const Xapian::Database& db, bool spelling_data) {
  if (word.size() < 3 || db.term_exists(word)) return "";
  if (!spelling_data) return nearest_term(word, db);
  try {
    return db.get_spelling_suggestion(word);
  } catch (const Xapian::UnimplementedError&) {
    return nearest_term(word, db);
  } catch (const Xapian::NetworkError&) {
    return nearest_term(word, db);
  }
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

std::string suggest_spelling(const std::string& analysed_query, const Xapian::Database& db, bool spelling_data) {
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i < analysed_query.size()) {
    // Tokens with a field ("source:iiss-japan-2021") are copied whole.
    const size_t token_end = std::min(analysed_query.find(' ', i), analysed_query.size());
    const std::string token = analysed_query.substr(i, token_end - i);
    if (token.find(':') != std::string::npos) {
      out += token;
    } else {
      for (size_t j = 0; j < token.size();) {
        size_t k = j;
        while (k < token.size() && is_word_byte(static_cast<unsigned char>(token[k]))) ++k;
        if (k == j) {
          out += token[j++];
          continue;
        }
        const std::string word = token.substr(j, k - j);
        const bool wildcard = k < token.size() && token[k] == '*';
        const std::string better = wildcard ? "" : suggestion_for(word, db, spelling_data);
        out += better.empty() ? word : better;
        changed = changed || !better.empty();
        j = k;
      }
    }
    if (token_end < analysed_query.size()) out += ' ';
    i = token_end + 1;
  }
  return changed ? out : "";
}

}  // namespace searcher
