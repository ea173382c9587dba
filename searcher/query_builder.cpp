// @brief build_query: rewritten query text through Xapian's QueryParser, plus section weighting,
// wildcard caps and the spelling suggestion.
#include "searcher/query_builder.h"

#include <algorithm>

#include "analysis/schema.h"
#include "searcher/query_text_rewriter.h"
#include "searcher/spelling_suggester.h"

namespace searcher {
namespace {

namespace schema = analysis::schema;
using analysis::Result;
using analysis::Status;

// A word in the section path counts for every passage under it, but less than the same word in
// the passage's own text: the section query only adds weight (AND_MAYBE), scaled down.
constexpr double kSectionWeight = 0.3;

// The share of weight a group's own words get on top of the group's, so that they win ties.
constexpr double kOwnWordsBonus = 0.5;
constexpr const char* kExpansionField = "syn";

// Terms all the wildcards of one query may expand to together (each one still at most
// QueryOptions::wildcard_limit).
constexpr unsigned kWildcardTermBudget = 1024;

const std::vector<std::string> kBooleanFields = {"source", "kind", "note"};
const std::vector<std::string> kTextFields = {"section"};

constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                                 Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_PURE_NOT;

Xapian::QueryParser make_parser(const QueryOptions& options, const Xapian::Database& db,
                                const analysis::Analyzer& analyzer, const std::string& default_prefix) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(analyzer.stemmer());
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_stopper(analyzer.stopper());
  qp.set_default_op(options.require_all ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
  qp.set_max_expansion(options.wildcard_limit, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  qp.add_boolean_prefix("source", std::string(schema::kPrefixSource));
  qp.add_boolean_prefix("kind", std::string(schema::kPrefixKind));
  qp.add_boolean_prefix("note", std::string(schema::kPrefixCitesNote));
  qp.add_prefix("section", std::string(schema::kPrefixSection));
  if (!default_prefix.empty()) qp.add_prefix("", default_prefix);
  return qp;
}

// Answers the "syn:N" fields the rewriter put where the query names an acronym group.
// The index terms QueryParser makes of these words: a stemmed term for one word, the unstemmed
// terms of a phrase for several.
std::vector<std::string> member_terms(const std::vector<std::string>& words, const analysis::Analyzer& analyzer,
                                      const std::string& prefix) {
  if (words.size() == 1) return {"Z" + prefix + analyzer.stem(words[0])};
  std::vector<std::string> terms;
  for (const auto& w : words) terms.push_back(prefix + w);
  return terms;
}

class ExpansionProcessor : public Xapian::FieldProcessor {
 public:
  ExpansionProcessor(const std::vector<ExpansionUse>& uses, const AcronymTable& table,
                     const analysis::Analyzer& analyzer, std::string prefix)
      : uses_(uses), table_(table), analyzer_(analyzer), prefix_(std::move(prefix)) {}

  Xapian::Query operator()(const std::string& value) override {
    const ExpansionUse& use = uses_.at(std::stoul(value));
    const Xapian::Query own = words_query(use.words);
    std::vector<Xapian::Query> members = {own};
    for (const auto& member : table_.members(use.group)) {
      if (!same_words(member, use.words)) members.push_back(words_query(member));
    }
    Xapian::Query group(Xapian::Query::OP_SYNONYM, members.begin(), members.end());
    return Xapian::Query(Xapian::Query::OP_OR, group, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, own, kOwnWordsBonus));
  }

 private:
  // The terms QueryParser makes of these words: a stemmed term for one word, a phrase of
  // unstemmed terms for several.
  Xapian::Query words_query(const std::vector<std::string>& words) const {
    const auto terms = member_terms(words, analyzer_, prefix_);
    if (terms.size() == 1) return Xapian::Query(terms[0]);
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
  }
  bool same_words(const std::vector<std::string>& a, const std::vector<std::string>& b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (analyzer_.stem(a[i]) != analyzer_.stem(b[i])) return false;
    return true;
  }

  const std::vector<ExpansionUse>& uses_;
  const AcronymTable& table_;
  const analysis::Analyzer& analyzer_;
  const std::string prefix_;
};

std::string describe(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return words.size() > 1 ? "\"" + out + "\"" : out;
}

// How many index terms a wildcard's prefix matches, counting no further than limit + 1.
unsigned count_expansions(const Xapian::Database& db, const std::string& prefix, unsigned limit) {
  unsigned n = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && n <= limit; ++it) ++n;
  return n;
}

}  // namespace

