#define BOOST_TEST_MODULE query_parser
#include <boost/test/unit_test.hpp>

#include "searcher/query_parser.h"

namespace {

analysis::Analyzer make_analyzer() {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the", "and"};
  lists.variants = {{"defence", "defense"}};
  return analysis::Analyzer(lists);
}

searcher::ParseOptions make_options(bool strict = false, const index_format::AcronymGroups* acronyms = nullptr) {
  searcher::ParseOptions options;
  options.strict = strict;
  options.acronyms = acronyms;
  options.boolean_fields = {{"source", "XSRC:"}, {"kind", "XKIND:"}, {"note", "XNOTE:"}};
  options.text_fields = {{"section", "S"}};
  return options;
}

std::string notices_of(const searcher::ParsedQuery& parsed) {
  std::string out;
  for (const auto& n : parsed.notices) out += (out.empty() ? "" : " | ") + n;
  return out;
}

}  // namespace

// Well-formed queries: the tree they parse to.
BOOST_AUTO_TEST_CASE(parses_the_syntax) {
  struct Row { std::string query, tree; };
  const std::vector<Row> rows = {
      {"cyber", "cyber"},
      {"Ministry of Defence", "DEFAULT(ministry, defense)"},  // stopword dropped, variant canonical
      {"the", "the"},                                        // only stopwords: kept
      {"\"Ministry of Defence\"", "PHRASE(ministry of defense)"},
      {"“rule of law”", "PHRASE(rule of law)"},
      {"\"cyber\"", "PHRASE(cyber)"},
      {"cyber-security Japan’s", "DEFAULT(PHRASE(cyber security), japan)"},
      {"cyber AND japan", "AND(cyber, japan)"},
      {"a AND b AND c", "AND(a, b, c)"},
      {"cyber OR digital japan", "OR(cyber, DEFAULT(digital, japan))"},
      {"A OR B AND C", "OR(a, AND(b, c))"},
      {"A OR B XOR C", "OR(a, XOR(b, c))"},
      {"beer NOT lager", "AND_NOT(beer, lager)"},
      {"beer AND NOT lager", "AND_NOT(beer, lager)"},
      {"NOT lager", "AND_NOT(ALL, lager)"},
      {"NOT lager AND beer", "AND(AND_NOT(ALL, lager), beer)"},
      {"beer OR NOT lager", "OR(beer, AND_NOT(ALL, lager))"},
      {"-lager", "AND_NOT(ALL, lager)"},
      {"(cyber OR digital) space", "DEFAULT(OR(cyber, digital), space)"},
      {"one +two three", "AND_MAYBE(two, DEFAULT(one, three))"},
      {"foo -baz bar", "AND_NOT(DEFAULT(foo, bar), baz)"},
      {"jsdf NEAR units", "NEAR/11(jsdf units)"},
      {"a NEAR/3 b NEAR c", "NEAR/12(a b c)"},
      {"a ADJ/2 b", "ADJ/3(a b)"},
      {"Cyber*", "WILDCARD(cyber*)"},
      {"source:iiss-japan-2021 note:12 kind:note", "WEIGHTLESS(AND(XKIND:note, XNOTE:12, XSRC:iiss-japan-2021))"},
      {"kind:note kind:glossary cyber", "FILTER_BY(cyber, OR(XKIND:note, XKIND:glossary))"},
      {"cyber -source:x", "AND_NOT(cyber, XSRC:x)"},
      {"section:Strategy", "Sstrategy"},
      {"section:\"cyber security\"", "PHRASE(Scyber security)"},
      {"section:(cyber OR space)", "OR(Scyber, Sspace)"},
      {"and", "and"},            // lower case: a word
      {"NEAR/ cyber", "DEFAULT(near, cyber)"},  // no distance: a word
      {"mod.go.jp", "URL(XUmod.go.jp)"},
      {"https://www.mod.go.jp/e/", "URL(XUmod.go.jp/e XUmod.go.jp)"},
      {"U.S. 1.4", "DEFAULT(us, PHRASE(1 4))"},  // not host names
  };
  auto analyzer = make_analyzer();
  const auto options = make_options();
  for (const auto& row : rows) {
    auto parsed = searcher::parse_query(row.query, analyzer, options);
    BOOST_REQUIRE_MESSAGE(parsed.is_ok(), row.query + ": " + parsed.status().message());
    BOOST_TEST(searcher::describe(parsed->root) == row.tree, row.query);
    BOOST_TEST(parsed->notices.empty(), row.query + ": " + notices_of(parsed.value()));
  }
}

