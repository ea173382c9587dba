// @brief normalize_text: the one normalisation both index and query text go through.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include <unicode/utypes.h>

namespace analysis {

// ICU failed inside normalisation (its data missing, memory exhausted). Thrown, never swallowed:
// text passed on un-normalised would give the index and the queries different terms, unseen.
// The tools' last-resort handlers report it as an error (exit 2) with what() as the cause.
class NormalizationError : public std::runtime_error {
 public:
  NormalizationError(const std::string& step, UErrorCode code);
  UErrorCode code() const { return code_; }

 private:
  UErrorCode code_;
};

// NFKC, full case folding, diacritics removed ("Jūyō" -> "juyo"), curly quotes and apostrophes
// unified with straight ones, and Unicode dashes unified with '-'. REQUIRES: note markers were
// already taken out (NFKC would turn '¹' into '1'). Invalid UTF-8 is replaced, never thrown on.
// ASCII text, and text that is ASCII once its quotes and dashes are unified, takes
// normalize_text_ascii; other text normalize_text_icu. The results are the same.
// Throws NormalizationError when ICU fails.
std::string normalize_text(std::string_view utf8);

// The ICU path, for any text. The NFKC, NFD and NFC steps are skipped over the part of the text
// ICU's quick check finds already in that form (normalising it again would change nothing).
// `initial` is the status the ICU calls start from: a failing code makes ICU fail as it would by
// itself (tests use it to check that a failure is an error, not text passed through).
std::string normalize_text_icu(std::string_view utf8, UErrorCode initial = U_ZERO_ERROR);

// The same result for ASCII text without ICU: on ASCII the whole chain reduces to lower-casing
// A-Z and reading '`' as an apostrophe. REQUIRES: is_ascii(ascii).
std::string normalize_text_ascii(std::string_view ascii);

}  // namespace analysis
