#define BOOST_TEST_MODULE query_text_rewriter
#include <boost/test/unit_test.hpp>

#include "searcher/query_text_rewriter.h"

namespace {
analysis::Analyzer make_analyzer() {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the"};
  lists.variants = {{"defence", "defense"}};
  return analysis::Analyzer(lists);
}
const std::vector<std::string> kBool = {"source", "kind", "note"};
const std::vector<std::string> kText = {"section"};

// QueryParser ignores runs of spaces; compare without them.
std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ' || out.back() == '(' )) continue;
    if (c == ')' && !out.empty() && out.back() == ' ') out.pop_back();
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

index_format::AcronymGroups make_table(const analysis::Analyzer& analyzer) {
  return index_format::AcronymGroups::build({{"MoD", "Ministry of Defence", "d", "f.txt", 3},
                                             {"CBMs", "confidence building measures", "d", "f.txt", 9}},
                                            analyzer);
}
}  // namespace

BOOST_AUTO_TEST_CASE(rewrites_words_and_keeps_syntax) {
  struct Row { std::string query, expected; bool canonical = true; };
  const std::vector<Row> rows = {
      {"Ministry of Defense", "ministry of defense"},
      {"\"Ministry of Defence\"", "\"ministry of defense\""},
      {"\"Ministry of Defence\"", "\"ministry of defence\"", false},
      {"cyber-security AND Japan’s", "cyber-security AND japan"},
      {"“rule of law”", "\"rule of law\""},
      {"(cyber OR digital) NOT -space", "(cyber OR digital) NOT -space"},
      {"+JSDF NEAR/3 units", "+jsdf NEAR/3 units"},
      {"Cyber*", "cyber*"},
      {"source:iiss-japan-2021 note:12 kind:note", "source:iiss-japan-2021 note:12 kind:note"},
      {"section:Strategy", "section:strategy"},
      {"section:\"cyber security\"", "section:\"cyber security\""},
      {"Jūyō U.S. 5,000", "juyo us 5000"},
      {"\"Japan (MoD)\"", "\"japan mod \""},
      {"--- cyber", "- cyber"},
      {"NEAR/ cyber", "near cyber"},  // no distance: a word
      // 200,000 digits: std::regex recursed per character here and crashed the searcher.
      {"a NEAR/" + std::string(200000, '9') + " b", "a NEAR/" + std::string(200000, '9') + " b"},
  };
  auto analyzer = make_analyzer();
  for (const auto& row : rows) {
    auto r = searcher::rewrite_query_text(row.query, analyzer, row.canonical, kBool, kText);
    BOOST_REQUIRE_MESSAGE(r.is_ok(), row.query + ": " + r.status().message());
    BOOST_TEST(squeeze(r->text) == row.expected, row.query);
  }
}

BOOST_AUTO_TEST_CASE(marks_acronym_groups_for_expansion) {
  struct Row { std::string query, expected; std::vector<std::string> words; };
  const std::vector<Row> rows = {
      {"MoD budget", "syn:0 budget", {"mod"}},
      {"the Ministry of Defense budget", "the syn:0 budget", {"ministry", "of", "defense"}},
      {"\"Ministry of Defence\" budget", "syn:0 budget", {"ministry", "of", "defense"}},
      {"CBM", "syn:0", {"cbm"}},                             // singular finds the plural's group
      {"\"Ministry of Defense cyber\"", "\"ministry of defense cyber\"", {}},  // part of a phrase: kept
      {"+MoD", "+mod", {}},                                   // required as typed: kept
      {"MoD*", "mod*", {}},
      {"ministry OR defense", "ministry OR defense", {}},
  };
  auto analyzer = make_analyzer();
  auto table = make_table(analyzer);
  for (const auto& row : rows) {
    auto r = searcher::rewrite_query_text(row.query, analyzer, true, kBool, kText, &table);
    BOOST_REQUIRE_MESSAGE(r.is_ok(), row.query + ": " + r.status().message());
    BOOST_TEST(squeeze(r->text) == row.expected, row.query);
    if (row.words.empty()) {
      BOOST_TEST(r->expansions.empty(), row.query);
    } else {
      BOOST_REQUIRE(r->expansions.size() == 1u);
      BOOST_TEST(r->expansions[0].words == row.words, row.query);
    }
  }
  // A quoted phrase holding a stopword is marked for bigram matching when asked for; a field's
  // phrase, a phrase without stopwords and a phrase with a wildcard are not.
  struct PhraseRow { std::string query, expected; std::vector<std::string> words; };
  const std::vector<PhraseRow> phrases = {
      {"\"rise of cyber\" japan", "phr:0 japan", {"rise", "of", "cyber"}},
      {"\"cyber defence\"", "\"cyber defense\"", {}},
      {"section:\"rise of cyber\"", "section:\"rise of cyber\"", {}},
      {"\"rise of cyb*\"", "\"rise of cyb\"", {}},  // QueryParser takes no wildcard inside a phrase
  };
  for (const auto& row : phrases) {
    auto r = searcher::rewrite_query_text(row.query, analyzer, true, kBool, kText, nullptr, "syn", "phr");
    BOOST_REQUIRE_MESSAGE(r.is_ok(), row.query + ": " + r.status().message());
    BOOST_TEST(squeeze(r->text) == row.expected, row.query);
    BOOST_TEST(r->phrases.size() == (row.words.empty() ? 0u : 1u), row.query);
    if (!row.words.empty()) BOOST_TEST(r->phrases[0].words == row.words, boost::test_tools::per_element());
  }
  // Without a table (--no-synonyms) nothing is marked.
  auto plain = searcher::rewrite_query_text("MoD budget", analyzer, true, kBool, kText, nullptr);
  BOOST_TEST(squeeze(plain->text) == "mod budget");
}

BOOST_AUTO_TEST_CASE(records_wildcards_with_columns) {
  auto analyzer = make_analyzer();
  auto r = searcher::rewrite_query_text("japan Cyb*", analyzer, true, kBool, kText);
  BOOST_REQUIRE(r.is_ok());
  BOOST_REQUIRE(r->wildcards.size() == 1u);
  BOOST_TEST(r->wildcards[0].prefix == "cyb");
  BOOST_TEST(r->wildcards[0].column == 7);
  auto lone = searcher::rewrite_query_text("*", analyzer, true, kBool, kText);
  BOOST_REQUIRE(lone.is_ok());
  BOOST_TEST(lone->word_count == 0);
}

BOOST_AUTO_TEST_CASE(rejects_malformed_queries_with_column) {
  struct Row { std::string query, message_start; };
  const std::vector<Row> rows = {
      {"cyber \"rule of law", "query:7: error: unbalanced quote"},
      {"(cyber OR space", "query:1: error: unbalanced bracket"},
      {"cyber) space", "query:6: error: unbalanced bracket"},
      {"japan author:smith", "query:7: error: unknown field 'author:'"},
      {std::string("cyber\0space", 11), "query:6: error: NUL byte"},
      {"cyber\x01", "query:6: error: control character"},
      {"caf\xc3", "query:4: error: invalid UTF-8"},
      {"ü\xff", "query:2: error: invalid UTF-8"},
      {"note:", "query:1: error: field 'note:' has no value"},
      // Bounds: Xapian recursed per nesting level (50,000 overflowed the stack) and slowed
      // down faster than linearly with the number of terms.
      {std::string(257, '(') + "cyber" + std::string(257, ')'), "query:257: error: brackets nested deeper than 256"},
      {[] {
         std::string q;
         for (int i = 0; i < 2001; ++i) q += "w ";
         return q;
       }(),
       "query:4001: error: more than 2000 words in one query"},
  };
  auto analyzer = make_analyzer();
  for (const auto& row : rows) {
    auto r = searcher::rewrite_query_text(row.query, analyzer, true, kBool, kText);
    BOOST_REQUIRE_MESSAGE(!r.is_ok(), row.query);
    BOOST_CHECK(r.status().kind() == analysis::Status::Kind::kQueryError);
    BOOST_TEST(r.status().message().rfind(row.message_start, 0) == 0u, r.status().message());
  }
}
