// @brief PullQuoteDetector: in-order word overlap of a short line with a body paragraph.
#include "indexer/pull_quote_detector.h"

#include <algorithm>

#include "indexer/marker_extractor.h"
#include "indexer/text_cleaner.h"

namespace indexer {
namespace {

constexpr size_t kMinQuoteWords = 6;
constexpr int kMaxQuoteLength = 160;  // characters

// Longest common subsequence length of `a` and body[begin, end).
size_t lcs(const std::vector<std::string>& a, const std::vector<std::string>& body, size_t begin, size_t end) {
  std::vector<size_t> row(a.size() + 1, 0);
  for (size_t j = begin; j < end; ++j) {
    size_t diagonal = 0;
    for (size_t i = 1; i <= a.size(); ++i) {
      const size_t above = row[i];
      row[i] = a[i - 1] == body[j] ? diagonal + 1 : std::max(row[i], row[i - 1]);
      diagonal = above;
    }
  }
  return row[a.size()];
}

// A line set apart that could be a display line: an unmarked heading, or a one-line paragraph
// too long for a heading but without final punctuation (IISS 93, 90 characters, "The total
// number of JSDF personnel … by around 2024" between "…skills and digital" and "competence").
bool is_candidate(const Block& block) {
  if (block.lines.size() != 1) return false;
  if (block.kind == BlockKind::kHeading) return !block.marked;
  if (block.kind != BlockKind::kParagraph) return false;
  const std::string_view text = trim(block.lines[0].text);
  return utf8_length(text) <= kMaxQuoteLength && !ends_sentence(text) && starts_sentence(text) &&
         !starts_lowercase(text) && text.find(kMarkerOpen) == std::string_view::npos;
}

}  // namespace

bool repeats_body_text(const std::vector<std::string>& quote, const std::vector<std::string>& body) {
  const size_t n = quote.size();
  if (n < kMinQuoteWords || body.empty()) return false;
  const size_t needed = (n * 9 + 9) / 10;
  const size_t window = n + n / 4 + 2;
  for (size_t start = 0; start < body.size(); ++start) {
    // A stretch worth measuring starts with one of the quote's first words.
    if (body[start] != quote[0] && body[start] != quote[1]) continue;
    if (lcs(quote, body, start, std::min(body.size(), start + window)) >= needed) return true;
  }
  return false;
}

void mark_pull_quotes(std::vector<Block>& blocks) {
  std::vector<std::vector<std::string>> bodies(blocks.size());
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind != BlockKind::kParagraph && blocks[b].kind != BlockKind::kBullet) continue;
    std::vector<std::string> lines;
    for (const Line& line : blocks[b].lines) lines.push_back(line.text);
    bodies[b] = fold_words(join_lines(lines));
  }
  for (size_t b = 0; b < blocks.size(); ++b) {
    Block& block = blocks[b];
    if (!is_candidate(block)) continue;
    const std::vector<std::string> quote = fold_words(block.lines[0].text);
    for (size_t other = 0; other < blocks.size(); ++other) {
      if (other != b && repeats_body_text(quote, bodies[other])) {
        block.kind = BlockKind::kPullQuote;
        break;
      }
    }
  }
}

}  // namespace indexer
