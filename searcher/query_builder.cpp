// @brief build_query: the parsed query tree to a Xapian::Query, plus section weighting, wildcard
// caps, unmatched words and the spelling suggestion.
#include "searcher/query_builder.h"

#include <algorithm>

#include "index_format/document_mapping.h"
#include "index_format/schema.h"
#include "searcher/compound_marker.h"
#include "searcher/partial_expansion.h"
#include "searcher/query_parser.h"
#include "searcher/spelling_suggester.h"

namespace searcher {
namespace {

namespace schema = index_format::schema;
using analysis::Result;
using analysis::Status;
using Kind = QueryNode::Kind;

// A word in the section path counts for every passage under it, but less than the same word in
// the passage's own text: the section query only adds weight (AND_MAYBE), scaled down. In it a
// phrase's words count wherever they stand in the path (Compiler's loose phrases): checking them
// as a phrase read two position lists per matching passage, most of the slowest queries' time at
// 1000x ("In this" 10.6 -> 2.2 ms, "In Japan" 8 -> 1.8 ms), for a bonus of three tenths.
constexpr double kSectionWeight = 0.3;

// The share of weight a group's own words get on top of the group's, so that they win ties.
constexpr double kOwnWordsBonus = 0.5;

// Terms all the wildcards of one query may expand to together (each one still at most
// QueryOptions::wildcard_limit).
constexpr unsigned kWildcardTermBudget = 1024;

ParseOptions parse_options(const QueryOptions& options, const index_format::AcronymGroups* acronyms) {
  ParseOptions out;
  out.strict = options.strict;
  out.canonical = options.synonyms;
  out.acronyms = options.synonyms ? acronyms : nullptr;
  out.boolean_fields = {{std::string(schema::kFieldSource), std::string(schema::kPrefixSource)},
                        {std::string(schema::kFieldKind), std::string(schema::kPrefixKind)},
                        {std::string(schema::kFieldNote), std::string(schema::kPrefixCitesNote)}};
  out.text_fields = {{std::string(schema::kFieldSection), std::string(schema::kPrefixSection)}};
  return out;
}

// A quoted phrase: unstemmed words in order (one word: its unstemmed term). With `bigrams` (no
// prefix), a phrase holding a bigram word (the most frequent stopwords, Analyzer::is_bigram_pair)
// is matched through bigram terms (schema.h kPrefixBigram): each pair with a bigram word is one
// term, the other words their own. Two words are their bigram alone; longer, the bigrams and
// other words weigh as the phrase did, and the phrase of the words is a filter, whose positions
// Xapian reads only where every bigram is present (the AND runs rarest term first and checks
// positions last): a frequent word's positions, in nearly every passage, are read only where the
// phrase is all but certain. Bigrams carry no positions: theirs
// were 48 % of the position table (100x, doc/index_format.md).
Xapian::Query phrase_query(const std::vector<std::string>& words, const analysis::Analyzer& analyzer,
                           const std::string& prefix, bool bigrams) {
  if (words.size() == 1) return Xapian::Query(prefix + words[0]);
  std::vector<std::string> items;
  bool paired = false;
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    if (bigrams && i + 1 < n && analyzer.is_bigram_pair(words[i], words[i + 1])) {
      items.push_back(std::string(schema::kPrefixBigram) + analyzer.canonical(words[i]) + ' ' +
                      analyzer.canonical(words[i + 1]));
      paired = true;
      if (i + 2 == n) break;  // the bigram holds the last word
      continue;
    }
    items.push_back(prefix + words[i]);
  }
  if (items.size() == 1) return Xapian::Query(items[0]);
  if (!paired) return Xapian::Query(Xapian::Query::OP_PHRASE, items.begin(), items.end(), items.size());
  std::vector<std::string> terms;
  terms.reserve(n);
  for (const auto& w : words) terms.push_back(prefix + w);
  return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_AND, items.begin(), items.end()),
                       Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size()));
}

// The query for a run of analysed words: one word is its stemmed term, several a phrase.
Xapian::Query words_query(const std::vector<std::string>& words, const analysis::Analyzer& analyzer,
                          const std::string& prefix, bool bigrams) {
  if (words.size() == 1) return Xapian::Query(index_format::stem_term(analyzer, prefix, words[0]));
  return phrase_query(words, analyzer, prefix, bigrams);
}

// Compiles a QueryNode tree once for the text (no prefix, the chosen default operator) and once
// for the section path (prefix S, OR, `loose`: a phrase or NEAR as all of its words, no positions).
class Compiler {
 public:
  Compiler(const analysis::Analyzer& analyzer, const index_format::AcronymGroups& groups, const std::string& prefix,
           bool require_all, bool bigrams, unsigned wildcard_limit, bool loose = false)
      : analyzer_(analyzer), groups_(groups), prefix_(prefix), require_all_(require_all), bigrams_(bigrams),
        wildcard_limit_(wildcard_limit), loose_(loose) {}

