// @brief Tests of acronym groups: the Schwartz-Hearst letter fit, how groups are built and bounded,
// their encoding, and the lookups the indexer (occurrences) and the searcher (group_of) make.
#define BOOST_TEST_MODULE acronym_groups
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "index_format/acronym_groups.h"
#include "index_format/schema.h"

using index_format::AcronymDefinition;
using index_format::AcronymGroups;

namespace {

const analysis::Analyzer& analyzer() {
  static const analysis::Analyzer a(analysis::WordLists{{"of", "and", "the", "for"}, {{"defence", "defense"}}});
  return a;
}

// The analysed words of `text`, unstemmed, as a query or the indexer hands them over.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& w : analyzer().words(text)) out.push_back(w.text);
  return out;
}

std::optional<size_t> group_of(const AcronymGroups& groups, const std::string& text) {
  return groups.group_of(words_of(text), analyzer());
}

// Group g's members as text, in their stored order.
std::vector<std::string> members(const AcronymGroups& groups, size_t g) {
  std::vector<std::string> out;
  for (const auto& m : groups.members(g)) {
    std::string text;
    for (const auto& w : m.words) text += (text.empty() ? "" : " ") + w;
    out.push_back(text);
  }
  return out;
}

AcronymDefinition def(const std::string& acronym, const std::string& expansion, const std::string& doc) {
  return {acronym, expansion, doc, "corpus/" + doc + ".txt", 1};
}

// (first word index, group) pairs of `text`, through the same canonical/stem steps as the indexer.
std::vector<std::pair<size_t, size_t>> occurrences(const AcronymGroups& groups, const std::string& text) {
  std::vector<std::string> canon, stems;
  for (const auto& w : words_of(text)) {
    canon.push_back(analyzer().canonical(w));
    stems.push_back(analyzer().stem(canon.back()));
  }
  return groups.occurrences(canon, stems);
}

}  // namespace

