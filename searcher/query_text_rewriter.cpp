// @brief The query syntax walk: analysed words for QueryParser, malformed queries rejected,
// acronym groups marked for expansion.
#include "searcher/query_text_rewriter.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace searcher {
namespace {

using analysis::Result;
using analysis::Status;

Status error_at(int column, const std::string& message) {
  return Status::query_error("query:" + std::to_string(column) + ": error: " + message);
}

std::string to_utf8(const std::u32string& s, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) icu::UnicodeString(static_cast<UChar32>(s[i])).toUTF8String(out);
  return out;
}

// Decodes UTF-8 into code points so columns count characters, not bytes. Typographic double
// quotes typed or pasted from the documents delimit phrases like '"'.
Result<std::u32string> decode(const std::string& query) {
  std::u32string out;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(query.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(query.data()), i, n, c);
    const int column = static_cast<int>(out.size()) + 1;
    if (c < 0) return error_at(column, "invalid UTF-8 byte");
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
    if (c == 0) return error_at(column, "NUL byte in query");
    if (u_iscntrl(c)) return error_at(column, "control character in query");
    if (c == 0x201C || c == 0x201D) c = '"';
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

// (AND|OR|NOT|XOR|NEAR|ADJ)(/[0-9]+)? — checked by hand: std::regex recurses once per character,
// and "NEAR/" followed by 200,000 digits overflowed the stack and crashed the searcher.
bool is_operator(const std::string& run) {
  static const std::vector<std::string> kOperators = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
  const size_t slash = run.find('/');
  const std::string name = run.substr(0, slash);
  if (std::find(kOperators.begin(), kOperators.end(), name) == kOperators.end()) return false;
  if (slash == std::string::npos) return true;
  const std::string digits = run.substr(slash + 1);
  return !digits.empty() && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string join(const std::vector<std::string>& words, const char* separator) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : separator) + w;
  return out;
}

class Rewriter {
 public:
  Rewriter(const analysis::Analyzer& analyzer, bool canonical, const std::vector<std::string>& boolean_fields,
           const std::vector<std::string>& text_fields, const index_format::AcronymGroups* acronyms,
           const std::string& expansion_field, const std::string& phrase_field)
      : analyzer_(analyzer), canonical_(canonical), boolean_fields_(boolean_fields), text_fields_(text_fields),
        acronyms_(acronyms), expansion_field_(expansion_field), phrase_field_(phrase_field) {}

  Result<RewrittenQuery> run(const std::u32string& q) {
    std::vector<int> open_brackets;
    for (size_t i = 0; i < q.size();) {
      const char32_t c = q[i];
      const int column = static_cast<int>(i) + 1;
      if (u_isspace(c)) {
        if (pending_.empty()) out_.text += ' ';
        ++i;
        continue;
      }
      if (c == '"' || ((c == '(' || c == ')') && !open_quote_)) flush_pending();
      if (c == '"') {
        quote(column);
        ++i;
      } else if ((c == '(' || c == ')') && open_quote_) {
        out_.text += ' ';  // brackets inside a phrase are only punctuation
        ++i;
      } else if (c == '(') {
        if (open_brackets.size() == kMaxBracketDepth) {
          return error_at(column, "brackets nested deeper than " + std::to_string(kMaxBracketDepth));
        }
        open_brackets.push_back(column);
        out_.text += '(';
        ++i;
      } else if (c == ')') {
        if (open_brackets.empty()) return error_at(column, "unbalanced bracket: ')' closes nothing");
        open_brackets.pop_back();
        out_.text += ')';
        ++i;
      } else {
        size_t end = i;
        while (end < q.size() && !u_isspace(q[end]) && q[end] != '"' && q[end] != '(' && q[end] != ')') ++end;
        Status status = run_of(q, i, end);
        if (!status.is_ok()) return status;
        i = end;
      }
    }
    flush_pending();
    if (open_quote_) return error_at(open_quote_, "unbalanced quote: '\"' opens a phrase that is never closed");
    if (!open_brackets.empty()) return error_at(open_brackets.back(), "unbalanced bracket: '(' is never closed");
    // The spelling suggestion is this text corrected: no stray spaces at its ends.
    out_.text.erase(0, out_.text.find_first_not_of(' '));
    out_.text.erase(out_.text.find_last_not_of(' ') + 1);
    return out_;
  }

