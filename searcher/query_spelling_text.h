// @brief spelling_text: a lexed query as the spelling suggester reads it.
#pragma once

#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "searcher/query_lexer.h"

namespace searcher {

// `tokens` written back with each run of words analysed (joined by '-'; a phrase's by spaces,
// in quotes), operators, brackets, signs, fields ("source:x") and URLs as typed:
// "Japan's  Cyb*" -> "japan cyb*". suggest_spelling replaces its unknown words.
std::string spelling_text(const std::vector<QueryToken>& tokens, const analysis::Analyzer& analyzer);

}  // namespace searcher
