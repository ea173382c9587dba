// @brief NoteParser: note numbers, joined continuation lines, URLs, numbering warnings.
#include "indexer/note_parser.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "indexer/marker_extractor.h"
#include "indexer/text_cleaner.h"

namespace indexer {
namespace {

// "- 12 text" -> {12, "text"}; "- text" -> {-1, "text"}.
std::pair<int, std::string_view> split_note_line(std::string_view line) {
  line = trim(line);
  if (line.starts_with("-")) line = trim(line.substr(1));
  size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits == 0 || digits > 4 || (digits < line.size() && line[digits] != ' ')) return {-1, line};
  return {std::stoi(std::string(line.substr(0, digits))), trim(line.substr(digits))};
}

}  // namespace

std::vector<std::string> find_urls(std::string_view text) {
  std::vector<std::string> urls;
  size_t pos = 0;
  while (true) {
    const size_t http = text.find("http://", pos);
    const size_t https = text.find("https://", pos);
    const size_t start = std::min(http, https);
    if (start == std::string_view::npos) break;
    size_t end = start;
    while (end < text.size() && std::string_view(" \t<>\"").find(text[end]) == std::string_view::npos &&
           text[end] != kMarkerOpen) {
      ++end;
    }
    std::string url(text.substr(start, end - start));
    while (!url.empty()) {
      const char last = url.back();
      const bool unbalanced_paren =
          last == ')' && std::count(url.begin(), url.end(), '(') < std::count(url.begin(), url.end(), ')');
      if (last == '.' || last == ',' || last == ';' || unbalanced_paren) {
        url.pop_back();
      } else {
        break;
      }
    }
    urls.push_back(std::move(url));
    pos = end;
  }
  return urls;
}

ParsedNotes parse_notes(const std::string& file_label, const std::vector<Block>& blocks) {
  ParsedNotes out;
  std::map<int, int> first_line_of;  // note number -> line of its first occurrence
  int previous = 0;
  for (const Block& block : blocks) {
    if (block.kind != BlockKind::kNote || block.lines.empty()) continue;
    const auto [number, first_text] = split_note_line(block.lines[0].text);
    if (number < 0) continue;  // BlockClassifier only starts notes on numbered lines
    std::string raw(first_text);
    for (size_t i = 1; i < block.lines.size(); ++i) {
      const std::string_view rest = split_note_line(block.lines[i].text).second;
      if (rest.empty()) continue;
      raw += ' ';
      raw.append(rest);
    }
    Note note;
    note.number = number;
    note.line_start = block.line_start;
    note.line_end = block.line_end;
    note.text = render_markers(clean_inline(raw));
    note.urls = find_urls(clean_inline(remove_markers(raw)));
    if (const auto seen = first_line_of.find(number); seen != first_line_of.end()) {
      out.warnings.push_back({file_label, note.line_start,
                              "duplicate note number " + std::to_string(number) + " (first at line " +
                                  std::to_string(seen->second) + ")"});
    } else {
      first_line_of[number] = note.line_start;
      if (number < previous) {
        out.warnings.push_back({file_label, note.line_start,
                                "note " + std::to_string(number) + " out of order (after note " +
                                    std::to_string(previous) + ")"});
      }
    }
    previous = std::max(previous, number);
    out.notes.push_back(std::move(note));
  }
  return out;
}

}  // namespace indexer