 private:
  void quote(int column) {
    if (!open_quote_) {
      open_quote_ = column;
      phrase_start_ = out_.text.size();
      phrase_words_.clear();
      phrase_wildcard_ = false;
      out_.text += '"';
      return;
    }
    open_quote_ = 0;
    // A quoted acronym or expansion ("Ministry of Defense") is searched with its group.
    if (auto group = acronyms_ ? acronyms_->group_of(phrase_words_, analyzer_) : std::nullopt) {
      out_.text.resize(phrase_start_);
      emit_expansion(*group, phrase_words_);
      return;
    }
    const bool field_value = phrase_start_ > 0 && out_.text[phrase_start_ - 1] == ':';
    const bool has_stopword = std::any_of(phrase_words_.begin(), phrase_words_.end(),
                                          [&](const std::string& w) { return analyzer_.is_stopword(w); });
    if (!phrase_field_.empty() && !field_value && !phrase_wildcard_ && phrase_words_.size() >= 2 && has_stopword) {
      out_.text.resize(phrase_start_);
      out_.text += phrase_field_ + ":" + std::to_string(out_.phrases.size());
      out_.phrases.push_back(PhraseUse{phrase_words_});
      return;
    }
    out_.text += '"';
  }

  // One run of non-space characters between syntax characters.
  Status run_of(const std::u32string& q, size_t begin, size_t end) {
    const int column = static_cast<int>(begin) + 1;
    if (open_quote_) {
      if (q[end - 1] == '*') phrase_wildcard_ = true;
      return words(to_utf8(q, begin, end), column, Context::kPhrase);
    }
    const std::string whole = to_utf8(q, begin, end);
    const bool plain = q[begin] != '+' && q[begin] != '-' && !is_operator(whole) && whole.find(':') == std::string::npos &&
                       whole.back() != '*';
    if (plain) return words(whole, column, Context::kPlain);
    flush_pending();
    if (q[begin] == '+' || q[begin] == '-') {
      out_.text += static_cast<char>(q[begin]);
      while (begin < end && (q[begin] == '+' || q[begin] == '-')) ++begin;
      if (begin == end) return Status::ok();
    }
    const std::string run = to_utf8(q, begin, end);
    if (is_operator(run)) {
      out_.text += run;
      return Status::ok();
    }
    size_t colon = run.find(':');
    if (colon != std::string::npos && colon > 0 &&
        std::all_of(run.begin(), run.begin() + colon, [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); })) {
      return field(run.substr(0, colon), run.substr(colon + 1), column);
    }
    if (run.back() == '*') return words(run.substr(0, run.size() - 1), column, Context::kWildcard);
    return words(run, column, Context::kOther);
  }

  Status field(const std::string& name, const std::string& value, int column) {
    auto known = [&](const std::vector<std::string>& list) {
      return std::find(list.begin(), list.end(), name) != list.end();
    };
    if (known(boolean_fields_)) {
      if (value.empty()) return error_at(column, "field '" + name + ":' has no value");
      out_.text += name + ":" + value;
      return count_words(1, column);
    }
    if (known(text_fields_)) {
      out_.text += name + ":";
      if (value.empty()) return Status::ok();  // section:"a phrase" — the phrase follows
      if (value.back() == '*') return words(value.substr(0, value.size() - 1), column, Context::kWildcard);
      return words(value, column, Context::kOther);
    }
    std::string all;
    for (const auto* list : {&boolean_fields_, &text_fields_})
      for (const auto& f : *list) all += (all.empty() ? "" : ", ") + f + ":";
    return error_at(column, "unknown field '" + name + ":' (fields: " + all +
                                "); put the words in quotes to search for them as text");
  }

  // Xapian's matcher slows down faster than linearly with the number of terms (16,000 took
  // seconds, 60,000 minutes): a query has at most kMaxQueryWords.
  Status count_words(size_t n, int column) {
    out_.word_count += static_cast<int>(n);
    if (out_.word_count <= static_cast<int>(kMaxQueryWords)) return Status::ok();
    return error_at(column, "more than " + std::to_string(kMaxQueryWords) + " words in one query");
  }

  enum class Context { kPlain, kPhrase, kWildcard, kOther };

  Status words(const std::string& run, int column, Context context) {
    const bool wildcard = context == Context::kWildcard;
    std::vector<std::string> analysed;
    for (const auto& word : analyzer_.words(run)) {
      analysed.push_back((canonical_ && !wildcard) ? analyzer_.canonical(word.text) : word.text);
    }
    if (Status counted = count_words(analysed.size(), column); !counted.is_ok()) return counted;
    if (analysed.empty()) return Status::ok();
    if (context == Context::kPlain) {
      pending_.push_back(analysed);  // may be part of a multi-word acronym expansion
      return Status::ok();
    }
    if (context == Context::kPhrase) phrase_words_.insert(phrase_words_.end(), analysed.begin(), analysed.end());
    out_.text += join(analysed, "-");
    if (wildcard) {
      out_.text += '*';
      out_.wildcards.push_back(WildcardUse{analysed.back(), column});
    }
    return Status::ok();
  }

  // Writes the pending plain runs, each run of them that names an acronym group (longest first)
  // as one expansion.
  void flush_pending() {
    for (size_t i = 0; i < pending_.size();) {
      size_t matched_end = i;
      std::optional<size_t> group;
      std::vector<std::string> words;
      if (acronyms_) {
        std::vector<std::string> span;
        for (size_t j = i; j < pending_.size() && span.size() < acronyms_->longest_member(); ++j) {
          span.insert(span.end(), pending_[j].begin(), pending_[j].end());
          if (auto g = acronyms_->group_of(span, analyzer_)) {
            group = g;
            words = span;
            matched_end = j;
          }
        }
      }
      if (group) {
        emit_expansion(*group, words);
        i = matched_end + 1;
      } else {
        out_.text += join(pending_[i], "-");
        ++i;
      }
      out_.text += ' ';
    }
    pending_.clear();
  }

  void emit_expansion(size_t group, const std::vector<std::string>& words) {
    out_.text += expansion_field_ + ":" + std::to_string(out_.expansions.size());
    out_.expansions.push_back(ExpansionUse{group, words});
  }

  const analysis::Analyzer& analyzer_;
  const bool canonical_;
  const std::vector<std::string>& boolean_fields_;
  const std::vector<std::string>& text_fields_;
  const index_format::AcronymGroups* acronyms_;
  const std::string expansion_field_;
  const std::string phrase_field_;
  bool phrase_wildcard_ = false;
  RewrittenQuery out_;
  std::vector<std::vector<std::string>> pending_;
  int open_quote_ = 0;
  size_t phrase_start_ = 0;
  std::vector<std::string> phrase_words_;
};

}  // namespace

Result<RewrittenQuery> rewrite_query_text(const std::string& query, const analysis::Analyzer& analyzer,
                                          bool canonical_spelling, const std::vector<std::string>& boolean_fields,
                                          const std::vector<std::string>& text_fields,
                                          const index_format::AcronymGroups* acronyms,
                                          const std::string& expansion_field, const std::string& phrase_field) {
  auto decoded = decode(query);
  if (!decoded.is_ok()) return decoded.status();
  return Rewriter(analyzer, canonical_spelling, boolean_fields, text_fields, acronyms, expansion_field, phrase_field)
      .run(decoded.value());
}

}  // namespace searcher
