// @brief Tests for SnippetGenerator: window choice, cuts, highlights, on table rows and the corpus.
#define BOOST_TEST_MODULE snippet_generator
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "analysis/test_texts.h"
#include "searcher/highlight.h"
#include "searcher/snippet_generator.h"

using searcher::QueryTermWeights;
using searcher::Snippet;
using searcher::SnippetGenerator;

namespace {

const analysis::Analyzer& analyzer() {
  static const analysis::Analyzer a(analysis::WordLists{{"the", "of", "by"}, {{"defence", "defense"}}});
  return a;
}

std::vector<std::string> highlighted(const Snippet& s) {
  std::vector<std::string> out;
  for (const auto& span : s.highlights) out.push_back(s.text.substr(span.byte_begin, span.byte_end - span.byte_begin));
  return out;
}

// The rule every snippet keeps, whatever the text: spans in order, apart, inside the text, and
// their character offsets those of their bytes.
void check_spans(const Snippet& s) {
  size_t after = 0;
  for (const auto& span : s.highlights) {
    BOOST_TEST(span.byte_begin >= after);
    BOOST_TEST(span.byte_begin < span.byte_end);
    BOOST_TEST(span.byte_end <= s.text.size());
    BOOST_TEST((span == searcher::make_span(s.text, span.byte_begin, span.byte_end)));
    after = span.byte_end;
  }
}

// True when `text` has a word matching `term`.
bool contains(const std::string& term, std::string_view text) {
  const SnippetGenerator one(analyzer(), {{term, 1.0}});
  for (const auto& w : one.match_words(text)) {
    if (!w.terms.empty()) return true;
  }
  return false;
}

const std::string kChair =
    "The cyber policy of the government covers the cyber defence of the country and the cyber "
    "security of the people. Chaired by the Chief Cabinet Secretary, the CSSH meets twice a year.";

}  // namespace

BOOST_AUTO_TEST_CASE(rows) {
  struct Row {
    std::string name;
    std::string text;
    QueryTermWeights weights;
    size_t budget;
    std::string expected_text;
    std::vector<std::string> expected_highlights;
  };
  const std::vector<Row> rows = {
      {"whole text when it fits, every occurrence highlighted", "Cyber units and more cyber.",
       {{"cyber", 1.0}}, 300, "Cyber units and more cyber.", {"Cyber", "cyber"}},
      {"stemmed term", "The unit of cyber units.", {{"Zunit", 1.0}}, 300, "The unit of cyber units.", {"unit", "units"}},
      {"canonical spelling", "Its defence policy.", {{"defense", 1.0}}, 300, "Its defence policy.", {"defence"}},
      {"possessive and dotted acronym as indexed", "Japan's U.S. ties", {{"japan", 1.0}, {"us", 1.0}}, 300,
       "Japan's U.S. ties", {"Japan", "U.S"}},
      {"a rare term beats several common ones", kChair,
       {{"the", 0.1}, {"cyber", 1.0}, {"Zcyber", 1.0}, {"Zchair", 2.0}, {"cssh", 5.0}}, 100,
       "…the cyber security of the people. Chaired by the Chief Cabinet Secretary, the CSSH meets twice…",
       {"the", "cyber", "the", "Chaired", "the", "the", "CSSH"}},
      {"the heaviest term is held even when lighter ones sum higher", kChair,
       {{"cyber", 1.0}, {"country", 1.0}, {"people", 1.0}, {"year", 1.5}}, 60,
       "…the Chief Cabinet Secretary, the CSSH meets twice a year.", {"year"}},
      {"starts at the sentence of the first match, cut after", "One two three. Four has cyber units in it and then goes on for a while.",
       {{"cyber", 1.0}}, 40, "…Four has cyber units in it and…", {"cyber"}},
      {"no sentence start in reach: a little context before, cut both ends",
       "alpha beta gamma delta epsilon zeta eta theta cyber iota kappa lambda mu nu xi omicron pi rho sigma",
       {{"cyber", 1.0}}, 40, "…theta cyber iota kappa lambda mu…", {"cyber"}},
      {"a sentence start after a note marker", "Old news here today.[5] It also stressed cyber attacks by states and others",
       {{"cyber", 1.0}}, 50, "…It also stressed cyber attacks by states and…", {"cyber"}},
      {"note markers and URLs match nothing", "See [12] and http://www.mod.go.jp/x for the MoD.",
       {{"12", 1.0}, {"mod", 1.0}, {"www", 1.0}}, 300, "See [12] and http://www.mod.go.jp/x for the MoD.", {"MoD"}},
      {"zero-weight terms are highlighted but do not place the window",
       "of the of the of the of the of the of the. Japan: the MoD, Ministry of Defense of Japan",
       {{"of", 0.0}, {"Zmod", 2.0}}, 40, "…Japan: the MoD, Ministry of…", {"MoD", "of"}},
      {"only zero-weight matches: the first of them", "Alpha beta. The Ministry of Defense said more and more things",
       {{"ministry", 0.0}, {"defense", 0.0}}, 30, "…The Ministry of Defense…", {"Ministry", "Defense"}},
      {"equal sums: the shortest core", "cyber alpha beta gamma delta epsilon units. Then cyber units here and more words",
       {{"cyber", 1.0}, {"Zunit", 1.0}}, 40, "…Then cyber units here and more words", {"cyber", "units"}},
      {"white space collapsed to one space", "a\n\tb  cyber\r\nc", {{"cyber", 1.0}}, 300, "a b cyber c", {"cyber"}},
      {"no match: the opening words", "alpha beta gamma delta epsilon zeta eta theta iota", {{"cyber", 1.0}}, 30,
       "alpha beta gamma delta…", {}},
      {"other prefixes never match text", "source kind note", {{"XKIND:note", 1.0}, {"Skind", 1.0}}, 300,
       "source kind note", {}},
      {"non-ASCII word: its whole segment", "Jūyō infura ha", {{"juyo", 1.0}}, 300, "Jūyō infura ha", {"Jūyō"}},
      {"curly apostrophe as straight", "Japan’s cyber", {{"japan", 1.0}}, 300, "Japan’s cyber", {"Japan’s"}},
      {"closing punctuation and note marker kept at the cut", "Word one. The cyber unit, said so.[3] More words follow",
       {{"cyber", 1.0}}, 34, "…The cyber unit, said so.[3]…", {"cyber"}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      const SnippetGenerator generator(analyzer(), row.weights, row.budget);
      const Snippet s = generator.generate(row.text);
      BOOST_TEST(s.text == row.expected_text);
      BOOST_TEST(highlighted(s) == row.expected_highlights, boost::test_tools::per_element());
      BOOST_TEST(s.text.size() <= std::max(row.budget, row.text.size()));
      check_spans(s);
    }
  }
}

