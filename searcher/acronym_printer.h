// @brief print_acronyms: `searcher --acronyms`, the acronyms an index knows, for people and scripts.
#pragma once

#include <ostream>

#include <vector>

#include "index_format/acronym_definitions.h"
#include "searcher/printer.h"

namespace searcher {

// One definition a line, sorted by acronym (case-insensitive), then expansion:
//   text: "MoD  Ministry of Defense  corpus/iiss-japan-2021.txt:27" (file:line opens in an editor)
//   json: {"acronym","expansion","doc","file","line"} per line (JSON Lines)
//   tsv:  a header "acronym expansion doc file line", then the same columns
void print_acronyms(std::vector<index_format::AcronymDefinition> definitions, Format format, std::ostream& out);

}  // namespace searcher
