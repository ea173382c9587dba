// @brief The query lexer: characters to tokens, with the repairs a search box makes to pasted text.
#include "searcher/query_lexer.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace searcher {
namespace {

using analysis::Result;
using analysis::Status;

std::string at(int column, const char* what, const std::string& message) {
  return "query:" + std::to_string(column) + ": " + what + ": " + message;
}

std::string to_utf8(const std::u32string& s, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) icu::UnicodeString(static_cast<UChar32>(s[i])).toUTF8String(out);
  return out;
}

using Tok = QueryToken::Kind;

bool starts_operand(const QueryToken& t) {
  return t.kind == Tok::kText || t.kind == Tok::kPhrase || t.kind == Tok::kUrl || t.kind == Tok::kField ||
         t.kind == Tok::kOpen;
}
bool ends_operand(const QueryToken& t) {
  return t.kind == Tok::kText || t.kind == Tok::kPhrase || t.kind == Tok::kUrl || t.kind == Tok::kField ||
         t.kind == Tok::kClose;
}
bool is_plain_word(const QueryToken& t) { return t.kind == Tok::kText && t.sign == 0; }

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// (AND|OR|NOT|XOR|NEAR|ADJ)(/[0-9]+)? — checked by hand: std::regex recurses once per character,
// and "NEAR/" followed by 200,000 digits overflowed the stack and crashed the searcher.
bool operator_kind(const std::string& run, QueryToken& token) {
  using K = QueryToken::Kind;
  static const std::vector<std::pair<std::string, K>> kOperators = {
      {"AND", K::kAnd}, {"OR", K::kOr}, {"NOT", K::kNot}, {"XOR", K::kXor}, {"NEAR", K::kNear}, {"ADJ", K::kAdj}};
  const size_t slash = run.find('/');
  const std::string name = run.substr(0, slash);
  auto it = std::find_if(kOperators.begin(), kOperators.end(), [&](const auto& op) { return op.first == name; });
  if (it == kOperators.end()) return false;
  token.kind = it->second;
  if (slash == std::string::npos) return true;
  if (it->second != K::kNear && it->second != K::kAdj) return false;
  const std::string digits = run.substr(slash + 1);
  if (digits.empty() || digits.size() > 4 || !std::all_of(digits.begin(), digits.end(), is_ascii_digit)) return false;
  token.window = std::max(1u, static_cast<unsigned>(std::stoul(digits)));
  return true;
}

class Lexer {
 public:
  Lexer(const std::vector<std::string>& fields, bool strict) : fields_(fields), strict_(strict) {}

  Result<LexedQuery> run(const std::string& query) {
    if (Status s = decode(query); !s.is_ok()) return s;
    const std::u32string& q = chars_;
    std::vector<int> open;
    for (size_t i = 0; i < q.size();) {
      const char32_t c = q[i];
      const int column = static_cast<int>(i) + 1;
      if (u_isspace(c)) {
        ++i;
        continue;
      }
      if (c == '"') {
        i = phrase(i, QueryToken::Kind::kPhrase, "", 0);
        if (i == kFailed) return error_;
      } else if (c == '(') {
        if (open.size() == kMaxBracketDepth) {
          return Status::query_error(
              at(column, "error", "brackets nested deeper than " + std::to_string(kMaxBracketDepth)));
        }
        open.push_back(column);
        push(QueryToken::Kind::kOpen, column, "");
        ++i;
      } else if (c == ')') {
        if (open.empty()) {
          if (Status s = repair(column, "unbalanced bracket: ')' closes nothing", "dropped it"); !s.is_ok()) return s;
        } else {
          open.pop_back();
          push(QueryToken::Kind::kClose, column, "");
        }
        ++i;
      } else {
        size_t end = i;
        while (end < q.size() && !u_isspace(q[end]) && q[end] != '"' && q[end] != '(' && q[end] != ')') ++end;
        i = run_of(i, end, open);
        if (i == kFailed) return error_;
      }
    }
    while (!open.empty()) {
      if (Status s = repair(open.back(), "unbalanced bracket: '(' is never closed", "closed it at the end");
          !s.is_ok()) {
        return s;
      }
      open.pop_back();
      push(QueryToken::Kind::kClose, static_cast<int>(q.size()) + 1, "");
    }
    if (Status s = repair_operators(); !s.is_ok()) return s;
    return std::move(out_);
  }

