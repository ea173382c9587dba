// @brief PullQuoteDetector: short display lines that repeat body text are pull quotes, not
// headings.
#pragma once

#include <string>
#include <vector>

#include "indexer/block_classifier.h"

namespace indexer {

// True when `quote` (folded words, see fold_words) nearly repeats a stretch of `body`: at least
// 6 words, of which at least 90% appear in order within a stretch of `body` no longer than the
// quote plus a quarter of its length (plus 2). "Japan’s longest and closest international cyber
// partnership is with the US" matches "Japan's longest and closest international cyber
// partnership, however, is with the US." (IISS 153 vs 135); "Strategy and doctrine" is too
// short to be judged a quote however its words are scattered in the body.
bool repeats_body_text(const std::vector<std::string>& quote, const std::vector<std::string>& body);

// Turns one-line blocks set apart by the layout (unmarked headings, and one-line paragraphs of at
// most 160 characters without final punctuation, markers or a lower-case start) whose words
// repeat some other paragraph or bullet of `blocks` into kPullQuote. Marked headings stay
// headings even when the body repeats them ("(i) Assurance of the Free Flow of Information").
void mark_pull_quotes(std::vector<Block>& blocks);

}  // namespace indexer