  Xapian::Query operator()(const QueryNode& n) const {
    const std::string prefix = n.prefix.empty() ? prefix_ : n.prefix;
    const bool bigrams = bigrams_ && prefix.empty();
    switch (n.kind) {
      case Kind::kWords:
        return words(n.words, prefix, bigrams);
      case Kind::kPhrase:
        return phrase(n.words, prefix, bigrams && n.bigrams);
      case Kind::kCompound:
        return compound_query(n.term, prefix,
                              n.words.size() == 1 ? Xapian::Query(prefix + n.words[0]) : phrase(n.words, prefix, false));
      case Kind::kWildcard: {
        Xapian::Query wildcard(Xapian::Query::OP_WILDCARD, prefix + n.words.back(), wildcard_limit_,
                               Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
        if (n.words.size() == 1) return wildcard;
        const std::vector<std::string> before(n.words.begin(), n.words.end() - 1);
        return Xapian::Query(Xapian::Query::OP_AND, words(before, prefix, bigrams), wildcard);
      }
      case Kind::kAcronym:
        return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(prefix + groups_.term(n.group)),
                             Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                           words(n.words, prefix, bigrams), kOwnWordsBonus));
      case Kind::kFilter:
        return Xapian::Query(n.term);
      case Kind::kUrl: {
        std::vector<Xapian::Query> any;
        for (const auto& term : n.url_terms) any.emplace_back(term);
        if (!n.words.empty()) any.push_back(phrase(n.words, prefix, false));
        return Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
      }
      case Kind::kNear:
      case Kind::kAdjacent: {
        std::vector<Xapian::Query> terms;
        for (const auto& w : n.words) terms.emplace_back(prefix + w);
        if (loose_) return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
        return Xapian::Query(n.kind == Kind::kNear ? Xapian::Query::OP_NEAR : Xapian::Query::OP_PHRASE, terms.begin(),
                             terms.end(), n.window);
      }
      case Kind::kMatchAll:
        return Xapian::Query::MatchAll;
      case Kind::kDefault:
        return children(n, require_all_ ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
      case Kind::kAnd:
        return children(n, Xapian::Query::OP_AND);
      case Kind::kOr:
        return children(n, Xapian::Query::OP_OR);
      case Kind::kXor:
        return children(n, Xapian::Query::OP_XOR);
      case Kind::kAndNot:
        return children(n, Xapian::Query::OP_AND_NOT);
      case Kind::kAndMaybe:
        return children(n, require_all_ ? Xapian::Query::OP_AND : Xapian::Query::OP_AND_MAYBE);
      case Kind::kFilterBy:
        return children(n, Xapian::Query::OP_FILTER);
      case Kind::kWeightless:
        return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, (*this)(n.children[0]), 0.0);
    }
    return Xapian::Query();
  }

 private:
  // A phrase, or with loose_ all of its words.
  Xapian::Query phrase(const std::vector<std::string>& words, const std::string& prefix, bool bigrams) const {
    if (!loose_ || words.size() < 2) return phrase_query(words, analyzer_, prefix, bigrams);
    std::vector<Xapian::Query> terms;
    for (const auto& w : words) terms.emplace_back(prefix + w);
    return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
  }
  // words_query, with phrase() for several words.
  Xapian::Query words(const std::vector<std::string>& words, const std::string& prefix, bool bigrams) const {
    if (words.size() == 1) return words_query(words, analyzer_, prefix, bigrams);
    return phrase(words, prefix, bigrams);
  }

  Xapian::Query children(const QueryNode& n, Xapian::Query::op op) const {
    std::vector<Xapian::Query> subqueries;
    subqueries.reserve(n.children.size());
    for (const auto& c : n.children) subqueries.push_back((*this)(c));
    return Xapian::Query(op, subqueries.begin(), subqueries.end());
  }

  const analysis::Analyzer& analyzer_;
  const index_format::AcronymGroups& groups_;
  const std::string prefix_;
  const bool require_all_;
  const bool bigrams_;
  const unsigned wildcard_limit_;
  const bool loose_;
};

std::string describe_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return words.size() > 1 ? "\"" + out + "\"" : out;
}

void collect_acronyms(const QueryNode& n, std::vector<const QueryNode*>& out) {
  if (n.kind == Kind::kAcronym) out.push_back(&n);
  for (const auto& c : n.children) collect_acronyms(c, out);
}

// How many index terms a wildcard's prefix matches, counting no further than limit + 1.
unsigned count_expansions(const Xapian::Database& db, const std::string& prefix, unsigned limit) {
  unsigned n = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && n <= limit; ++it) ++n;
  return n;
}

}  // namespace

int query_error_column(const std::string& message) {
  constexpr std::string_view kStart = "query:";
  if (message.rfind(kStart, 0) != 0) return 0;
  int column = 0;
  for (size_t i = kStart.size(); i < message.size() && message[i] >= '0' && message[i] <= '9' && column < 1000000; ++i)
    column = column * 10 + (message[i] - '0');
  return column;
}

