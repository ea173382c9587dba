// @brief GlossaryParser: the rows of an acronym box ("ASEAN Association of Southeast Asian
// Nations") to acronym/expansion pairs and the glossary passage's text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/document_model.h"
#include "indexer/line_reader.h"

namespace indexer {

// True when `text` is shaped like one acronym row: a first token of 2 to 12 ASCII letters,
// digits, '&' or '-', starting upper-case, with at least two upper-case letters and no more
// lower-case than upper-case ones ("ASEAN", "IoT", "IPv6", "MoD"), then an expansion of at most
// 100 characters that does not end a sentence and holds no note marker. One row alone proves
// little; BlockClassifier asks for a run of them.
bool is_glossary_row(std::string_view text);

// Pairs of `rows` (each must satisfy is_glossary_row), with their line numbers, in order.
std::vector<AcronymDefinition> parse_glossary(const std::vector<Line>& rows);

// The glossary passage's text: "ASEAN: Association of Southeast Asian Nations; CCDCOE: ...".
std::string glossary_text(const std::vector<AcronymDefinition>& pairs);

}  // namespace indexer
