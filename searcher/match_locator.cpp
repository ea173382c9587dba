// @brief MatchLocator: a snippet's highlighted word found again in the file's lines.
#include "searcher/match_locator.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace searcher {

namespace {

bool same_ignoring_case(char a, char b) {
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

bool word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) != 0; }

// Byte offset of `word` as a whole word in `line` ignoring ASCII case, or npos: the highlight
// "cyber" is the word cyber, not the start of "cyberspace" earlier on the line.
size_t find_word(const std::string& line, const std::string& word) {
  if (word.empty()) return std::string::npos;
  for (auto from = line.begin();;) {
    auto it = std::search(from, line.end(), word.begin(), word.end(), same_ignoring_case);
    if (it == line.end()) return std::string::npos;
    const size_t at = static_cast<size_t>(it - line.begin());
    const bool starts = at == 0 || !word_byte(line[at - 1]);
    const bool ends = at + word.size() >= line.size() || !word_byte(line[at + word.size()]);
    if (starts && ends) return at;
    from = it + 1;
  }
}

}  // namespace

const std::vector<std::string>* MatchLocator::lines_of(const std::string& path) {
  auto found = files_.find(path);
  if (found != files_.end()) return found->second.empty() ? nullptr : &found->second;
  std::vector<std::string> lines;
  std::ifstream in(path, std::ios::binary);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  auto& kept = files_.emplace(path, std::move(lines)).first->second;
  return kept.empty() ? nullptr : &kept;
}

MatchPosition MatchLocator::locate(const Hit& hit) {
  const index_format::PassageRecord& r = hit.record;
  MatchPosition fallback{std::max(1, r.line_start), 1};
  const std::vector<std::string>* lines = lines_of(r.path);
  if (lines == nullptr || r.line_start < 1 || static_cast<size_t>(r.line_start) > lines->size()) return fallback;
  const int last = std::min<int>(std::max(r.line_end, r.line_start), static_cast<int>(lines->size()));
  for (const HighlightSpan& span : hit.snippet.highlights) {
    if (span.byte_end > hit.snippet.text.size() || span.byte_begin >= span.byte_end) continue;
    const std::string word = hit.snippet.text.substr(span.byte_begin, span.byte_end - span.byte_begin);
    for (int line = r.line_start; line <= last; ++line) {
      const size_t at = find_word((*lines)[line - 1], word);
      if (at != std::string::npos) return {line, static_cast<int>(at) + 1};
    }
  }
  const std::string& first = (*lines)[r.line_start - 1];
  const size_t text = first.find_first_not_of(" \t");
  if (text != std::string::npos) fallback.column = static_cast<int>(text) + 1;
  return fallback;
}

}  // namespace searcher
