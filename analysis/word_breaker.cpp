// @brief break_words: ICU BreakIterator words, reduced to runs of letters and digits.
#include "analysis/word_breaker.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace analysis {
namespace {

// Cuts one ICU word into analysed words. ICU keeps "japan's", "u.s" and "5,000" whole, which is
// right, but Xapian's QueryParser would split or rewrite them, so they are reduced here to plain
// letter/digit runs; anything else inside (an underscore in a URL path) separates words.
// True for "u.s" or "u.s.a": single letters joined by periods, read as one acronym.
bool is_dotted_acronym(const icu::UnicodeString& t) {
  if (t.length() < 3) return false;
  for (int32_t i = 0; i < t.length(); ++i) {
    bool letter_slot = i % 2 == 0;
    if (letter_slot ? !u_isalpha(t.charAt(i)) : t.charAt(i) != u'.') return false;
  }
  return true;
}

void emit_words(const icu::UnicodeString& token, size_t byte_begin, std::vector<Word>* out) {
  icu::UnicodeString t = token;
  int32_t len = t.length();
  if (len >= 2 && t.charAt(len - 2) == u'\'' && (t.charAt(len - 1) == u's')) t.truncate(len - 2);
  const bool acronym = is_dotted_acronym(t);

  std::string current;
  size_t offset = byte_begin;
  size_t current_begin = byte_begin;
  auto flush = [&](size_t end) {
    if (!current.empty() && current.size() <= kMaxWordBytes) out->push_back(Word{current, current_begin, end});
    current.clear();
  };
  for (int32_t i = 0; i < t.length();) {
    UChar32 c = t.char32At(i);
    int32_t units = U16_LENGTH(c);
    std::string utf8;
    icu::UnicodeString(c).toUTF8String(utf8);
    if (u_isalnum(c)) {
      if (current.empty()) current_begin = offset;
      current += utf8;
    } else if (c == u'\'' || (c == u'.' && acronym) ||
               (c == u',' && i > 0 && i + 1 < t.length() && u_isdigit(t.char32At(i - 1)) &&
                u_isdigit(t.char32At(i + 1)))) {
      // joined: "don't", "u.s", "5,000"
    } else {
      flush(offset);
    }
    offset += utf8.size();
    i += units;
  }
  flush(offset);
}

}  // namespace

std::vector<Word> break_words(std::string_view normalized) {
  std::vector<Word> words;
  UErrorCode status = U_ZERO_ERROR;
  // One iterator per thread: creating it costs far more than breaking a passage.
  thread_local std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (!iterator) return words;

  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(normalized.data(), static_cast<int32_t>(normalized.size())));
  iterator->setText(text);
  size_t byte_offset = 0;
  int32_t start = iterator->first();
  for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
    icu::UnicodeString token(text, start, end - start);
    std::string token_utf8;
    token.toUTF8String(token_utf8);
    if (iterator->getRuleStatus() != UBRK_WORD_NONE) emit_words(token, byte_offset, &words);
    byte_offset += token_utf8.size();
  }
  iterator->setText(icu::UnicodeString());  // drop the reference to this call's text
  return words;
}

}  // namespace analysis
