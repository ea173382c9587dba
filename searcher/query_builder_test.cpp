#define BOOST_TEST_MODULE query_builder
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>

#include "index_format/document_mapping.h"
#include "index_format/record_codec.h"
#include "index_format/schema.h"
#include "searcher/query_builder.h"

namespace {

analysis::Analyzer make_analyzer() {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the", "to"};
  lists.variants = {{"defence", "defense"}};
  lists.bigram_words = {"of", "the"};  // "to" is a stopword but not a bigram word
  return analysis::Analyzer(lists);
}

struct Fixture {
  analysis::Analyzer analyzer = make_analyzer();
  index_format::AcronymGroups groups;
  // A real glass database: the in-memory backend keeps no spelling data.
  std::string path = make_temp_dir();
  Xapian::WritableDatabase db{path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS};

  static std::string make_temp_dir() {
    char name[] = "/tmp/query_builder_testXXXXXX";
    return mkdtemp(name);
  }
  ~Fixture() {
    db.close();
    std::filesystem::remove_all(path);
  }
  Fixture() {
    add("a", {"Strategy and doctrine"}, "The Ministry of Defense set up cyber units.");
    add("b", {"Offensive cyber capability"}, "Japan's cyber defence grew in 2019.");
    add("c", {"Strategy and doctrine"}, "A watershed strategy was published.");
    add("d", {"Governance"}, "A watershed strategy was published.");
    for (int i = 0; i < 20; ++i) add("w" + std::to_string(i), {}, "apple" + std::to_string(i));
  }
  // Indexed through the index format's one mapping, with the fixture's acronym groups.
  void add(const std::string& id, const std::vector<std::string>& section, const std::string& text) {
    index_format::PassageRecord record;
    record.id = id;
    record.kind = "passage";
    record.doc = "d";
    record.section = section;
    record.text = text;
    for (const auto& w : index_format::spelling_words(record, analyzer)) db.add_spelling(w);
    db.add_document(index_format::to_xapian_document(record, analyzer, groups));
    db.commit();
  }
  static std::string id_of(const Xapian::Document& doc) { return index_format::decode_record(doc.get_data())->id; }
  std::vector<std::string> ids(const std::string& query, searcher::QueryOptions options = {}) {
    auto built = searcher::build_query(query, options, db, analyzer);
    BOOST_REQUIRE_MESSAGE(built.is_ok(), query + ": " + built.status().message());
    Xapian::Enquire enquire(db);
    enquire.set_query(built->query);
    std::vector<std::string> out;
    for (auto it = enquire.get_mset(0, 50).begin(); it != enquire.get_mset(0, 50).end(); ++it)
      out.push_back(id_of(it.get_document()));
    return out;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(query_builder, Fixture)

BOOST_AUTO_TEST_CASE(stemmed_words_match) { BOOST_TEST((ids("unit") == std::vector<std::string>{"a"})); }

BOOST_AUTO_TEST_CASE(phrase_with_stopword_matches_in_order_only) {
  BOOST_TEST((ids("\"Ministry of Defense\"") == std::vector<std::string>{"a"}));
  BOOST_TEST(ids("\"Defense of Ministry\"").empty());
}

BOOST_AUTO_TEST_CASE(spelling_variants_are_one_word) {
  BOOST_TEST((ids("defence") == ids("defense")));
  BOOST_TEST(ids("defence").size() == 2u);
  searcher::QueryOptions literal;
  literal.synonyms = false;
  BOOST_TEST((ids("defence", literal) == std::vector<std::string>{"b"}));
}

BOOST_AUTO_TEST_CASE(section_words_weigh_less_than_text) {
  // c and d say the same; c is also under a "Strategy" section, so it ranks first. Section words
  // only add weight: a, under the same section, does not match on its section alone.
  BOOST_TEST((ids("strategy") == std::vector<std::string>{"c", "d"}));
}

// In the section path a phrase's words add weight wherever they stand, not only as the phrase:
// s1's section holds both words apart and ranks above s2, indexed first, which says the same.
BOOST_AUTO_TEST_CASE(a_phrases_words_weigh_anywhere_in_the_section_path) {
  add("s2", {"Governance"}, "A watershed doctrine was adopted.");
  add("s1", {"Doctrine of the watershed"}, "A watershed doctrine was adopted.");
  BOOST_TEST((ids("\"watershed doctrine\"") == std::vector<std::string>{"s1", "s2"}));
  BOOST_TEST((ids("watershed NEAR doctrine") == std::vector<std::string>{"s1", "s2"}));
}

BOOST_AUTO_TEST_CASE(all_requires_every_word) {
  searcher::QueryOptions all;
  all.require_all = true;
  BOOST_TEST((ids("cyber japan", all) == std::vector<std::string>{"b"}));
  BOOST_TEST(ids("cyber japan").size() == 2u);
}

BOOST_AUTO_TEST_CASE(wildcard_is_capped_with_a_notice) {
  searcher::QueryOptions capped;
  capped.wildcard_limit = 5;
  auto built = searcher::build_query("apple*", capped, db, analyzer);
  BOOST_REQUIRE(built.is_ok());
  BOOST_REQUIRE(built->notices.size() == 1u);
  BOOST_TEST(built->notices[0].find("more than 5 terms") != std::string::npos);
  BOOST_TEST(ids("apple*", capped).size() == 5u);
  BOOST_TEST(ids("apple*").size() == 20u);
}

BOOST_AUTO_TEST_CASE(many_wildcards_share_one_budget) {
  // 2,000 wildcards may not expand 256 ways each (a query Xapian matched for minutes): together
  // they stay within 1,024 terms, each at least one.
  std::string query;
  for (int i = 0; i < 2000; ++i) query += "apple* ";
  auto built = searcher::build_query(query, {}, db, analyzer);
  BOOST_REQUIRE(built.is_ok());
  BOOST_TEST(built->notices.size() == 2000u);
  BOOST_TEST(built->notices[0].find("more than 1 terms") != std::string::npos, built->notices[0]);
  auto few = searcher::build_query("apple* watershed*", {}, db, analyzer);
  BOOST_REQUIRE(few.is_ok());
  BOOST_TEST(few->notices.empty());  // two wildcards: 512 terms each, more than they match
}

BOOST_AUTO_TEST_CASE(suggests_spelling) {
  auto built = searcher::build_query("ministri defnse", {}, db, analyzer);
  BOOST_REQUIRE(built.is_ok());
  BOOST_TEST(built->suggestion.find("defense") != std::string::npos, built->suggestion);
  auto fine = searcher::build_query("ministry", {}, db, analyzer);
  BOOST_TEST(fine->suggestion.empty());
}

BOOST_AUTO_TEST_CASE(empty_queries_are_errors) {
  for (const char* q : {"", "*", "  ---  "}) {
    auto built = searcher::build_query(q, {}, db, analyzer);
    BOOST_TEST(!built.is_ok(), q);
  }
}

BOOST_AUTO_TEST_CASE(acronyms_find_their_expansions_and_back) {
  groups = index_format::AcronymGroups::build({{"MoD", "Ministry of Defense", "d", "f.txt", 1}}, analyzer);
  const index_format::AcronymGroups& table = groups;
  add("own", {}, "The MoD budget grew again this year.");  // as long as "expanded"
  add("expanded", {}, "The Ministry of Defense budget grew again.");
  auto run = [&](const std::string& query, bool synonyms) {
    searcher::QueryOptions options;
    options.synonyms = synonyms;
    auto built = searcher::build_query(query, options, db, analyzer, &table);
    BOOST_REQUIRE_MESSAGE(built.is_ok(), built.status().message());
    Xapian::Enquire enquire(db);
    enquire.set_query(built->query);
    std::vector<std::pair<std::string, double>> hits;
    auto mset = enquire.get_mset(0, 10);
    for (auto it = mset.begin(); it != mset.end(); ++it) hits.emplace_back(id_of(it.get_document()), it.get_weight());
    return hits;
  };
  auto weight_of = [](const std::vector<std::pair<std::string, double>>& hits, const std::string& id) {
    for (const auto& [hit, weight] : hits)
      if (hit == id) return weight;
    return -1.0;
  };
  // "own" and "expanded" differ only in saying MoD or Ministry of Defense: each ranks at least as
  // high as the other for its own words, and both are found either way.
  auto mod = run("MoD budget", true);
  BOOST_TEST(mod[0].first == "own");
  BOOST_TEST(weight_of(mod, "expanded") > 0);
  BOOST_TEST(weight_of(mod, "own") >= weight_of(mod, "expanded"));
  auto ministry = run("\"Ministry of Defense\" budget", true);
  BOOST_TEST(ministry[0].first == "expanded");
  BOOST_TEST(weight_of(ministry, "own") > 0);
  BOOST_TEST(weight_of(ministry, "expanded") >= weight_of(ministry, "own"));
  BOOST_TEST(weight_of(run("MoD", false), "expanded") < 0);  // --no-synonyms
  auto built = searcher::build_query("MoD", {}, db, analyzer, &table);
  BOOST_REQUIRE(built->expansions.size() == 1u);
  BOOST_TEST(built->expansions[0] == "mod -> \"ministry of defense\"");
  // One posting list for the whole group: the query reads the group term, not a phrase.
  BOOST_TEST(built->query.get_description().find("XAmod") != std::string::npos);
  BOOST_TEST(built->query.get_description().find("PHRASE") == std::string::npos);
  // Found only through the expansion: the passage saying "Ministry of Defense" alone.
  Xapian::Enquire only(db);
  only.set_query(built->expansion_only);
  auto only_ids = only.get_mset(0, 10);
  BOOST_REQUIRE(only_ids.size() == 1u);
  BOOST_TEST(id_of(only_ids.begin().get_document()) == "expanded");
}

BOOST_AUTO_TEST_CASE(phrases_with_stopwords_use_bigram_terms) {
  add("x", {}, "Spending on the defense of the islands rose.");
  add("y", {}, "The islands of the defense were spent on.");
  // Every bigram of "defense of the islands", but not the phrase: bigrams carry no positions,
  // so the phrase of the words must still be checked.
  add("z", {}, "Defense of ports came first; of the islands, nothing.");
  struct Row {
    std::string query;
    std::vector<std::string> ids;
    std::string term;  // a bigram term the query must weigh and narrow the phrase by
  };
  const std::vector<Row> rows = {
      {"\"defense of the islands\"", {"x"}, "XBdefense of"},
      {"\"defence of the islands\"", {"x"}, "XBthe islands"},  // variant, canonical in the bigram
      {"\"of the defense\"", {"y"}, "XBof the"},
      {"\"Ministry of Defense\"", {"a"}, "XBministry of"},
      {"\"the islands\"", {"x", "y", "z"}, "XBthe islands"},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.query) {
      auto built = searcher::build_query(row.query, {}, db, analyzer);
      BOOST_REQUIRE(built.is_ok());
      const std::string description = built->query.get_description();
      BOOST_TEST(description.find(row.term) != std::string::npos, description);
      BOOST_TEST(description.find("@1 the") == std::string::npos);  // no bare stopword term
      auto found = ids(row.query);
      std::sort(found.begin(), found.end());
      BOOST_TEST(found == row.ids, boost::test_tools::per_element());
    }
  }
}

// A pair with a stopword that is not a bigram word has no bigram term: its phrase is checked on
// the words' positions. A stopword alone is matched as written: stopwords have no stem terms.
BOOST_AUTO_TEST_CASE(other_stopwords_phrase_by_positions_and_match_as_written) {
  add("p", {}, "Aid to the islands came late.");
  add("q", {}, "The islands came to aid them.");
  auto built = searcher::build_query("\"aid to\"", {}, db, analyzer);
  BOOST_REQUIRE(built.is_ok());
  const std::string description = built->query.get_description();
  BOOST_TEST(description.find("XB") == std::string::npos, description);
  BOOST_TEST(description.find("aid PHRASE 2 to") != std::string::npos, description);
  BOOST_TEST((ids("\"aid to\"") == std::vector<std::string>{"p"}));
  auto alone = searcher::build_query("to", {}, db, analyzer);
  BOOST_REQUIRE(alone.is_ok());
  BOOST_TEST(alone->query.get_description().find("Zto") == std::string::npos, alone->query.get_description());
  auto found = ids("to");
  std::sort(found.begin(), found.end());
  BOOST_TEST((found == std::vector<std::string>{"p", "q"}));
}

// One term lookup per query word names the words that match nothing, analysed as searched.
BOOST_AUTO_TEST_CASE(names_unmatched_words) {
  struct Row { std::string query; std::vector<std::string> unmatched; };
  const std::vector<Row> rows = {
      {"cyber units", {}},
      {"cyber attribution", {"attribution"}},
      {"Attributions of cyber", {"attributions"}},  // as analysed; the stopword skipped
      {"\"watershed strategi\" zzq*", {"strategi", "zzq*"}},
      {"source:nowhere cyber", {"source:nowhere"}},
      {"cyber -attribution", {"attribution"}},
      {"example.org", {"example.org"}},
  };
  for (const auto& row : rows) {
    auto built = searcher::build_query(row.query, {}, db, analyzer);
    BOOST_REQUIRE_MESSAGE(built.is_ok(), row.query + ": " + built.status().message());
    BOOST_TEST(built->unmatched == row.unmatched, row.query << ": " << built->unmatched.size());
  }
}

// A note's URLs are searched by host and page; a query naming one aims at notes.
BOOST_AUTO_TEST_CASE(hosts_and_urls_find_notes) {
  index_format::PassageRecord note;
  note.id = "n1";
  note.kind = "note";
  note.doc = "d";
  note.number = 1;
  note.text = "Fisheries Agency, Annual report, https://www.jfa.maff.go.jp/e/annual/";
  note.urls = {"https://www.jfa.maff.go.jp/e/annual/"};
  db.add_document(index_format::to_xapian_document(note, analyzer, groups));
  db.commit();
  BOOST_TEST((ids("jfa.maff.go.jp") == std::vector<std::string>{"n1"}));
  BOOST_TEST((ids("maff.go.jp") == std::vector<std::string>{"n1"}));
  BOOST_TEST((ids("https://jfa.maff.go.jp/e/annual") == std::vector<std::string>{"n1"}));
  BOOST_TEST(ids("maff").empty());  // a label of the host is no word of the note
  for (const char* q : {"maff.go.jp", "https://x.org/a", "kind:note fisheries"}) {
    BOOST_TEST(searcher::build_query(q, {}, db, analyzer)->aims_at_notes, q);
  }
  for (const char* q : {"fisheries", "-kind:note fisheries", "U.S. policy"}) {
    BOOST_TEST(!searcher::build_query(q, {}, db, analyzer)->aims_at_notes, q);
  }
}

BOOST_AUTO_TEST_CASE(strict_refuses_what_is_otherwise_repaired) {
  searcher::QueryOptions strict;
  strict.strict = true;
  for (const char* q : {"author: smith", "cyber \"units", "(cyber", "cyber AND"}) {
    auto lenient = searcher::build_query(q, {}, db, analyzer);
    BOOST_REQUIRE_MESSAGE(lenient.is_ok(), q);
    BOOST_TEST(!lenient->notices.empty(), q);
    auto refused = searcher::build_query(q, strict, db, analyzer);
    BOOST_TEST(!refused.is_ok(), q);
    BOOST_TEST(searcher::query_error_column(refused.status().message()) > 0, refused.status().message());
  }
}

BOOST_AUTO_TEST_SUITE_END()
