// @brief parse_marked_snippet: Xapian's marked snippet to plain text and spans.
#include "searcher/highlight.h"

#include <array>
#include <utility>

namespace searcher {

namespace {

// Xapian's snipper escapes '&', '<' and '>' (and older releases quotes); undo them all.
constexpr std::array<std::pair<std::string_view, char>, 5> kEntities = {{
    {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''},
}};

}  // namespace

Snippet parse_marked_snippet(std::string_view marked) {
  Snippet snippet;
  snippet.text.reserve(marked.size());
  bool open = false;
  size_t start = 0;
  for (size_t i = 0; i < marked.size();) {
    if (marked.substr(i, kHighlightStart.size()) == kHighlightStart && !open) {
      open = true;
      start = snippet.text.size();
      i += kHighlightStart.size();
      continue;
    }
    if (marked.substr(i, kHighlightEnd.size()) == kHighlightEnd) {
      if (open && snippet.text.size() > start) snippet.highlights.push_back({start, snippet.text.size()});
      open = false;
      i += kHighlightEnd.size();
      continue;
    }
    if (marked[i] == '&') {
      bool replaced = false;
      for (const auto& [entity, ch] : kEntities) {
        if (marked.substr(i, entity.size()) == entity) {
          snippet.text.push_back(ch);
          i += entity.size();
          replaced = true;
          break;
        }
      }
      if (replaced) continue;
    }
    snippet.text.push_back(marked[i]);
    ++i;
  }
  if (open && snippet.text.size() > start) snippet.highlights.push_back({start, snippet.text.size()});
  return snippet;
}

}  // namespace searcher
