// @brief build_query: rewritten query text through Xapian's QueryParser, plus section weighting,
// wildcard caps and the spelling suggestion.
#include "searcher/query_builder.h"

#include <algorithm>

#include "index_format/schema.h"
#include "searcher/compound_marker.h"
#include "searcher/query_text_rewriter.h"
#include "searcher/spelling_suggester.h"

namespace searcher {
namespace {

namespace schema = index_format::schema;
using analysis::Result;
using analysis::Status;

// A word in the section path counts for every passage under it, but less than the same word in
// the passage's own text: the section query only adds weight (AND_MAYBE), scaled down.
constexpr double kSectionWeight = 0.3;

// The share of weight a group's own words get on top of the group's, so that they win ties.
constexpr double kOwnWordsBonus = 0.5;
constexpr const char* kExpansionField = "syn";
constexpr const char* kPhraseField = "phr";
constexpr const char* kCompoundField = "cmp";

// Terms all the wildcards of one query may expand to together (each one still at most
// QueryOptions::wildcard_limit).
constexpr unsigned kWildcardTermBudget = 1024;

const std::vector<std::string> kBooleanFields = {std::string(schema::kFieldSource), std::string(schema::kFieldKind),
                                                std::string(schema::kFieldNote)};
const std::vector<std::string> kTextFields = {std::string(schema::kFieldSection)};

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
  qp.add_boolean_prefix(std::string(schema::kFieldSource), std::string(schema::kPrefixSource));
  qp.add_boolean_prefix(std::string(schema::kFieldKind), std::string(schema::kPrefixKind));
  qp.add_boolean_prefix(std::string(schema::kFieldNote), std::string(schema::kPrefixCitesNote));
  qp.add_prefix(std::string(schema::kFieldSection), std::string(schema::kPrefixSection));
  if (!default_prefix.empty()) qp.add_prefix("", default_prefix);
  return qp;
}

// The query for a run of analysed words as QueryParser reads a phrase: one word is its stemmed
// term, several a phrase of their terms. Under no prefix, a phrase holding a stopword is matched
// through bigram terms (schema.h kPrefixBigram): each pair with a stopword is one term at its
// first word's position, the other words their own, so the items stand at consecutive positions
// and a stopword's posting list, with positions in nearly every passage, is never read.
Xapian::Query words_query(const std::vector<std::string>& words, const analysis::Analyzer& analyzer,
                          const std::string& prefix, bool bigrams) {
  if (words.size() == 1) return Xapian::Query(std::string(schema::kPrefixStem) + prefix + analyzer.stem(words[0]));
  std::vector<std::string> items;
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    if (bigrams && i + 1 < n && (analyzer.is_stopword(words[i]) || analyzer.is_stopword(words[i + 1]))) {
      items.push_back(std::string(schema::kPrefixBigram) + analyzer.canonical(words[i]) + ' ' +
                      analyzer.canonical(words[i + 1]));
      if (i + 2 == n) break;  // the bigram holds the last word
      continue;
    }
    items.push_back(prefix + words[i]);
  }
  if (items.size() == 1) return Xapian::Query(items[0]);
  return Xapian::Query(Xapian::Query::OP_PHRASE, items.begin(), items.end(), items.size());
}

// Answers the "syn:N" fields the rewriter put where the query names an acronym group: the group's
// term, plus the words as typed scaled by kOwnWordsBonus.
class ExpansionProcessor : public Xapian::FieldProcessor {
 public:
  ExpansionProcessor(const std::vector<ExpansionUse>& uses, const index_format::AcronymGroups& groups,
                     const analysis::Analyzer& analyzer, std::string prefix)
      : uses_(uses), groups_(groups), analyzer_(analyzer), prefix_(std::move(prefix)) {}

  Xapian::Query operator()(const std::string& value) override {
    const ExpansionUse& use = uses_.at(std::stoul(value));
    const Xapian::Query own = words_query(use.words, analyzer_, prefix_, prefix_.empty());
    const Xapian::Query group(prefix_ + groups_.term(use.group));
    return Xapian::Query(Xapian::Query::OP_OR, group, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, own, kOwnWordsBonus));
  }

 private:
  const std::vector<ExpansionUse>& uses_;
  const index_format::AcronymGroups& groups_;
  const analysis::Analyzer& analyzer_;
  const std::string prefix_;
};

