// @brief WordList: the stopword list and spelling-variant table files under stopwords/.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analysis/status.h"

namespace analysis {

// Reads a word list: one word a line, '#' starts a comment, blank lines ignored. Words are
// normalised with normalize_text. An unreadable file is an io_error naming it.
Result<std::unordered_set<std::string>> read_word_list(const std::string& path);

// Reads a two-column table "variant<TAB or spaces>canonical" with the same comment rules; an
// ill-formed line is an invalid_input error naming file:line.
Result<std::unordered_map<std::string, std::string>> read_word_map(const std::string& path);

}  // namespace analysis
