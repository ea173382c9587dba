// @brief Schwartz–Hearst acronym definitions, from glossary boxes and running text.
#include "indexer/acronym_finder.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace indexer {
namespace {

bool is_word_start(const std::string& s, size_t i) {
  return i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1]));
}

// A parenthesised short form: 2–10 characters, starting with a letter, at least two capitals,
// letters, digits and inner spaces only ("MoD", "IPv6", "CCD COE", "CBMs").
bool looks_like_acronym(const std::string& s) {
  if (s.size() < 2 || s.size() > 10 || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  int capitals = 0;
  for (char c : s) {
    if (std::isupper(static_cast<unsigned char>(c))) ++capitals;
    else if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ') return false;
  }
  return capitals >= 2;
}

// The letters and digits of a short form that must appear in its long form: "CBMs" -> "cbm"
// (a plural 's' is not in the long form), "CCD COE" -> "ccdcoe".
std::string short_form_letters(const std::string& acronym) {
  std::string letters;
  for (char c : acronym)
    if (std::isalnum(static_cast<unsigned char>(c))) letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (letters.size() > 2 && acronym.back() == 's') letters.pop_back();
  return letters;
}

// Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions in
// biomedical text": the shortest tail of `candidate` whose characters contain the short form's,
// right to left, with the first one at a word start. Returns the long form or "".
std::string match_long_form(const std::string& letters, const std::string& candidate) {
  int s = static_cast<int>(letters.size()) - 1;
  int l = static_cast<int>(candidate.size()) - 1;
  while (s >= 0) {
    const char c = letters[s];
    while (l >= 0 && (std::tolower(static_cast<unsigned char>(candidate[l])) != c ||
                      (s == 0 && !is_word_start(candidate, l)))) {
      --l;
    }
    if (l < 0) return "";
    --l;
    --s;
  }
  const size_t start = static_cast<size_t>(l + 1);
  return candidate.substr(start);
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

std::string trim(std::string s) {
  const char* kSpace = " ,;:";
  s.erase(0, s.find_first_not_of(kSpace));
  s.erase(s.find_last_not_of(kSpace) + 1);
  return s;
}

// Long forms must be at least two words of text, not markers or numbers alone.
bool plausible_long_form(const std::string& long_form, const std::string& acronym) {
  auto words = split_words(long_form);
  return words.size() >= 2 && long_form.find('(') == std::string::npos && long_form.find('[') == std::string::npos &&
         long_form.size() > acronym.size();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

// Bytes before a parenthesis searched for its long form or short form: far more than 15 words.
constexpr size_t kWindowBytes = 1024;

std::vector<std::pair<size_t, size_t>> parenthesised_spans(std::string_view text) {
  constexpr size_t kMinInside = 2, kMaxInside = 60;
  std::vector<std::pair<size_t, size_t>> spans;
  size_t open = text.find('(');
  while (open != std::string_view::npos) {
    const size_t next = text.find_first_of("()", open + 1);
    if (next == std::string_view::npos) break;
    if (text[next] == '(') {  // nested or unclosed: the inner one may still close
      open = next;
      continue;
    }
    const size_t inside = next - open - 1;
    if (inside >= kMinInside && inside <= kMaxInside) spans.emplace_back(open, next + 1);
    open = text.find('(', next + 1);
  }
  return spans;
}

std::vector<LearntAcronym> find_inline_definitions(const std::string& text) {
  std::vector<LearntAcronym> found;
  for (const auto& [open, end] : parenthesised_spans(text)) {
    const std::string inside = text.substr(open + 1, end - open - 2);
    // Only the last few words before the parenthesis can matter (at most 2|ACR| words, or the
    // one short form): a bounded window keeps a document printed as one 50 MB line linear instead
    // of copying and splitting the whole text before every parenthesis. A word the window cuts
    // is dropped.
    const size_t from = open > kWindowBytes ? open - kWindowBytes : 0;
    std::string before = text.substr(from, open - from);
    if (from > 0) before.erase(0, std::min(before.size(), before.find(' ')));
    if (looks_like_acronym(inside)) {
      // "Full Name (ACR)": the long form ends right before the parenthesis.
      const std::string letters = short_form_letters(inside);
      auto words = split_words(before);
      const size_t max_words = std::min(letters.size() + 5, letters.size() * 2);
      const size_t take = std::min(words.size(), max_words);
      std::string candidate;
      for (size_t w = words.size() - take; w < words.size(); ++w) candidate += (candidate.empty() ? "" : " ") + words[w];
      std::string long_form = trim(match_long_form(letters, candidate));
      if (plausible_long_form(long_form, inside)) found.push_back({inside, long_form, 0});
      continue;
    }
    // "ACR (Full Name)": the word before the parenthesis is the short form.
    auto words = split_words(before);
    if (words.empty()) continue;
    const std::string acronym = trim(words.back());
    if (!looks_like_acronym(acronym) || acronym.find(' ') != std::string::npos) continue;
    const std::string long_form = trim(inside);
    const std::string matched = match_long_form(short_form_letters(acronym), long_form);
    if (matched == long_form && plausible_long_form(long_form, acronym)) found.push_back({acronym, long_form, 0});
  }
  return found;
}

std::vector<LearntAcronym> find_acronyms(const ParsedDocument& parsed,
                                         const std::vector<index_format::PassageRecord>& records,
                                         const std::vector<std::string>& lines) {
  std::vector<LearntAcronym> all;
  std::set<std::pair<std::string, std::string>> seen;
  auto add = [&](LearntAcronym a) {
    if (seen.insert({lower(a.acronym), lower(a.expansion)}).second) all.push_back(std::move(a));
  };
  for (const auto& g : parsed.glossary) add({g.acronym, g.expansion, g.line});
  for (const auto& record : records) {
    if (record.kind == "glossary") continue;
    for (auto a : find_inline_definitions(record.text)) {
      a.line = record.line_start;
      const std::string needle = "(" + a.acronym;
      for (int n = record.line_start; n <= record.line_end && n <= static_cast<int>(lines.size()); ++n) {
        if (lines[n - 1].find(needle) != std::string::npos) {
          a.line = n;
          break;
        }
      }
      add(std::move(a));
    }
  }
  return all;
}

}  // namespace indexer
