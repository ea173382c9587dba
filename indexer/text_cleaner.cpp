// @brief TextCleaner: joins, emphasis, escapes, URLs and white space for the pipeline stages.
#include "indexer/text_cleaner.h"

#include <cctype>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "indexer/marker_extractor.h"

namespace indexer {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

UChar32 next_cp(std::string_view s, size_t* i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(*i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  *i = static_cast<size_t>(pos);
  return c;
}

UChar32 prev_cp(std::string_view s, size_t* end) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(*end);
  U8_PREV(s.data(), 0, pos, c);
  *end = static_cast<size_t>(pos);
  return c;
}

bool is_closing(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D || c == 0x00BB;
}

bool is_opening(UChar32 c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x2018 || c == 0x201C || c == 0x00AB;
}

// The first code point of `text` after white space and opening quotes or brackets, or 0.
UChar32 first_significant(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == kMarkerOpen) {
      i = text.find(kMarkerClose, i);
      if (i == std::string_view::npos) return 0;
      ++i;
      continue;
    }
    const UChar32 c = next_cp(text, &i);
    if (c == ' ' || c == '\t' || c == '\f' || is_opening(c)) continue;
    return c;
  }
  return 0;
}

}  // namespace

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_ws(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ws(text.back())) text.remove_suffix(1);
  return text;
}

bool is_blank(std::string_view text) { return trim(text).empty(); }

bool ends_sentence(std::string_view text) {
  size_t end = trim(text).data() - text.data() + trim(text).size();
  while (end > 0) {
    if (text[end - 1] == kMarkerClose) {
      end = text.rfind(kMarkerOpen, end - 1);
      if (end == std::string_view::npos) return false;
      continue;
    }
    const UChar32 c = prev_cp(text, &end);
    if (is_ws(static_cast<char>(c)) && c < 0x80) continue;
    if (is_closing(c)) continue;
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
  }
  return false;
}

bool starts_sentence(std::string_view text) {
  const UChar32 c = first_significant(text);
  return u_isupper(c) || u_istitle(c) || u_isdigit(c);
}

bool starts_lowercase(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const UChar32 c = next_cp(text, &i);
    if (u_isalnum(c)) return u_islower(c);
  }
  return false;
}

void append_line(std::string& joined, std::string_view next) {
  next = trim(next);
  while (!joined.empty() && is_ws(joined.back())) joined.pop_back();
  if (next.empty()) return;
  if (joined.empty()) {
    joined.assign(next);
    return;
  }
  const size_t n = joined.size();
  if (joined[n - 1] == '-' && n >= 2) {
    size_t end = n - 1;
    const UChar32 before = prev_cp(joined, &end);
    if (u_isalpha(before)) {
      // "includ-" / "ing" (IISS p. 87): a word cut by the page; "Shin-" / "Etsu Chemical": a
      // hyphenated name, which keeps its hyphen.
      if (u_islower(first_significant(next))) joined.pop_back();
      joined.append(next);
      return;
    }
  }
  joined += ' ';
  joined.append(next);
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const std::string& line : lines) append_line(joined, line);
  return joined;
}

std::string clean_inline(std::string_view text) {
  // Pass 1: find runs of unescaped '*' and pair an opener (followed by non-space) with the next
  // closer of the same length (preceded by non-space): "*Fortune*", "*Ibid.*".
  struct Run {
    size_t pos, len;
    bool paired = false;
  };
  std::vector<Run> runs;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      ++i;
      continue;
    }
    if (text[i] != '*') continue;
    size_t j = i;
    while (j < text.size() && text[j] == '*') ++j;
    runs.push_back({i, j - i});
    i = j - 1;
  }
  int open = -1;
  for (size_t r = 0; r < runs.size(); ++r) {
    const Run& run = runs[r];
    const size_t after = run.pos + run.len;
    const bool can_open = after < text.size() && !is_ws(text[after]);
    const bool can_close = run.pos > 0 && !is_ws(text[run.pos - 1]);
    if (open >= 0 && can_close && runs[open].len == run.len) {
      runs[open].paired = runs[r].paired = true;
      open = -1;
    } else if (can_open) {
      open = static_cast<int>(r);
    }
  }
  // Pass 2: copy, dropping paired runs, resolving escapes and the brackets of "<http...>".
  std::string out;
  out.reserve(text.size());
  size_t r = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    while (r < runs.size() && runs[r].pos + runs[r].len <= i) ++r;
    if (r < runs.size() && runs[r].pos == i && runs[r].paired) {
      i += runs[r].len - 1;
      continue;
    }
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1]))) {
      out += text[++i];
      continue;
    }
    if (c == '<' && (text.substr(i + 1).starts_with("http://") || text.substr(i + 1).starts_with("https://"))) {
      const size_t close = text.find('>', i);
      const size_t space = text.find_first_of(" \t", i);
      if (close != std::string_view::npos && (space == std::string_view::npos || close < space)) {
        out.append(text.substr(i + 1, close - i - 1));
        i = close;
        continue;
      }
    }
    if (is_ws(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> fold_words(std::string_view text) {
  const std::string plain = remove_markers(text);
  std::vector<std::string> words;
  std::string word;
  size_t i = 0;
  while (i < plain.size()) {
    const UChar32 c = next_cp(plain, &i);
    if (u_isalnum(c)) {
      const UChar32 lower = u_tolower(c);
      char buf[4];
      int32_t len = 0;
      U8_APPEND_UNSAFE(buf, len, lower);
      word.append(buf, static_cast<size_t>(len));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace indexer