Result<BuiltQuery> build_query(const std::string& text, const QueryOptions& options, const Xapian::Database& db,
                               const analysis::Analyzer& analyzer, const AcronymTable* acronyms) {
  const AcronymTable* expand = options.synonyms ? acronyms : nullptr;
  auto rewritten = rewrite_query_text(text, analyzer, options.synonyms, kBooleanFields, kTextFields, expand, kExpansionField);
  if (!rewritten.is_ok()) return rewritten.status();
  if (rewritten->word_count == 0) {
    return Status::query_error("query:1: error: nothing to search for: the query has no words");
  }

  // One wildcard expands to at most options.wildcard_limit terms, and all of a query's wildcards
  // together to about kWildcardTermBudget: 3,333 "c*" expanded 256 ways each made a query of
  // 850,000 terms that Xapian matched for minutes.
  QueryOptions capped = options;
  if (!rewritten->wildcards.empty()) {
    const auto share = static_cast<unsigned>(kWildcardTermBudget / rewritten->wildcards.size());
    capped.wildcard_limit = std::clamp(share, 1u, std::max(1u, options.wildcard_limit));
  }

  BuiltQuery built;
  built.analysed = rewritten->text;
  static const AcronymTable kNoAcronyms;
  const AcronymTable& table = expand ? *expand : kNoAcronyms;
  ExpansionProcessor text_expansions(rewritten->expansions, table, analyzer, "");
  ExpansionProcessor section_expansions(rewritten->expansions, table, analyzer, std::string(schema::kPrefixSection));
  for (const auto& use : rewritten->expansions) {
    std::string alternatives;
    ExpansionTerms terms{member_terms(use.words, analyzer, ""), {}};
    for (const auto& member : table.members(use.group)) {
      if (member == use.words) continue;
      alternatives += (alternatives.empty() ? "" : " | ") + describe(member);
      terms.others.push_back(member_terms(member, analyzer, ""));
    }
    built.expansions.push_back(describe(use.words) + " -> " + alternatives);
    built.expansion_terms.push_back(std::move(terms));
  }
  try {
    Xapian::QueryParser parser = make_parser(capped, db, analyzer, "");
    parser.add_prefix(kExpansionField, &text_expansions);
    Xapian::Query main = parser.parse_query(built.analysed, kParseFlags);
    // Spelled over the query without "syn:N" placeholders, so the suggestion reads as typed.
    auto plain = rewrite_query_text(text, analyzer, options.synonyms, kBooleanFields, kTextFields);
    built.suggestion = suggest_spelling(plain->text, db, options.spelling_data);
    Xapian::QueryParser section_parser = make_parser(capped, db, analyzer, std::string(schema::kPrefixSection));
    section_parser.set_default_op(Xapian::Query::OP_OR);
    section_parser.add_prefix(kExpansionField, &section_expansions);
    Xapian::Query section = section_parser.parse_query(built.analysed, kParseFlags);
    built.query = section.empty()
                      ? main
                      : Xapian::Query(Xapian::Query::OP_AND_MAYBE, main,
                                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, section, kSectionWeight));
  } catch (const Xapian::QueryParserError& e) {
    return Status::query_error("query:1: error: " + e.get_msg());
  } catch (const Xapian::Error& e) {
    return Status::index_error("error: while parsing the query: " + e.get_description());
  }

  for (const auto& wildcard : rewritten->wildcards) {
    if (count_expansions(db, wildcard.prefix, capped.wildcard_limit) > capped.wildcard_limit) {
      built.notices.push_back("query:" + std::to_string(wildcard.column) + ": note: wildcard '" + wildcard.prefix +
                              "*' matches more than " + std::to_string(capped.wildcard_limit) +
                              " terms; searched the " + std::to_string(capped.wildcard_limit) + " most frequent");
    }
  }
  return built;
}

}  // namespace searcher
