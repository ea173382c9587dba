// @brief The query parser: tokens to a QueryNode tree by recursive descent, words analysed once.
#include "searcher/query_parser.h"

#include <algorithm>
#include <optional>

#include "index_format/schema.h"
#include "index_format/url_terms.h"
#include "searcher/query_spelling_text.h"

namespace searcher {
namespace {

using analysis::Result;
using analysis::Status;
using Kind = QueryNode::Kind;
using Tok = QueryToken::Kind;

bool is_plain_word(const QueryToken& t) { return t.kind == Tok::kText && t.sign == 0; }
bool is_binary(Tok k) { return k == Tok::kAnd || k == Tok::kOr || k == Tok::kXor; }

class Parser {
 public:
  Parser(const analysis::Analyzer& analyzer, const ParseOptions& options) : analyzer_(analyzer), options_(options) {}

  Result<ParsedQuery> run(const std::string& query) {
    std::vector<std::string> fields;
    for (const auto& [name, prefix] : options_.boolean_fields) fields.push_back(name);
    for (const auto& [name, prefix] : options_.text_fields) fields.push_back(name);
    auto lexed = lex_query(query, fields, options_.strict);
    if (!lexed.is_ok()) return lexed.status();
    tokens_ = std::move(lexed->tokens);
    out_.notices = std::move(lexed->notices);
    std::optional<QueryNode> root;
    while (pos_ < tokens_.size()) {
      const size_t before = pos_;
      root = combine(Kind::kOr, std::move(root), parse_or());
      if (!error_.is_ok()) return error_;
      if (pos_ == before) ++pos_;  // a token nothing takes (cannot happen after lex_query's repairs)
    }
    if (!error_.is_ok()) return error_;
    if (root) {
      out_.root = std::move(*root);
      out_.empty = false;
    }
    out_.spelled = spelling_text(tokens_, analyzer_);
    return std::move(out_);
  }

 private:
  const QueryToken* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }
  bool at(Tok kind) const { return pos_ < tokens_.size() && tokens_[pos_].kind == kind; }

  std::optional<QueryNode> parse_or() {
    auto left = parse_xor();
    while (at(Tok::kOr)) {
      ++pos_;
      left = combine(Kind::kOr, std::move(left), parse_xor());
    }
    return left;
  }

  std::optional<QueryNode> parse_xor() {
    auto left = parse_and();
    while (at(Tok::kXor)) {
      ++pos_;
      left = combine(Kind::kXor, std::move(left), parse_and());
    }
    return left;
  }

  std::optional<QueryNode> parse_and() {
    std::optional<QueryNode> left;
    if (at(Tok::kNot)) {  // "NOT cyber": every record but those
      ++pos_;
      left = combine(Kind::kAndNot, std::nullopt, parse_group());
    } else {
      left = parse_group();
    }
    while (at(Tok::kAnd) || at(Tok::kNot)) {
      const bool negated = at(Tok::kNot) || (pos_ + 1 < tokens_.size() && tokens_[pos_ + 1].kind == Tok::kNot);
      pos_ += at(Tok::kAnd) && negated ? 2 : 1;
      auto right = parse_group();
      if (!right) continue;
      if (!left) {
        left = negated ? combine(Kind::kAndNot, std::nullopt, std::move(right)) : std::move(right);
        continue;
      }
      left = combine(negated ? Kind::kAndNot : Kind::kAnd, std::move(left), std::move(right));
    }
    return left;
  }