// Answers the "phr:N" fields the rewriter put where a quoted phrase holds a stopword.
class PhraseProcessor : public Xapian::FieldProcessor {
 public:
  PhraseProcessor(const std::vector<PhraseUse>& uses, const analysis::Analyzer& analyzer, std::string prefix)
      : uses_(uses), analyzer_(analyzer), prefix_(std::move(prefix)) {}

  Xapian::Query operator()(const std::string& value) override {
    const auto& words = uses_.at(std::stoul(value)).words;
    if (words.size() == 1) return Xapian::Query(prefix_ + words[0]);
    return words_query(words, analyzer_, prefix_, prefix_.empty());
  }

 private:
  const std::vector<PhraseUse>& uses_;
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
                               const analysis::Analyzer& analyzer, const index_format::AcronymGroups* acronyms) {
  const index_format::AcronymGroups* expand = options.synonyms ? acronyms : nullptr;
  auto rewritten = rewrite_query_text(text, analyzer, options.synonyms, kBooleanFields, kTextFields, expand, kExpansionField,
                                      options.synonyms ? kPhraseField : "");
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
  std::vector<CompoundUse> compounds;
  built.analysed = mark_compounds(rewritten->text, analyzer, kCompoundField, &compounds);
  CompoundProcessor text_compounds(compounds, "");
  CompoundProcessor section_compounds(compounds, std::string(schema::kPrefixSection));
  static const index_format::AcronymGroups kNoAcronyms;
  const index_format::AcronymGroups& table = expand ? *expand : kNoAcronyms;
  ExpansionProcessor text_expansions(rewritten->expansions, table, analyzer, "");
  ExpansionProcessor section_expansions(rewritten->expansions, table, analyzer, std::string(schema::kPrefixSection));
  PhraseProcessor text_phrases(rewritten->phrases, analyzer, "");
  PhraseProcessor section_phrases(rewritten->phrases, analyzer, std::string(schema::kPrefixSection));
  std::vector<Xapian::Query> expansion_only;
  for (const auto& use : rewritten->expansions) {
    std::string alternatives;
    for (const auto& member : table.members(use.group)) {
      if (member.words == use.words) continue;
      alternatives += (alternatives.empty() ? "" : " | ") + describe(member.words);
    }
    built.expansions.push_back(describe(use.words) + " -> " + alternatives);
    auto& words = built.group_words[table.term(use.group)];
    for (const auto& member : table.members(use.group)) {
      if (member.words.size() == 1) {
        words.push_back(std::string(schema::kPrefixStem) + analyzer.stem(member.words[0]));
        continue;
      }
      for (const auto& w : member.words)
        if (!analyzer.is_stopword(w)) words.push_back(w);
    }
    expansion_only.emplace_back(Xapian::Query::OP_AND_NOT, Xapian::Query(table.term(use.group)),
                                words_query(use.words, analyzer, "", true));
  }
  if (!expansion_only.empty()) {
    built.expansion_only = Xapian::Query(Xapian::Query::OP_OR, expansion_only.begin(), expansion_only.end());
  }
  try {
    Xapian::QueryParser parser = make_parser(capped, db, analyzer, "");
    parser.add_prefix(kExpansionField, &text_expansions);
    parser.add_prefix(kPhraseField, &text_phrases);
    parser.add_prefix(kCompoundField, &text_compounds);
    Xapian::Query main = parser.parse_query(built.analysed, kParseFlags);
    // Spelled over the query without "syn:N" placeholders, so the suggestion reads as typed.
    auto plain = rewrite_query_text(text, analyzer, options.synonyms, kBooleanFields, kTextFields);
    built.suggestion = suggest_spelling(plain->text, db, options.spelling_data);
    Xapian::QueryParser section_parser = make_parser(capped, db, analyzer, std::string(schema::kPrefixSection));
    section_parser.set_default_op(Xapian::Query::OP_OR);
    section_parser.add_prefix(kExpansionField, &section_expansions);
    section_parser.add_prefix(kPhraseField, &section_phrases);
    section_parser.add_prefix(kCompoundField, &section_compounds);
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
