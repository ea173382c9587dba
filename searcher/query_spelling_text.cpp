// @brief spelling_text: the suggester's view of a query.
#include "searcher/query_spelling_text.h"

namespace searcher {
namespace {

using Tok = QueryToken::Kind;

std::string analysed(const std::string& text, const analysis::Analyzer& analyzer, const char* separator) {
  std::string out;
  for (const auto& w : analyzer.words(text)) out += (out.empty() ? "" : separator) + w.text;
  return out;
}

}  // namespace

std::string spelling_text(const std::vector<QueryToken>& tokens, const analysis::Analyzer& analyzer) {
  std::string out;
  for (const QueryToken& t : tokens) {
    std::string piece;
    switch (t.kind) {
      case Tok::kOpen: piece = (t.field.empty() ? "" : t.field + ":") + "("; break;
      case Tok::kClose: piece = ")"; break;
      case Tok::kAnd: case Tok::kOr: case Tok::kNot: case Tok::kXor: case Tok::kNear: case Tok::kAdj:
      case Tok::kUrl:
        piece = t.text;
        break;
      case Tok::kField: piece = t.field + ":" + (t.quoted ? "\"" + t.text + "\"" : t.text); break;
      case Tok::kPhrase: piece = "\"" + analysed(t.text, analyzer, " ") + "\""; break;
      case Tok::kText:
        piece = analysed(t.text, analyzer, "-");
        if (piece.empty()) continue;
        if (t.text.back() == '*') piece += '*';
        break;
    }
    if (t.sign) piece.insert(piece.begin(), t.sign);
    if (!out.empty() && out.back() != '(' && piece != ")") out += ' ';
    out += piece;
  }
  return out;
}

}  // namespace searcher