Result<BuiltQuery> build_query(const std::string& text, const QueryOptions& options, const Xapian::Database& db,
                               const analysis::Analyzer& analyzer, const index_format::AcronymGroups* acronyms) {
  const ParseOptions parse = parse_options(options, acronyms);
  auto parsed = parse_query(text, analyzer, parse);
  if (!parsed.is_ok()) return parsed.status();
  if (parsed->empty) {
    std::string message = "query:1: error: nothing to search for: the query has no words";
    for (const auto& notice : parsed->notices) message += "\n" + notice;
    return Status::query_error(message);
  }

  // One wildcard expands to at most options.wildcard_limit terms, and all of a query's wildcards
  // together to about kWildcardTermBudget: 3,333 "c*" expanded 256 ways each made a query of
  // 850,000 terms that Xapian matched for minutes.
  unsigned wildcard_limit = options.wildcard_limit;
  if (!parsed->wildcards.empty()) {
    const auto share = static_cast<unsigned>(kWildcardTermBudget / parsed->wildcards.size());
    wildcard_limit = std::clamp(share, 1u, std::max(1u, options.wildcard_limit));
  }

  BuiltQuery built;
  // A compound the index learnt is one term in every form typed; marked before the tree is
  // described, so that --explain shows it.
  mark_compounds(parsed->root, analyzer);
  built.analysed = parsed->spelled;
  built.tree = describe(parsed->root);
  built.notices = parsed->notices;
  built.aims_at_notes = parsed->aims_at_notes;
  static const index_format::AcronymGroups kNoAcronyms;
  const index_format::AcronymGroups& table = parse.acronyms ? *parse.acronyms : kNoAcronyms;

  std::vector<const QueryNode*> uses;
  collect_acronyms(parsed->root, uses);
  std::vector<Xapian::Query> expansion_only;
  for (const QueryNode* use : uses) {
    std::string alternatives;
    for (const auto& member : table.members(use->group)) {
      if (member.words == use->words) continue;
      alternatives += (alternatives.empty() ? "" : " | ") + describe_words(member.words);
    }
    built.expansions.push_back(describe_words(use->words) + " -> " + alternatives);
    auto& words = built.group_words[table.term(use->group)];
    for (const auto& member : table.members(use->group)) {
      if (member.words.size() == 1) {
        words.push_back(index_format::stem_term(analyzer, "", member.words[0]));
        continue;
      }
      for (const auto& w : member.words)
        if (!analyzer.is_stopword(w)) words.push_back(w);
    }
    expansion_only.emplace_back(Xapian::Query::OP_AND_NOT, Xapian::Query(table.term(use->group)),
                                words_query(use->words, analyzer, "", true));
  }
  if (!expansion_only.empty()) {
    built.expansion_only = Xapian::Query(Xapian::Query::OP_OR, expansion_only.begin(), expansion_only.end());
  }

  const Compiler text_compiler(analyzer, table, "", options.require_all, options.synonyms, wildcard_limit);
  const Compiler section_compiler(analyzer, table, std::string(schema::kPrefixSection), false, false, wildcard_limit,
                                  /*loose=*/true);
  const Xapian::Query main = text_compiler(parsed->root);
  const Xapian::Query section = section_compiler(parsed->root);
  built.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, main,
                              Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, section, kSectionWeight));
  if (parse.acronyms) add_partial_expansions(text, options, *parse.acronyms, analyzer, db, built);

  for (const auto& wildcard : parsed->wildcards) {
    if (count_expansions(db, wildcard.prefix, wildcard_limit) > wildcard_limit) {
      built.notices.push_back("query:" + std::to_string(wildcard.column) + ": note: wildcard '" + wildcard.prefix +
                              "*' matches more than " + std::to_string(wildcard_limit) + " terms; searched the " +
                              std::to_string(wildcard_limit) + " most frequent");
    }
  }
  // One term-frequency lookup per query word (never per hit): the words that match nothing.
  for (const auto& word : parsed->words) {
    if (std::find(built.unmatched.begin(), built.unmatched.end(), word.shown) != built.unmatched.end()) continue;
    bool found = !word.wildcard.empty() && db.allterms_begin(word.wildcard) != db.allterms_end(word.wildcard);
    for (const auto& term : word.terms) found = found || db.term_exists(term);
    if (!found) built.unmatched.push_back(word.shown);
  }
  // The suggester reads a host name's labels as words ("gov.pl" -> "good.pl"): with a URL or host
  // in the query, it is asked only when some other word matches nothing.
  const bool other_unmatched = std::any_of(built.unmatched.begin(), built.unmatched.end(), [&](const std::string& w) {
    return std::none_of(parsed->words.begin(), parsed->words.end(),
                        [&](const QueryWord& q) { return q.shown == w && q.url; });
  });
  // A suggestion corrects only words the search matches nowhere: with every word matched there is
  // none, and the suggester's own lookups (one a word, each a round trip to a remote shard) are
  // not made.
  if (!built.unmatched.empty() && (!parsed->names_url_or_host || other_unmatched)) {
    built.suggestion = suggest_spelling(text, db, analyzer, options.spelling_data);
  }
  return built;
}

}  // namespace searcher