 private:
  static constexpr size_t kFailed = static_cast<size_t>(-1);

  // Decodes UTF-8 into code points so columns count characters, not bytes.
  Status decode(const std::string& query) {
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(query.size());
    while (i < n) {
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(query.data()), i, n, c);
      const int column = static_cast<int>(chars_.size()) + 1;
      if (c < 0) {
        if (Status s = repair(column, "invalid UTF-8 byte", "dropped it"); !s.is_ok()) return s;
        continue;
      }
      if (c == '\t' || c == '\r' || c == '\n') c = ' ';
      if (c == 0) {
        if (Status s = repair(column, "NUL byte in query", "read it as a space"); !s.is_ok()) return s;
        c = ' ';
      } else if (u_iscntrl(c)) {
        if (Status s = repair(column, "control character in query", "read it as a space"); !s.is_ok()) return s;
        c = ' ';
      }
      if (c == 0x201C || c == 0x201D) c = '"';
      chars_.push_back(static_cast<char32_t>(c));
    }
    return Status::ok();
  }

  // An operator lacking an operand is read as a word ("cyber AND", "NOT", "(a b) NEAR c"): the
  // repair Xapian's QueryParser makes by parsing such a query again without operators.
  Status repair_operators() {
    for (size_t i = 0; i < out_.tokens.size(); ++i) {
      QueryToken& t = out_.tokens[i];
      if (t.kind == Tok::kText || starts_operand(t) || t.kind == Tok::kClose) continue;
      const QueryToken* prev = i > 0 ? &out_.tokens[i - 1] : nullptr;
      const QueryToken* next = i + 1 < out_.tokens.size() ? &out_.tokens[i + 1] : nullptr;
      const QueryToken* after = i + 2 < out_.tokens.size() ? &out_.tokens[i + 2] : nullptr;
      bool valid;
      if (t.kind == Tok::kNear || t.kind == Tok::kAdj) {
        valid = prev && is_plain_word(*prev) && next && is_plain_word(*next);
      } else if (t.kind == Tok::kNot) {
        valid = next && starts_operand(*next);
      } else {
        valid = prev && ends_operand(*prev) && next &&
                (starts_operand(*next) || (next->kind == Tok::kNot && after && starts_operand(*after)));
      }
      if (valid) continue;
      const std::string problem = "'" + t.text + "' " +
                                  (t.kind == Tok::kNear || t.kind == Tok::kAdj ? "needs a word on each side"
                                                                               : "needs something to search on each side");
      if (Status s = repair(t.column, problem, "searched it as a word"); !s.is_ok()) return s;
      t.kind = Tok::kText;
    }
    return Status::ok();
  }

  // Strict: the problem is an error (with `hint`). Lenient: a notice saying what was done instead.
  Status repair(int column, const std::string& problem, const std::string& done, const std::string& hint = "") {
    if (strict_) return Status::query_error(at(column, "error", problem + hint));
    out_.notices.push_back(at(column, "note", problem + "; " + done));
    return Status::ok();
  }

  void push(QueryToken::Kind kind, int column, std::string text, char sign = 0) {
    QueryToken token;
    token.kind = kind;
    token.column = column;
    token.text = std::move(text);
    token.sign = sign;
    out_.tokens.push_back(std::move(token));
  }

  // A quoted phrase from the quote at `begin`: its characters up to the closing quote or, when
  // there is none, to the end. Returns where lexing goes on, or kFailed.
  size_t phrase(size_t begin, QueryToken::Kind kind, const std::string& field, char sign) {
    size_t close = begin + 1;
    while (close < chars_.size() && chars_[close] != '"') ++close;
    if (close == chars_.size()) {
      error_ = repair(static_cast<int>(begin) + 1, "unbalanced quote: '\"' opens a phrase that is never closed",
                      "the phrase runs to the end");
      if (!error_.is_ok()) return kFailed;
    }
    push(kind, static_cast<int>(begin) + 1, to_utf8(chars_, begin + 1, close), sign);
    out_.tokens.back().field = field;
    out_.tokens.back().quoted = kind == QueryToken::Kind::kField;
    return std::min(close + 1, chars_.size());
  }

  bool known(const std::string& name) const { return std::find(fields_.begin(), fields_.end(), name) != fields_.end(); }

  std::string field_list() const {
    std::string all;
    for (const auto& f : fields_) all += (all.empty() ? "" : ", ") + f + ":";
    return all;
  }

  // One run of characters between spaces, quotes and brackets, from `begin` to `end`. Returns
  // where lexing goes on (past a field's quoted value or opening bracket), or kFailed.
  size_t run_of(size_t begin, size_t end, std::vector<int>& open) {
    const int column = static_cast<int>(begin) + 1;
    const std::string whole = to_utf8(chars_, begin, end);
    QueryToken op;
    if (operator_kind(whole, op)) {
      push(op.kind, column, whole);
      out_.tokens.back().window = op.window;
      return end;
    }
    char sign = 0;
    size_t start = begin;
    if (chars_[start] == '+' || chars_[start] == '-') {
      sign = static_cast<char>(chars_[start]);
      while (start < end && (chars_[start] == '+' || chars_[start] == '-')) ++start;
      if (start == end) {
        error_ = repair(column, std::string("'") + sign + "' with no word after it", "dropped it");
        return error_.is_ok() ? end : kFailed;
      }
    }
    const std::string run = to_utf8(chars_, start, end);
    if (looks_like_url(run)) {
      push(QueryToken::Kind::kUrl, column, run, sign);
      return end;
    }
    const size_t colon = run.find(':');
    if (colon == std::string::npos || colon == 0 ||
        !std::all_of(run.begin(), run.begin() + colon, [](char ch) { return is_ascii_alpha(ch); })) {
      push(QueryToken::Kind::kText, column, run, sign);
      return end;
    }
    const std::string name = run.substr(0, colon);
    const std::string value = run.substr(colon + 1);
    if (!known(name)) {
      error_ = repair(column, "unknown field '" + name + ":' (fields: " + field_list() + ")", "searched it as text",
                      "; put the words in quotes to search for them as text");
      if (!error_.is_ok()) return kFailed;
      push(QueryToken::Kind::kText, column, run, sign);
      return end;
    }
    if (value.empty() && end < chars_.size() && chars_[end] == '"') {
      return phrase(end, QueryToken::Kind::kField, name, sign);
    }
    if (value.empty() && end < chars_.size() && chars_[end] == '(') {
      if (open.size() == kMaxBracketDepth) {
        error_ = Status::query_error(
            at(static_cast<int>(end) + 1, "error", "brackets nested deeper than " + std::to_string(kMaxBracketDepth)));
        return kFailed;
      }
      open.push_back(static_cast<int>(end) + 1);
      push(QueryToken::Kind::kOpen, static_cast<int>(end) + 1, "", sign);
      out_.tokens.back().field = name;
      return end + 1;
    }
    if (value.empty()) {
      error_ = repair(column, "field '" + name + ":' has no value", "searched '" + name + "' as a word");
      if (!error_.is_ok()) return kFailed;
      push(QueryToken::Kind::kText, column, name, sign);
      return end;
    }
    push(QueryToken::Kind::kField, column, value, sign);
    out_.tokens.back().field = name;
    return end;
  }

  const std::vector<std::string>& fields_;
  const bool strict_;
  std::u32string chars_;
  LexedQuery out_;
  Status error_;
};

