// @brief The query syntax walk: analysed words for QueryParser, malformed queries rejected.
#include "searcher/query_text_rewriter.h"

#include <algorithm>
#include <regex>

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

bool is_operator(const std::string& run) {
  static const std::regex kOperator("(AND|OR|NOT|XOR|NEAR|ADJ)(/[0-9]+)?");
  return std::regex_match(run, kOperator);
}

class Rewriter {
 public:
  Rewriter(const analysis::Analyzer& analyzer, bool canonical, const std::vector<std::string>& boolean_fields,
           const std::vector<std::string>& text_fields)
      : analyzer_(analyzer), canonical_(canonical), boolean_fields_(boolean_fields), text_fields_(text_fields) {}

  Result<RewrittenQuery> run(const std::u32string& q) {
    std::vector<int> open_brackets;
    int open_quote = 0;
    for (size_t i = 0; i < q.size();) {
      const char32_t c = q[i];
      const int column = static_cast<int>(i) + 1;
      if (u_isspace(c)) {
        out_.text += ' ';
        ++i;
      } else if (c == '"') {
        open_quote = open_quote ? 0 : column;
        out_.text += '"';
        ++i;
      } else if ((c == '(' || c == ')') && open_quote) {
        out_.text += ' ';  // brackets inside a phrase are only punctuation
        ++i;
      } else if (c == '(') {
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
        Status status = run_of(q, i, end, open_quote != 0);
        if (!status.is_ok()) return status;
        i = end;
      }
    }
    if (open_quote) return error_at(open_quote, "unbalanced quote: '\"' opens a phrase that is never closed");
    if (!open_brackets.empty()) return error_at(open_brackets.back(), "unbalanced bracket: '(' is never closed");
    return out_;
  }

 private:
  // One run of non-space characters between syntax characters.
  Status run_of(const std::u32string& q, size_t begin, size_t end, bool in_phrase) {
    const int column = static_cast<int>(begin) + 1;
    if (!in_phrase) {
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
      if (run.back() == '*') return words(run.substr(0, run.size() - 1), column, /*wildcard=*/true);
      return words(run, column, false);
    }
    return words(to_utf8(q, begin, end), column, false);
  }

  Status field(const std::string& name, const std::string& value, int column) {
    auto known = [&](const std::vector<std::string>& list) {
      return std::find(list.begin(), list.end(), name) != list.end();
    };
    if (known(boolean_fields_)) {
      if (value.empty()) return error_at(column, "field '" + name + ":' has no value");
      out_.text += name + ":" + value;
      ++out_.word_count;
      return Status::ok();
    }
    if (known(text_fields_)) {
      out_.text += name + ":";
      if (value.empty()) return Status::ok();  // section:"a phrase" — the phrase follows
      if (value.back() == '*') return words(value.substr(0, value.size() - 1), column, true);
      return words(value, column, false);
    }
    std::string all;
    for (const auto* list : {&boolean_fields_, &text_fields_})
      for (const auto& f : *list) all += (all.empty() ? "" : ", ") + f + ":";
    return error_at(column, "unknown field '" + name + ":' (fields: " + all +
                                "); put the words in quotes to search for them as text");
  }

  Status words(const std::string& run, int column, bool wildcard) {
    std::string joined;
    std::string last;
    for (const auto& word : analyzer_.words(run)) {
      last = (canonical_ && !wildcard) ? analyzer_.canonical(word.text) : word.text;
      joined += (joined.empty() ? "" : "-") + last;
      ++out_.word_count;
    }
    if (joined.empty()) return Status::ok();
    out_.text += joined;
    if (wildcard) {
      out_.text += '*';
      out_.wildcards.push_back(WildcardUse{last, column});
    }
    return Status::ok();
  }

  const analysis::Analyzer& analyzer_;
  const bool canonical_;
  const std::vector<std::string>& boolean_fields_;
  const std::vector<std::string>& text_fields_;
  RewrittenQuery out_;
};

}  // namespace

Result<RewrittenQuery> rewrite_query_text(const std::string& query, const analysis::Analyzer& analyzer,
                                          bool canonical_spelling, const std::vector<std::string>& boolean_fields,
                                          const std::vector<std::string>& text_fields) {
  auto decoded = decode(query);
  if (!decoded.is_ok()) return decoded.status();
  return Rewriter(analyzer, canonical_spelling, boolean_fields, text_fields).run(decoded.value());
}

}  // namespace searcher
