// @brief build_query: rewritten query text through Xapian's QueryParser, plus section weighting,
// wildcard caps and the spelling suggestion.
#include "searcher/query_builder.h"

#include "analysis/schema.h"
#include "searcher/query_text_rewriter.h"

namespace searcher {
namespace {

namespace schema = analysis::schema;
using analysis::Result;
using analysis::Status;

// A word in the section path counts for every passage under it, but less than the same word in
// the passage's own text: the section query only adds weight (AND_MAYBE), scaled down.
constexpr double kSectionWeight = 0.3;

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

// How many index terms a wildcard's prefix matches, counting no further than limit + 1.
unsigned count_expansions(const Xapian::Database& db, const std::string& prefix, unsigned limit) {
  unsigned n = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && n <= limit; ++it) ++n;
  return n;
}

}  // namespace

Result<BuiltQuery> build_query(const std::string& text, const QueryOptions& options, const Xapian::Database& db,
                               const analysis::Analyzer& analyzer) {
  auto rewritten = rewrite_query_text(text, analyzer, options.synonyms, kBooleanFields, kTextFields);
  if (!rewritten.is_ok()) return rewritten.status();
  if (rewritten->word_count == 0) {
    return Status::query_error("query:1: error: nothing to search for: the query has no words");
  }

  BuiltQuery built;
  built.analysed = rewritten->text;
  try {
    Xapian::QueryParser parser = make_parser(options, db, analyzer, "");
    Xapian::Query main = parser.parse_query(built.analysed, kParseFlags);
    try {
      // Spelling data may be missing (remote shards do not serve it): no suggestion then.
      Xapian::QueryParser speller = make_parser(options, db, analyzer, "");
      speller.parse_query(built.analysed, kParseFlags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
      built.suggestion = speller.get_corrected_query_string();
    } catch (const Xapian::Error&) {
    }
    Xapian::QueryParser section_parser = make_parser(options, db, analyzer, std::string(schema::kPrefixSection));
    section_parser.set_default_op(Xapian::Query::OP_OR);
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
    if (count_expansions(db, wildcard.prefix, options.wildcard_limit) > options.wildcard_limit) {
      built.notices.push_back("query:" + std::to_string(wildcard.column) + ": note: wildcard '" + wildcard.prefix +
                              "*' matches more than " + std::to_string(options.wildcard_limit) +
                              " terms; searched the " + std::to_string(options.wildcard_limit) + " most frequent");
    }
  }
  return built;
}

}  // namespace searcher