bool is_label_char(char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || c == '-'; }

}  // namespace

bool looks_like_url(const std::string& run) {
  auto starts = [&](const char* prefix) {
    const std::string p(prefix);
    return run.size() > p.size() && std::equal(p.begin(), p.end(), run.begin(), [](char a, char b) {
             return a == std::tolower(static_cast<unsigned char>(b));
           });
  };
  if (starts("http://") || starts("https://") || starts("www.")) return true;
  // A host name, perhaps with a path: "mod.go.jp", "nisc.go.jp/eng/".
  const std::string host = run.substr(0, run.find('/'));
  size_t labels = 0;
  size_t label_start = 0;
  for (size_t i = 0; i <= host.size(); ++i) {
    if (i < host.size() && host[i] != '.') {
      if (!is_label_char(host[i])) return false;
      continue;
    }
    if (i == label_start) return false;  // an empty label: "a..b", ".jp", "U.S."
    ++labels;
    label_start = i + 1;
  }
  const std::string last = host.substr(host.rfind('.') + 1);
  return labels >= 2 && last.size() >= 2 && std::all_of(last.begin(), last.end(), is_ascii_alpha);
}

Result<LexedQuery> lex_query(const std::string& query, const std::vector<std::string>& fields, bool strict) {
  return Lexer(fields, strict).run(query);
}

}  // namespace searcher
