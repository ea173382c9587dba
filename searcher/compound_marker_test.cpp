// @brief mark_compounds on parsed queries, table-driven, and the compound queries build_query
// makes of it over a real index whose records write the compounds in several forms.
#define BOOST_TEST_MODULE compound_marker
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <set>

#include "index_format/document_mapping.h"
#include "index_format/schema.h"
#include "searcher/compound_marker.h"
#include "searcher/query_builder.h"
#include "searcher/query_parser.h"

namespace {

analysis::Analyzer make_analyzer() {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the", "to", "a", "by"};
  Xapian::Stem stem("english");
  return analysis::Analyzer(lists, analysis::CompoundSet({{"e", stem("email")}, {"data", stem("database")}}));
}

}  // namespace

BOOST_AUTO_TEST_CASE(compounds_in_every_form_are_marked_and_nothing_else) {
  struct Row {
    std::string query;
    std::vector<std::vector<std::string>> forms;  // each compound's words, as typed and analysed
  };
  const std::vector<Row> rows = {
      {"email", {{"email"}}},
      {"emails", {{"emails"}}},
      {"e-mail", {{"e", "mail"}}},
      {"e mail", {{"e", "mail"}}},
      {"e  mails", {{"e", "mails"}}},
      {"\"e mail\"", {{"e", "mail"}}},
      {"\"e-mail\"", {{"e", "mail"}}},
      {"\"databases\"", {{"databases"}}},
      {"send e mail to a data base", {{"e", "mail"}, {"data", "base"}}},
      {"(e mail) OR database", {{"e", "mail"}, {"database"}}},
      // Not compounds, or not plain: left as they are.
      {"mail e", {}},
      {"e the mail", {}},                 // not side by side: a stopword between
      {"send e of mail to data the base", {}},
      {"e mail the data base", {{"e", "mail"}, {"data", "base"}}},
      {"+e mail", {}},
      {"e AND mail", {}},
      {"e* mail", {}},
      {"e mail*", {}},
      {"source:e mail", {}},
      {"section:email", {}},
      {"section:\"e mail\"", {}},
      {"\"send e mail\"", {}},
      {"email-data", {}},
      {"e mail-data", {}},
  };
  const analysis::Analyzer analyzer = make_analyzer();
  searcher::ParseOptions options;  // the fields as the query builder names them
  options.boolean_fields = {{"source", std::string(index_format::schema::kPrefixSource)}};
  options.text_fields = {{"section", std::string(index_format::schema::kPrefixSection)}};
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.query) {
      auto parsed = searcher::parse_query(row.query, analyzer, options);
      BOOST_REQUIRE(parsed.is_ok());
      const auto uses = searcher::mark_compounds(parsed->root, analyzer);
      BOOST_REQUIRE(uses.size() == row.forms.size());
      for (size_t i = 0; i < uses.size(); ++i) BOOST_TEST(uses[i].words == row.forms[i]);
      BOOST_TEST((searcher::describe(parsed->root).find("COMPOUND") != std::string::npos) == !row.forms.empty());
    }
  }
  const analysis::Analyzer none(analysis::WordLists{});
  auto parsed = searcher::parse_query("e mail", none, options);
  BOOST_REQUIRE(parsed.is_ok());
  BOOST_TEST(searcher::mark_compounds(parsed->root, none).empty());
}

namespace {

// A glass index of records writing the compounds in their forms, mapped with the analyzer.
struct Fixture {
  analysis::Analyzer analyzer = make_analyzer();
  std::string path = make_temp_dir();
  Xapian::WritableDatabase db{path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS};

  static std::string make_temp_dir() {
    char name[] = "/tmp/compound_marker_testXXXXXX";
    return mkdtemp(name);
  }
  Fixture() {
    add("closed", "Reply by email within a week.");
    add("hyphen", "Two e-mails went astray.");
    add("open", "Send an e mail to the clerk.");
    add("stop", "Mail the form. E. Smith signs it.");
    add("apart", "The mail room lost a letter.");
    add("base", "The data base of names.");
    db.commit();
  }
  ~Fixture() {
    db.close();
    std::filesystem::remove_all(path);
  }
  void add(const std::string& id, const std::string& text) {
    index_format::PassageRecord r;
    r.id = id;
    r.kind = "passage";
    r.doc = "doc";
    r.text = text;
    db.add_document(index_format::to_xapian_document(r, analyzer, index_format::AcronymGroups()));
  }
  // Ids of the matches, best first.
  std::vector<std::string> search(const std::string& query) {
    auto built = searcher::build_query(query, searcher::QueryOptions{}, db, analyzer);
    BOOST_REQUIRE_MESSAGE(built.is_ok(), built.status().message());
    Xapian::Enquire enquire(db);
    enquire.set_query(built->query);
    std::vector<std::string> ids;
    const Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto m = mset.begin(); m != mset.end(); ++m) {
      const Xapian::Document doc = m.get_document();
      for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        const std::string term = *t;
        if (term.rfind(std::string(index_format::schema::kPrefixId), 0) == 0) ids.push_back(term.substr(1));
      }
    }
    return ids;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(every_form_finds_every_form_and_the_typed_one_first, Fixture) {
  const std::set<std::string> all = {"closed", "hyphen", "open"};
  for (const char* query : {"email", "emails", "e-mail", "e mail", "\"e mail\"", "\"e mails\""}) {
    BOOST_TEST_CONTEXT(query) {
      const auto ids = search(query);
      BOOST_TEST((std::set<std::string>(ids.begin(), ids.end()) == all));
    }
  }
  BOOST_TEST(search("email").front() == "closed");
  BOOST_TEST(search("\"e mail\"").front() == "open");
  BOOST_TEST(search("e-mails").front() == "hyphen");
  // One form of a compound in the index is found through it too; plain words keep their meaning.
  BOOST_TEST(search("databases") == std::vector<std::string>{"base"});
  const auto mail = search("mail");
  BOOST_TEST((std::set<std::string>(mail.begin(), mail.end()) == std::set<std::string>{"hyphen", "open", "stop", "apart"}));
}
