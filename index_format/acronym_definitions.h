// @brief AcronymDefinition and its encoding: the acronyms one document defines, stored per
// document (metadata "acronyms:<doc>") for `searcher --acronyms` and for rebuilding the groups
// when a document changes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/status.h"

namespace index_format {

// One definition as printed: "MoD" = "Ministry of Defense", at file:line.
struct AcronymDefinition {
  std::string acronym;
  std::string expansion;
  std::string doc;
  std::string file;
  int line = 0;
  bool operator==(const AcronymDefinition&) const = default;
};

// Tagged fields (tlv.h), one nested field per definition; `doc` is not stored (it is the key's).
std::string encode_acronym_definitions(const std::vector<AcronymDefinition>& definitions);

// Errors (index_error): malformed bytes. Each definition gets `doc`.
analysis::Result<std::vector<AcronymDefinition>> decode_acronym_definitions(std::string_view data,
                                                                            const std::string& doc);

}  // namespace index_format
