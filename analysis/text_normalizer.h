// @brief normalize_text: the one normalisation both index and query text go through.
#pragma once

#include <string>
#include <string_view>

namespace analysis {

// NFKC, full case folding, diacritics removed ("Jūyō" -> "juyo"), curly quotes and apostrophes
// unified with straight ones, and Unicode dashes unified with '-'. REQUIRES: note markers were
// already taken out (NFKC would turn '¹' into '1'). Invalid UTF-8 is replaced, never thrown on.
std::string normalize_text(std::string_view utf8);

}  // namespace analysis