BOOST_AUTO_TEST_CASE(expansion_fits_acronym_rows) {
  struct Row {
    std::string acronym;
    std::string expansion;
    bool fits;
  };
  const std::vector<Row> rows = {
      {"MoD", "Ministry of Defense", true},
      {"NISC", "National center of Incident readiness and Strategy for Cybersecurity", true},
      {"ICT", "Information and Telecommunications Technology", true},  // "c" inside a later word
      {"C4I", "command control communications computers and intelligence", true},  // digit left out
      {"CCDCOE", "Cooperative Cyber Defence Centre of Excellence", true},
      {"CBMs", "confidence building measures", true},  // the plural "s" is not a letter to match
      {"CBM", "confidence building measures", true},
      {"JSDF", "Japan Self Defense Forces", true},
      {"MOD", "ministry of defense", true},  // case does not matter
      // Chance matches the finder accepts from text before "(ASEAN)".
      {"ASEAN", "random words here", false},
      {"ASEAN", "a strange example", false},
      {"MoD", "Ministry", false},
      // The first letter must start the first word.
      {"MoD", "the Ministry of Defense", false},
      {"ICT", "technology information", false},
      {"NISC", "Incident readiness and Strategy for Cybersecurity", false},
      // Letters out of order.
      {"DoM", "Ministry of Defense", false},
      {"", "Ministry of Defense", false},
      {"MoD", "", false},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.acronym << " = " << row.expansion) {
      BOOST_TEST(index_format::expansion_fits_acronym(row.acronym, words_of(row.expansion)) == row.fits);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_group_is_the_union_of_an_acronym_and_its_expansions) {
  // JMOD and MoD share "Ministry of Defense": one group of the three, shortest member first.
  const auto groups = AcronymGroups::build({def("MoD", "Ministry of Defense", "a"), def("JMOD", "Ministry of Defense", "a"),
                                            def("JMOD", "Ministry of Defense", "b"), def("NISC", "National center of Incident readiness and Strategy for Cybersecurity", "a")},
                                           analyzer());
  BOOST_REQUIRE(groups.size() == 2u);
  const auto mod = group_of(groups, "MoD");
  BOOST_REQUIRE(mod.has_value());
  BOOST_TEST((group_of(groups, "JMOD") == mod));
  BOOST_TEST((group_of(groups, "Ministry of Defense") == mod));
  const std::vector<std::string> m = members(groups, *mod);
  BOOST_TEST(m.size() == 3u);
  BOOST_TEST(m.back() == "ministry of defense");
  BOOST_TEST(std::set<std::string>(m.begin(), m.end() - 1) == (std::set<std::string>{"jmod", "mod"}));
  const auto nisc = group_of(groups, "NISC");
  BOOST_REQUIRE(nisc.has_value());
  BOOST_TEST(*nisc != *mod);
  BOOST_TEST((group_of(groups, "national center of incident readiness and strategy for cybersecurity") == nisc));
}

BOOST_AUTO_TEST_CASE(a_plural_acronym_is_also_found_in_the_singular) {
  const auto groups = AcronymGroups::build({def("CBMs", "confidence building measures", "a")}, analyzer());
  BOOST_REQUIRE(groups.size() == 1u);
  BOOST_TEST((group_of(groups, "CBMs") == std::optional<size_t>(0)));
  BOOST_TEST((group_of(groups, "CBM") == std::optional<size_t>(0)));
  BOOST_TEST((group_of(groups, "confidence building measure") == std::optional<size_t>(0)));  // by stems
  BOOST_TEST(members(groups, 0).size() == 3u);
}

BOOST_AUTO_TEST_CASE(an_expansion_that_does_not_fit_needs_two_documents) {
  const auto groups = AcronymGroups::build(
      {
          def("MoD", "Ministry of Defense", "a"),
          def("MoD", "Japan Self Defense Forces", "a"),  // one document, does not fit: dropped
          def("MoD", "Japanese Defense Agency", "a"),    // does not fit either, but two documents say so
          def("MoD", "Japanese Defense Agency", "b"),
          def("ASEAN", "random words here", "a"),  // nothing kept: no group at all
      },
      analyzer());
  BOOST_REQUIRE(groups.size() == 1u);
  const std::vector<std::string> m = members(groups, 0);
  BOOST_TEST(std::set<std::string>(m.begin(), m.end()) ==
             (std::set<std::string>{"mod", "ministry of defense", "japanese defense agency"}));
  BOOST_TEST(!group_of(groups, "Japan Self Defense Forces").has_value());
  BOOST_TEST(!group_of(groups, "ASEAN").has_value());
  BOOST_TEST(!group_of(groups, "random words here").has_value());
}

BOOST_AUTO_TEST_CASE(an_acronym_keeps_the_expansions_most_documents_define) {
  // Eight fitting expansions of "AB", the i-th defined by 8 - i documents.
  const std::vector<std::string> expansions = {"able baker", "acid base",  "air bridge", "arm band",
                                               "ash bin",    "ant bed",    "axe blade",  "apple box"};
  std::vector<AcronymDefinition> definitions;
  for (size_t i = 0; i < expansions.size(); ++i) {
    for (size_t d = 0; d < expansions.size() - i; ++d) definitions.push_back(def("AB", expansions[i], "doc" + std::to_string(d)));
  }
  const auto groups = AcronymGroups::build(definitions, analyzer());
  BOOST_REQUIRE(groups.size() == 1u);
  const std::vector<std::string> m = members(groups, 0);
  BOOST_TEST(m.size() == 1 + index_format::kMaxExpansionsPerAcronym);
  const std::set<std::string> kept(m.begin(), m.end());
  for (size_t i = 0; i < expansions.size(); ++i) {
    BOOST_TEST_CONTEXT(expansions[i]) { BOOST_TEST((kept.count(expansions[i]) == 1) == (i < index_format::kMaxExpansionsPerAcronym)); }
  }
}

BOOST_AUTO_TEST_CASE(a_group_has_at_most_kMaxGroupMembers_members_shortest_first) {
  // Twenty acronyms of one expansion, each said by two documents: a group of 21 before the cap.
  std::vector<AcronymDefinition> definitions;
  for (int i = 0; i < 20; ++i) {
    for (const char* doc : {"a", "b"}) definitions.push_back(def("X" + std::to_string(i), "ministry of defense", doc));
  }
  const auto groups = AcronymGroups::build(definitions, analyzer());
  BOOST_REQUIRE(groups.size() == 1u);
  BOOST_TEST(groups.members(0).size() == index_format::kMaxGroupMembers);
  for (size_t i = 1; i < groups.members(0).size(); ++i) {
    BOOST_TEST(groups.members(0)[i - 1].words.size() <= groups.members(0)[i].words.size());
  }
}

// The indexer writes groups.encode() in every generation; a different byte order for the same
// corpus would make an unchanged corpus look changed, and shards disagree on group terms.
BOOST_AUTO_TEST_CASE(the_same_definitions_in_any_order_give_the_same_groups) {
  std::vector<AcronymDefinition> definitions = {
      def("MoD", "Ministry of Defense", "a"),
      def("MOD", "Ministry of Defence", "b"),
      def("JMOD", "Ministry of Defense", "b"),
      def("JMOD", "Ministry of Defense", "c"),
      def("CBMs", "confidence building measures", "a"),
      def("CBM", "confidence-building measure", "b"),  // same stems, other words
      def("NISC", "National center of Incident readiness and Strategy for Cybersecurity", "a"),
      def("NISC", "National Information Security Center", "b"),
      def("C4I", "command control communications computers and intelligence", "c"),
      def("ICT", "Information and Telecommunications Technology", "a"),
      def("ICT", "information and communications technology", "b"),
      def("ICT", "information and communications technologies", "c"),
  };
  const std::string expected = AcronymGroups::build(definitions, analyzer()).encode();
  std::mt19937 random(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(definitions.begin(), definitions.end(), random);
    BOOST_TEST_CONTEXT("round " << round) { BOOST_TEST(AcronymGroups::build(definitions, analyzer()).encode() == expected); }
  }
}

BOOST_AUTO_TEST_CASE(groups_round_trip_through_their_encoding) {
  const auto groups = AcronymGroups::build({def("MoD", "Ministry of Defense", "a"), def("CBMs", "confidence building measures", "a"),
                                            def("NSS", "National Security Strategy", "a")},
                                           analyzer());
  auto back = AcronymGroups::decode(groups.encode());
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST((back.value() == groups));
  BOOST_TEST(back->size() == groups.size());
  BOOST_TEST(back->longest_member() == 3u);
  // The lookup tables are rebuilt from the decoded members.
  for (const char* text : {"MoD", "Ministry of Defence", "CBM", "national security strategy"}) {
    BOOST_TEST_CONTEXT(text) {
      BOOST_REQUIRE(group_of(back.value(), text).has_value());
      BOOST_TEST((group_of(back.value(), text) == group_of(groups, text)));
    }
  }
  BOOST_TEST((occurrences(back.value(), "the MoD said") == occurrences(groups, "the MoD said")));
}

BOOST_AUTO_TEST_CASE(no_groups_encode_and_an_empty_value_decodes) {
  auto none = AcronymGroups::decode("");
  BOOST_REQUIRE(none.is_ok());
  BOOST_TEST(none->empty());
  auto back = AcronymGroups::decode(AcronymGroups().encode());
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST(back->empty());
  BOOST_TEST(occurrences(back.value(), "the MoD said").empty());
}

BOOST_AUTO_TEST_CASE(malformed_groups_are_an_error) {
  const std::string good =
      AcronymGroups::build({def("MoD", "Ministry of Defense", "a")}, analyzer()).encode();
  // Hand-built: format byte, a group (tag 1) holding one member (tag 1) with given fields.
  auto one_member = [](const std::string& member_fields) {
    std::string member = "\x01" + std::string(1, static_cast<char>(member_fields.size())) + member_fields;
    std::string group = "\x01" + std::string(1, static_cast<char>(member.size())) + member;
    return "\x01" + group;
  };
  struct Row {
    std::string name;
    std::string data;
  };
  const std::vector<Row> rows = {
      {"another format", "\x02" + good.substr(1)},
      {"old JSON", R"([["mod","ministry of defense"]])"},
      {"truncated", good.substr(0, good.size() - 1)},
      {"garbage", "\x01\xff\xff\xff"},
      {"member without words", one_member("\x02\x03mod")},
      {"member without key", one_member("\x01\x03mod")},
      {"group without members", std::string("\x01\x01\x00", 3)},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      auto back = AcronymGroups::decode(row.data);
      BOOST_REQUIRE(!back.is_ok());
      BOOST_TEST((back.status().kind() == analysis::Status::Kind::kIndexError));
      BOOST_TEST(back.status().message().find("malformed acronym groups") != std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(group_of_compares_stems_of_canonical_spellings) {
  const auto groups = AcronymGroups::build({def("MoD", "Ministry of Defense", "a"), def("CBMs", "confidence building measures", "a")},
                                           analyzer());
  const auto mod = group_of(groups, "MoD");
  const auto cbm = group_of(groups, "CBMs");
  BOOST_REQUIRE(mod.has_value());
  BOOST_REQUIRE(cbm.has_value());
  struct Row {
    std::string query;
    std::optional<size_t> group;
  };
  const std::vector<Row> rows = {
      {"mod", mod},
      {"Ministry of Defence", mod},  // variant to its canonical spelling
      {"ministries of defense", mod},  // same stems
      {"CBM", cbm},
      {"confidence-building measures", cbm},
      {"Ministry", std::nullopt},
      {"Ministry of Defense units", std::nullopt},  // longer than any member
      {"of Defense", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.query) { BOOST_TEST((group_of(groups, row.query) == row.group)); }
  }
  // The same through stems computed by the caller.
  BOOST_TEST((groups.group_of_stems({"ministri", "of", "defens"}) == mod));
  BOOST_TEST(!groups.group_of_stems({}).has_value());
}

BOOST_AUTO_TEST_CASE(a_group_term_is_the_prefix_and_its_first_members_key) {
  const auto groups = AcronymGroups::build({def("MoD", "Ministry of Defense", "a"), def("CBMs", "confidence building measures", "a")},
                                           analyzer());
  const auto mod = group_of(groups, "MoD");
  BOOST_REQUIRE(mod.has_value());
  BOOST_TEST(groups.term(*mod) == std::string(index_format::schema::kPrefixAcronymGroup) + "mod");
  const auto cbm = group_of(groups, "CBMs");
  BOOST_REQUIRE(cbm.has_value());
  BOOST_TEST(groups.term(*cbm).rfind("XA", 0) == 0u);
  BOOST_TEST(groups.term(*cbm) != groups.term(*mod));
}

BOOST_AUTO_TEST_CASE(occurrences_in_a_run_of_words) {
  const auto groups = AcronymGroups::build(
      {def("MoD", "Ministry of Defense", "a"), def("CBMs", "confidence building measures", "a"),
       def("NSS", "National Security Strategy", "a"), def("NS", "National Security", "a")},
      analyzer());
  const auto mod = *group_of(groups, "MoD");
  const auto cbm = *group_of(groups, "CBMs");
  const auto nss = *group_of(groups, "NSS");
  const auto ns = *group_of(groups, "NS");
  BOOST_REQUIRE(nss != ns);
  using Found = std::vector<std::pair<size_t, size_t>>;
  struct Row {
    std::string text;
    Found found;
  };
  const std::vector<Row> rows = {
      {"the MoD and the Ministry of Defence agree", {{1, mod}, {4, mod}}},
      {"CBMs and a CBM", {{0, cbm}, {3, cbm}}},  // one-word members by stem
      // A longer member word for word, as a phrase of its words would match: not by stems.
      {"the ministries of defense", {}},
      {"confidence building measure", {}},
      // The longest member at a start: "national security strategy", not "national security".
      {"a national security strategy", {{1, nss}}},
      {"a national security policy", {{1, ns}}},
      {"ministry of", {}},  // a member cut by the end of the text
      {"", {}},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.text) { BOOST_TEST((occurrences(groups, row.text) == row.found)); }
  }
}
