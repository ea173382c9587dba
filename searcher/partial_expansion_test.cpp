// @brief Tests for groups_named_in_part and add_partial_expansions on a small fisheries index.
#define BOOST_TEST_MODULE partial_expansion
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "index_format/document_mapping.h"
#include "index_format/record_codec.h"
#include "searcher/partial_expansion.h"

namespace {

analysis::Analyzer make_analyzer() {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the", "for", "in", "and", "a"};
  return analysis::Analyzer(lists);
}

// Eight passages on fisheries; "regional" is in four of them (too common to name anything),
// the other words of the expansion in at most two.
struct Fixture {
  analysis::Analyzer analyzer = make_analyzer();
  index_format::AcronymGroups groups = index_format::AcronymGroups::build(
      {{"RFMO", "Regional Fisheries Management Organization", "f", "f.txt", 1}}, analyzer);
  std::string path = make_temp_dir();
  Xapian::WritableDatabase db{path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS};

  static std::string make_temp_dir() {
    char name[] = "/tmp/partial_expansion_testXXXXXX";
    return mkdtemp(name);
  }
  Fixture() {
    const char* const texts[] = {
        "The RFMO sets quotas for tuna.",
        "The Regional Fisheries Management Organization met in Lima.",
        "Regional offices opened in the north.",
        "Port management was reformed.",
        "Regional trawlers landed cod.",
        "A regional survey of salmon.",
        "Quotas for the organization of ports.",
        "Nets and lines.",
    };
    int n = 0;
    for (const char* text : texts) {
      index_format::PassageRecord record;
      record.id = "f:p" + std::to_string(++n);
      record.kind = "passage";
      record.doc = "f";
      record.text = text;
      db.add_document(index_format::to_xapian_document(record, analyzer, groups));
    }
    db.commit();
  }
  ~Fixture() {
    db.close();
    std::filesystem::remove_all(path);
  }
  std::vector<std::string> ids(const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    std::vector<std::string> out;
    Xapian::MSet mset = enquire.get_mset(0, 50);
    for (auto it = mset.begin(); it != mset.end(); ++it)
      out.push_back(index_format::decode_record(it.get_document().get_data())->id);
    return out;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(partial_expansion, Fixture)

BOOST_AUTO_TEST_CASE(three_distinctive_words_of_an_expansion_name_its_group) {
  struct Row { std::string query; std::vector<std::string> run; };  // run empty: no group named
  const std::vector<Row> rows = {
      {"Fisheries Management Organization", {"fisheries", "management", "organization"}},
      {"quotas of the fisheries management organization", {"fisheries", "management", "organization"}},
      {"Regional Fisheries Management Organization", {"regional", "fisheries", "management", "organization"}},
      {"regional fisheries management", {}},     // "regional" is in half the records
      {"fisheries management", {}},              // two words
      {"organization management fisheries", {}}, // not a run of the expansion
      {"fisheries and management organization", {}},
      {"", {}},
  };
  for (const auto& row : rows) {
    const auto found = searcher::groups_named_in_part(row.query, groups, analyzer, db);
    if (row.run.empty()) {
      BOOST_TEST(found.empty(), row.query);
      continue;
    }
    BOOST_REQUIRE_MESSAGE(found.size() == 1u, row.query);
    BOOST_TEST(found[0].group == 0u);
    BOOST_TEST(found[0].words == row.run, row.query);
  }
}

BOOST_AUTO_TEST_CASE(the_group_brings_the_records_that_name_it_by_its_acronym) {
  for (bool all : {false, true}) {
    searcher::QueryOptions options;
    options.require_all = all;
    auto built = searcher::build_query("Fisheries Management Organization", options, db, analyzer, &groups);
    BOOST_REQUIRE(built.is_ok());
    const auto found = ids(built->query);
    // p1 says only "RFMO": found through the group, unless every word must match (--all).
    BOOST_TEST(std::count(found.begin(), found.end(), "f:p1") == (all ? 0 : 1));
    BOOST_TEST(std::count(found.begin(), found.end(), "f:p2") == 1);
    BOOST_TEST(built->group_words.count(groups.term(0)) == 1u);
    BOOST_TEST(built->expansions.size() == 1u);
  }
  // Without synonyms, no group.
  searcher::QueryOptions plain;
  plain.synonyms = false;
  auto built = searcher::build_query("Fisheries Management Organization", plain, db, analyzer, &groups);
  BOOST_REQUIRE(built.is_ok());
  const auto found = ids(built->query);
  BOOST_TEST(std::count(found.begin(), found.end(), "f:p1") == 0);
}

BOOST_AUTO_TEST_SUITE_END()