BOOST_AUTO_TEST_CASE(spans_name_bytes_and_characters) {
  const SnippetGenerator generator(analyzer(), {{"cyber", 1.0}, {"juyo", 2.0}}, 20);
  const Snippet s = generator.generate("Ōkubo Jūyō cyber infura ha");
  BOOST_TEST(s.text == "…Jūyō cyber…");
  BOOST_REQUIRE(s.highlights.size() == 2u);
  BOOST_TEST((s.highlights[0] == searcher::HighlightSpan{3, 9, 1, 5}));     // Jūyō: 6 bytes, 4 characters
  BOOST_TEST((s.highlights[1] == searcher::HighlightSpan{10, 15, 6, 11}));  // cyber
}

BOOST_AUTO_TEST_CASE(every_corpus_passage_keeps_the_rules) {
  // Each passage, for a query of a rare word (heaviest), a common one and a stemmed one.
  const QueryTermWeights weights = {{"the", 0.2}, {"Zcyber", 1.0}, {"japan", 1.5}, {"ministry", 3.0}, {"nisc", 4.0}};
  const SnippetGenerator generator(analyzer(), weights, 300);
  size_t passages = 0, cut = 0;
  for (const auto& [name, text] : analysis::testing::all_texts()) {
    if (name.find("(paragraph)") == std::string::npos) continue;
    BOOST_TEST_CONTEXT(name) {
      const Snippet s = generator.generate(text);
      check_spans(s);
      BOOST_TEST(s.text.size() <= 300u);
      // The heaviest term the passage matches is in the window.
      std::string heaviest;
      for (const auto& [term, weight] : weights) {
        if (contains(term, text) && (heaviest.empty() || weight > weights.at(heaviest))) heaviest = term;
      }
      if (!heaviest.empty()) BOOST_TEST(contains(heaviest, s.text), heaviest);
      ++passages;
      if (s.text.find("…") != std::string::npos) ++cut;
    }
  }
  BOOST_TEST(passages > 100u);
  BOOST_TEST(cut > 10u);
}