// Pasted and half-typed queries: what they are read as, with a notice per repair, and the error
// --strict gives instead (column 1-based, in characters).
BOOST_AUTO_TEST_CASE(repairs_malformed_queries_or_refuses_them_strictly) {
  struct Row { std::string query, tree, notice, strict_error; };
  const std::vector<Row> rows = {
      {"Cybersecurity Strategy: Towards", "DEFAULT(cybersecurity, strategy, towards)",
       "query:15: note: unknown field 'Strategy:'", "query:15: error: unknown field 'Strategy:'"},
      {"Japan's position: law", "DEFAULT(japan, position, law)", "query:9: note: unknown field 'position:'",
       "query:9: error: unknown field 'position:'"},
      {"so-called \"active defence", "DEFAULT(PHRASE(so called), PHRASE(active defense))",
       "query:11: note: unbalanced quote", "query:11: error: unbalanced quote"},
      {"(cyber OR space", "OR(cyber, space)", "query:1: note: unbalanced bracket: '(' is never closed",
       "query:1: error: unbalanced bracket"},
      {"cyber) space", "DEFAULT(cyber, space)", "query:6: note: unbalanced bracket: ')' closes nothing",
       "query:6: error: unbalanced bracket"},
      {"cyber AND", "cyber", "query:7: note: 'AND' needs something to search on each side",
       "query:7: error: 'AND' needs"},
      {"--- cyber", "cyber", "query:1: note: '-' with no word after it", "query:1: error: '-' with no word"},
      {"OR cyber", "DEFAULT(or, cyber)", "query:1: note: 'OR' needs", "query:1: error: 'OR' needs"},
      {"cyber NOT", "DEFAULT(cyber, not)", "query:7: note: 'NOT' needs", "query:7: error: 'NOT' needs"},
      {"a AND OR b", "OR(a, b)", "query:3: note: 'AND' needs", "query:3: error: 'AND' needs"},
      {"(a b) NEAR c", "DEFAULT(DEFAULT(a, b), near, c)", "query:7: note: 'NEAR' needs a word on each side",
       "query:7: error: 'NEAR' needs"},
      {"cyber -", "cyber", "query:7: note: '-' with no word after it", "query:7: error: '-' with no word"},
      {"note: cyber", "DEFAULT(note, cyber)", "query:1: note: field 'note:' has no value",
       "query:1: error: field 'note:' has no value"},
      {std::string("cyber\0space", 11), "DEFAULT(cyber, space)", "query:6: note: NUL byte", "query:6: error: NUL byte"},
      {"cyber\x01", "cyber", "query:6: note: control character", "query:6: error: control character"},
      {"caf\xc3 x", "DEFAULT(caf, x)", "query:4: note: invalid UTF-8", "query:4: error: invalid UTF-8"},
  };
  auto analyzer = make_analyzer();
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.query) {
      auto parsed = searcher::parse_query(row.query, analyzer, make_options());
      BOOST_REQUIRE_MESSAGE(parsed.is_ok(), parsed.status().message());
      BOOST_TEST(searcher::describe(parsed->root) == row.tree);
      BOOST_REQUIRE(!parsed->notices.empty());
      BOOST_TEST(parsed->notices[0].rfind(row.notice, 0) == 0u, notices_of(parsed.value()));
      auto strict = searcher::parse_query(row.query, analyzer, make_options(true));
      BOOST_REQUIRE(!strict.is_ok());
      BOOST_CHECK(strict.status().kind() == analysis::Status::Kind::kQueryError);
      BOOST_TEST(strict.status().message().rfind(row.strict_error, 0) == 0u, strict.status().message());
    }
  }
}

// Bounds hold whatever the mode: Xapian recursed per nesting level (50,000 overflowed the stack)
// and slowed down faster than linearly with the number of terms.
BOOST_AUTO_TEST_CASE(bounds_are_errors_in_every_mode) {
  struct Row { std::string query, message_start; };
  std::string words;
  for (int i = 0; i < 2001; ++i) words += "w ";
  const std::vector<Row> rows = {
      {std::string(257, '(') + "cyber" + std::string(257, ')'), "query:257: error: brackets nested deeper than 256"},
      {"section:" + std::string(257, '(') + "x", "query:265: error: brackets nested deeper"},
      {words, "query:4001: error: more than 2000 words in one query"},
  };
  auto analyzer = make_analyzer();
  for (const auto& row : rows) {
    for (bool strict : {false, true}) {
      auto parsed = searcher::parse_query(row.query, analyzer, make_options(strict));
      BOOST_REQUIRE_MESSAGE(!parsed.is_ok(), row.query.substr(0, 40));
      BOOST_TEST(parsed.status().message().rfind(row.message_start, 0) == 0u, parsed.status().message());
    }
  }
  // 256 levels are fine, and so is a 200,000-digit NEAR distance (std::regex crashed on it).
  auto deep = searcher::parse_query(std::string(256, '(') + "cyber", analyzer, make_options());
  BOOST_TEST(deep.is_ok());
  auto near = searcher::parse_query("a NEAR/" + std::string(200000, '9') + " b", analyzer, make_options());
  BOOST_REQUIRE(near.is_ok());
  BOOST_TEST(near->word_count == 3);
}

