// @brief The word lists an index was built with (stopwords, spelling variants and bigram words),
// stored in its metadata ("word_lists") so a searcher analyses queries exactly as the index's
// text was.
#pragma once

#include <string>
#include <string_view>

#include "analysis/analyzer.h"
#include "analysis/status.h"

namespace index_format {

// Tagged fields (tlv.h): each stopword, then each variant as a nested (variant, canonical) pair,
// then each bigram word, all in sorted order, so equal lists encode to equal bytes (the indexer
// compares them to decide whether an index can be updated in place).
std::string encode_word_lists(const analysis::WordLists& lists);

// Errors (index_error): bytes that are not an encoding of word lists.
analysis::Result<analysis::WordLists> decode_word_lists(std::string_view data);

}  // namespace index_format