// The generator stems a word only when a stemmed query term starts with its first letter: that
// rests on Snowball English keeping a word's first letter, checked here over every word of the
// corpus and the fixture documents.
BOOST_AUTO_TEST_CASE(stems_keep_their_words_first_letter) {
  const analysis::Analyzer analyzer(analysis::read_word_lists("stopwords").value());
  size_t checked = 0;
  for (const char* dir : {"corpus", "tests/fixtures/documents"}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path());
      for (std::string line; std::getline(in, line);) {
        for (const auto& word : analyzer.words(line)) {
          const std::string stem = analyzer.stem(word.text);
          BOOST_TEST_REQUIRE(!stem.empty());
          if (stem[0] != word.text[0]) BOOST_TEST(stem[0] == word.text[0], word.text << " -> " << stem);
          ++checked;
        }
      }
    }
  }
  BOOST_TEST(checked > 10000u);
}

namespace {

// Counts of what a comparison of the fast path with the general path saw.
struct PathComparison {
  size_t words = 0;
  size_t matched = 0;
};

// Checks that, for `weights`, the generator with its shortcuts (the ASCII path, the first-letter
// filter) finds the same words, offsets and terms as the general path (which normalises and looks
// up every word) on every line of the corpus and the fixture documents.
PathComparison compare_with_general_path(const QueryTermWeights& weights) {
  SnippetGenerator fast(analyzer(), weights);
  SnippetGenerator general(analyzer(), weights);
  general.set_ascii_fast_path(false);
  PathComparison seen;
  for (const char* dir : {"corpus", "tests/fixtures/documents"}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path());
      for (std::string line; std::getline(in, line);) {
        const auto a = fast.match_words(line), b = general.match_words(line);
        BOOST_TEST_REQUIRE(a.size() == b.size(), line);
        for (size_t i = 0; i < a.size(); ++i) {
          BOOST_TEST_REQUIRE((a[i].begin == b[i].begin && a[i].end == b[i].end &&
                             std::ranges::equal(a[i].terms, b[i].terms)), line);
          seen.matched += a[i].terms.empty() ? 0 : 1;
        }
        seen.words += a.size();
      }
    }
  }
  return seen;
}

}  // namespace

// The shortcut for plain ASCII words, for a query holding a stemmed term of every letter and a
// few unstemmed words.
BOOST_AUTO_TEST_CASE(ascii_fast_path_matches_the_general_path) {
  searcher::QueryTermWeights weights{{"cyber", 2.0}, {"japan", 1.0}, {"defense", 1.5}, {"mod", 3.0}};
  for (char c = 'a'; c <= 'z'; ++c) weights.emplace(std::string("Z") + c + "o", 1.0);
  for (const char* stem : {"Zunit", "Zpolici", "Zstrategi", "Zministri", "Zcyber", "Zjapan", "Zsecur", "Z2019"})
    weights.emplace(stem, 1.0);
  const PathComparison seen = compare_with_general_path(weights);
  BOOST_TEST(seen.words > 10000u);
  BOOST_TEST(seen.matched > 500u);
}

// Words are looked up only when their first letter can lead to a query term: for queries of a
// few terms, where most first letters lead to none, nothing is missed.
BOOST_AUTO_TEST_CASE(first_letter_filter_keeps_every_match) {
  const std::vector<QueryTermWeights> queries{
      {{"cyber", 2.0}, {"Zunit", 1.0}},
      {{"Zdefens", 1.0}, {"mod", 3.0}, {"2019", 0.5}},
      {{"Znation", 1.0}, {"Zsecur", 1.0}, {"Zstrategi", 0.0}},
      {{"Zfish", 1.0}, {"Zwildfir", 1.0}, {"Zhospit", 1.0}},
  };
  size_t matched = 0;
  for (const auto& weights : queries) matched += compare_with_general_path(weights).matched;
  BOOST_TEST(matched > 300u);
}

// A spelling variant whose canonical form starts with another letter ("gaol" -> "jail") still
// matches the canonical form's terms, unstemmed and stemmed.
BOOST_AUTO_TEST_CASE(variant_with_another_first_letter_matches) {
  const analysis::Analyzer with_variant(analysis::WordLists{{"the"}, {{"gaol", "jail"}}});
  for (const char* term : {"jail", "Zjail"}) {
    const SnippetGenerator generator(with_variant, {{term, 1.0}});
    const auto words = generator.match_words("The old gaol stood empty.");
    BOOST_TEST_REQUIRE(words.size() == 5u);
    BOOST_TEST(words[2].terms.size() == 1u, term);
    BOOST_TEST(words[0].terms.empty());
  }
}