  // Words side by side, with their signs and filters (see parse_query).
  std::optional<QueryNode> parse_group() {
    std::vector<QueryNode> love, plain, hate;
    std::vector<std::pair<std::string, QueryNode>> filters;  // field prefix, term
    std::vector<std::pair<int, std::vector<std::string>>> pending;  // plain runs: column, words
    std::vector<bool> stop_only;  // per plain node: a lone stopword
    auto add_plain = [&](QueryNode n, bool stopword) {
      plain.push_back(std::move(n));
      stop_only.push_back(stopword);
    };
    auto flush = [&]() {
      for (auto& [column, words] : acronym_runs(pending)) {
        QueryNode n = make_node(words.second ? Kind::kAcronym : Kind::kWords, column);
        n.words = std::move(words.first);
        n.group = words.second.value_or(0);
        const bool stopword = n.kind == Kind::kWords && n.words.size() == 1 && analyzer_.is_stopword(n.words[0]);
        add_plain(std::move(n), stopword);
      }
      pending.clear();
    };
    while (const QueryToken* t = peek()) {
      if (t->kind == Tok::kClose || is_binary(t->kind) || t->kind == Tok::kNot) break;
      if (t->kind == Tok::kText && t->sign == 0 && !ends_with_star(t->text) && !next_is_near()) {
        auto words = analyse(t->text, true, t->column);
        if (!error_.is_ok()) return std::nullopt;
        if (!words.empty()) pending.emplace_back(t->column, std::move(words));
        ++pos_;
        continue;
      }
      flush();
      const char sign = t->sign;
      if (t->kind == Tok::kField && is_boolean_field(t->field)) {
        QueryNode n = make_node(Kind::kFilter, t->column);
        n.term = boolean_prefix(t->field) + t->text;
        count_words(1, t->column);
        if (!error_.is_ok()) return std::nullopt;
        if (t->field == index_format::schema::kFieldKind && t->text == index_format::schema::kKindNote && sign != '-')
          out_.aims_at_notes = true;
        out_.words.push_back(QueryWord{t->field + ":" + t->text, {n.term}, ""});
        ++pos_;
        if (sign == '-') {
          hate.push_back(std::move(n));
        } else {
          filters.emplace_back(t->field, std::move(n));
        }
        continue;
      }
      std::optional<QueryNode> item = parse_item();
      if (!error_.is_ok()) return std::nullopt;
      if (!item) continue;
      if (sign == '+') {
        love.push_back(std::move(*item));
      } else if (sign == '-') {
        hate.push_back(std::move(*item));
      } else {
        add_plain(std::move(*item), false);
      }
    }
    flush();
    // Stopwords among other plain words are dropped, as Xapian's QueryParser drops them.
    if (std::find(stop_only.begin(), stop_only.end(), false) != stop_only.end()) {
      std::vector<QueryNode> kept;
      for (size_t i = 0; i < plain.size(); ++i) {
        if (stop_only[i]) continue;
        plain[i].after_dropped_stopword = i > 0 && stop_only[i - 1];
        kept.push_back(std::move(plain[i]));
      }
      plain = std::move(kept);
    }
    for (const auto& n : plain) record_words(n);
    for (const auto& n : love) record_words(n);
    // The default operator (OR, or AND under --all) is the query builder's to choose.
    std::optional<QueryNode> query = combine_all(Kind::kDefault, std::move(plain));
    if (auto required = combine_all(Kind::kAnd, std::move(love))) {
      query = query ? combine(Kind::kAndMaybe, std::move(required), std::move(query)) : std::move(required);
    }
    if (!filters.empty()) {
      std::stable_sort(filters.begin(), filters.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      std::vector<QueryNode> by_field;
      for (size_t i = 0; i < filters.size();) {
        std::vector<QueryNode> same;
        size_t j = i;
        for (; j < filters.size() && filters[j].first == filters[i].first; ++j) same.push_back(std::move(filters[j].second));
        by_field.push_back(*combine_all(Kind::kOr, std::move(same)));
        i = j;
      }
      QueryNode filter = *combine_all(Kind::kAnd, std::move(by_field));
      if (query) {
        query = combine(Kind::kFilterBy, std::move(query), std::move(filter));
      } else {
        QueryNode weightless = make_node(Kind::kWeightless, filter.column);
        weightless.children.push_back(std::move(filter));
        query = std::move(weightless);
      }
    }
    for (const auto& n : hate) record_words(n);
    if (auto excluded = combine_all(Kind::kOr, std::move(hate))) {
      query = combine(Kind::kAndNot, std::move(query), std::move(*excluded));
    }
    return query;
  }

  // One item of a group other than a plain word or a boolean field: a signed word, a wildcard,
  // a phrase, a URL, a text field, a NEAR/ADJ chain or a bracket.
  std::optional<QueryNode> parse_item() {
    const QueryToken& t = tokens_[pos_];
    if (t.kind == Tok::kOpen) {
      ++pos_;
      auto inner = parse_or();
      if (at(Tok::kClose)) ++pos_;
      if (inner && !t.field.empty()) {
        if (is_boolean_field(t.field)) {
          out_.notices.push_back("query:" + std::to_string(t.column) + ": note: field '" + t.field +
                                 ":' takes one value; searched the brackets as text");
        } else {
          set_prefix(*inner, text_prefix(t.field));
        }
      }
      return inner;
    }
    if (t.kind == Tok::kText && next_is_near()) return parse_near();
    ++pos_;
    const std::string prefix = t.kind == Tok::kField ? text_prefix(t.field) : "";
    if (t.kind == Tok::kUrl) {
      QueryNode n = make_node(Kind::kUrl, t.column);
      n.url_terms = index_format::url_query_terms(t.text);
      // A host name may also be words run together ("end.Start"): its words as a phrase too.
      if (t.text.find('/') == std::string::npos) n.words = analyse(t.text, true, t.column);
      if (n.url_terms.empty() && n.words.empty()) return std::nullopt;
      count_words(1, t.column);
      out_.aims_at_notes = true;
      out_.names_url_or_host = true;
      out_.words.push_back(QueryWord{t.text, n.url_terms, "", true});
      return n;
    }
    if (t.kind == Tok::kPhrase || (t.kind == Tok::kField && t.quoted)) {
      const bool wildcard = t.text.find('*') != std::string::npos;
      QueryNode n = make_node(Kind::kPhrase, t.column);
      n.words = analyse(t.text, true, t.column);
      n.prefix = prefix;
      n.bigrams = !wildcard;
      if (n.words.empty()) return std::nullopt;
      if (t.kind == Tok::kPhrase && options_.acronyms) {
        if (auto group = options_.acronyms->group_of(n.words, analyzer_)) {
          n.kind = Kind::kAcronym;
          n.group = *group;
        }
      }
      return n;
    }
    // A word with a sign or a wildcard, or a text field's value.
    const bool wildcard = ends_with_star(t.text);
    QueryNode n = make_node(wildcard ? Kind::kWildcard : Kind::kWords, t.column);
    n.words = analyse(wildcard ? t.text.substr(0, t.text.find_last_not_of('*') + 1) : t.text, !wildcard, t.column);
    n.prefix = prefix;
    if (n.words.empty()) return std::nullopt;
    if (wildcard) {
      out_.wildcards.push_back(WildcardUse{n.words.back(), t.column});
    }
    return n;
  }

  // word NEAR word [NEAR word …] (or ADJ): one node over every word, its window Xapian's: the
  // largest n given (10 by default) less one, plus the number of words.
  std::optional<QueryNode> parse_near() {
    const QueryToken& first = tokens_[pos_];
    QueryNode n = make_node(Kind::kNear, first.column);
    unsigned window = 0;
    n.words = analyse(first.text, true, first.column);
    ++pos_;
    while (pos_ + 1 < tokens_.size() && (at(Tok::kNear) || at(Tok::kAdj)) && is_plain_word(tokens_[pos_ + 1])) {
      if (at(Tok::kAdj)) n.kind = Kind::kAdjacent;
      window = std::max(window, tokens_[pos_].window);
      auto more = analyse(tokens_[pos_ + 1].text, true, tokens_[pos_ + 1].column);
      n.words.insert(n.words.end(), more.begin(), more.end());
      pos_ += 2;
    }
    if (n.words.empty()) return std::nullopt;
    n.window = window - 1 + static_cast<unsigned>(n.words.size());
    if (n.words.size() == 1) n.kind = Kind::kWords;
    return n;
  }

  bool next_is_near() const {
    return pos_ + 1 < tokens_.size() &&
           (tokens_[pos_ + 1].kind == Tok::kNear || tokens_[pos_ + 1].kind == Tok::kAdj);
  }

  static bool ends_with_star(const std::string& s) { return !s.empty() && s.back() == '*'; }

  // Plain runs to nodes: each span of runs that names an acronym group (longest first) becomes
  // that group, every other run its words.
  std::vector<std::pair<int, std::pair<std::vector<std::string>, std::optional<size_t>>>> acronym_runs(
      const std::vector<std::pair<int, std::vector<std::string>>>& runs) const {
    std::vector<std::pair<int, std::pair<std::vector<std::string>, std::optional<size_t>>>> out;
    for (size_t i = 0; i < runs.size();) {
      size_t matched_end = i;
      std::optional<size_t> group;
      std::vector<std::string> words;
      if (options_.acronyms) {
        std::vector<std::string> span;
        for (size_t j = i; j < runs.size() && span.size() < options_.acronyms->longest_member(); ++j) {
          span.insert(span.end(), runs[j].second.begin(), runs[j].second.end());
          if (auto g = options_.acronyms->group_of(span, analyzer_)) {
            group = g;
            words = span;
            matched_end = j;
          }
        }
      }
      if (group) {
        out.push_back({runs[i].first, {words, group}});
        i = matched_end + 1;
      } else {
        out.push_back({runs[i].first, {runs[i].second, std::nullopt}});
        ++i;
      }
    }
    return out;
  }

  // The analysed words of `text` (canonical spellings when asked for and `canonical`), counted
  // against kMaxQueryWords.
  std::vector<std::string> analyse(const std::string& text, bool canonical, int column) {
    std::vector<std::string> words;
    for (const auto& word : analyzer_.words(text)) {
      words.push_back((options_.canonical && canonical) ? analyzer_.canonical(word.text) : word.text);
    }
    count_words(words.size(), column);
    return words;
  }

  void count_words(size_t n, int column) {
    out_.word_count += static_cast<int>(n);
    if (out_.word_count > static_cast<int>(kMaxQueryWords) && error_.is_ok()) {
      error_ = Status::query_error("query:" + std::to_string(column) + ": error: more than " +
                                   std::to_string(kMaxQueryWords) + " words in one query");
    }
  }

  // The words a node searches for, for the unmatched-word report.
  void record_words(const QueryNode& n) {
    // A word searched by its stem matches through either term; one in a phrase only as typed.
    auto add = [&](const std::string& word, const std::string& prefix, bool stemmed) {
      if (analyzer_.is_stopword(word)) return;
      QueryWord w{word, {prefix + word}, ""};
      if (stemmed) w.terms.push_back(std::string(index_format::schema::kPrefixStem) + prefix + analyzer_.stem(word));
      out_.words.push_back(std::move(w));
    };
    switch (n.kind) {
      case Kind::kWords:
        for (const auto& w : n.words) add(w, n.prefix, n.words.size() == 1);
        break;
      case Kind::kPhrase:
      case Kind::kNear:
      case Kind::kAdjacent:
        for (const auto& w : n.words) add(w, n.prefix, false);
        break;
      case Kind::kWildcard:
        for (size_t i = 0; i + 1 < n.words.size(); ++i) add(n.words[i], n.prefix, n.words.size() == 2);
        out_.words.push_back(QueryWord{n.words.back() + "*", {}, n.prefix + n.words.back()});
        break;
      default:
        // Acronym groups match by construction; filters and URLs are recorded where they are made;
        // a bracket's words by the group that holds them.
        break;
    }
  }

  void set_prefix(QueryNode& n, const std::string& prefix) {
    if (n.kind == Kind::kFilter || n.kind == Kind::kUrl) return;
    if (n.prefix.empty()) n.prefix = prefix;
    for (auto& c : n.children) set_prefix(c, prefix);
  }

  bool is_boolean_field(const std::string& name) const {
    return std::any_of(options_.boolean_fields.begin(), options_.boolean_fields.end(),
                       [&](const auto& f) { return f.first == name; });
  }
  std::string boolean_prefix(const std::string& name) const {
    for (const auto& [field, prefix] : options_.boolean_fields)
      if (field == name) return prefix;
    return "";
  }
  std::string text_prefix(const std::string& name) const {
    for (const auto& [field, prefix] : options_.text_fields)
      if (field == name) return prefix;
    return "";
  }

  const analysis::Analyzer& analyzer_;
  const ParseOptions& options_;
  std::vector<QueryToken> tokens_;
  size_t pos_ = 0;
  ParsedQuery out_;
  Status error_;
};

}  // namespace

Result<ParsedQuery> parse_query(const std::string& query, const analysis::Analyzer& analyzer,
                                const ParseOptions& options) {
  return Parser(analyzer, options).run(query);
}

}  // namespace searcher