BOOST_AUTO_TEST_CASE(nothing_to_search_is_empty) {
  auto analyzer = make_analyzer();
  for (const char* q : {"", "*", "  ---  ", "()", "\"\"", "- + -", "(*) OR ()"}) {
    auto parsed = searcher::parse_query(q, analyzer, make_options());
    BOOST_REQUIRE_MESSAGE(parsed.is_ok(), q);
    BOOST_TEST(parsed->empty, q);
  }
}

BOOST_AUTO_TEST_CASE(marks_acronym_groups) {
  auto analyzer = make_analyzer();
  auto table = index_format::AcronymGroups::build({{"MoD", "Ministry of Defence", "d", "f.txt", 3},
                                                   {"CBMs", "confidence building measures", "d", "f.txt", 9}},
                                                  analyzer);
  struct Row { std::string query, tree; };
  const std::vector<Row> rows = {
      {"MoD budget", "DEFAULT(ACRONYM(mod), budget)"},
      {"the Ministry of Defense budget", "DEFAULT(ACRONYM(ministry of defense), budget)"},
      {"\"Ministry of Defence\" budget", "DEFAULT(ACRONYM(ministry of defense), budget)"},
      {"CBM", "ACRONYM(cbm)"},  // singular finds the plural's group
      {"\"Ministry of Defense cyber\"", "PHRASE(ministry of defense cyber)"},  // part of a phrase
      {"+MoD", "mod"},                                                         // required as typed
      {"MoD*", "WILDCARD(mod*)"},
      {"ministry OR defense", "OR(ministry, defense)"},
  };
  const auto options = make_options(false, &table);
  for (const auto& row : rows) {
    auto parsed = searcher::parse_query(row.query, analyzer, options);
    BOOST_REQUIRE_MESSAGE(parsed.is_ok(), row.query + ": " + parsed.status().message());
    BOOST_TEST(searcher::describe(parsed->root) == row.tree, row.query);
  }
  auto plain = searcher::parse_query("MoD budget", analyzer, make_options());
  BOOST_TEST(searcher::describe(plain->root) == "DEFAULT(mod, budget)");
}

BOOST_AUTO_TEST_CASE(records_wildcards_words_and_notes_aim) {
  auto analyzer = make_analyzer();
  auto parsed = searcher::parse_query("japan Cyb* source:x the", analyzer, make_options());
  BOOST_REQUIRE(parsed.is_ok());
  BOOST_REQUIRE(parsed->wildcards.size() == 1u);
  BOOST_TEST(parsed->wildcards[0].prefix == "cyb");
  BOOST_TEST(parsed->wildcards[0].column == 7);
  std::vector<std::string> shown;
  for (const auto& w : parsed->words) shown.push_back(w.shown);
  BOOST_TEST(shown == (std::vector<std::string>{"source:x", "japan", "cyb*"}), boost::test_tools::per_element());
  BOOST_TEST(parsed->spelled == "japan cyb* source:x the");
  BOOST_TEST(!parsed->aims_at_notes);
  for (const char* q : {"kind:note cyber", "mod.go.jp", "see https://www.nisc.go.jp/eng/"}) {
    BOOST_TEST(searcher::parse_query(q, analyzer, make_options())->aims_at_notes, q);
  }
  BOOST_TEST(!searcher::parse_query("-kind:note cyber", analyzer, make_options())->aims_at_notes);
}

BOOST_AUTO_TEST_CASE(tells_host_names_from_words) {
  struct Row { std::string run; bool url; };
  const std::vector<Row> rows = {
      {"mod.go.jp", true}, {"nisc.go.jp/eng/", true}, {"https://x", true}, {"HTTP://X.ORG", true},
      {"www.mod.go.jp", true}, {"U.S.", false}, {"e.g.", false}, {"1.4", false}, {"a..jp", false},
      {".jp", false}, {"x.j", false}, {"cyber", false}, {"mod.go.jp.", false},
  };
  for (const auto& row : rows) BOOST_TEST(searcher::looks_like_url(row.run) == row.url, row.run);
}
