#define BOOST_TEST_MODULE vocabulary_e2e
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/searcher_e2e_test.h"

// The vocabulary through the real searcher binary on the corpus index: acronyms learnt by the
// indexer, British and American spellings, diacritics, --no-synonyms, --explain and --acronyms.

namespace {

const std::string kSearcher = e2e::required_env("SEARCHER");
const std::string kIndex = e2e::required_env("SEARCHER_INDEX");

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

std::vector<std::string> hit_ids(const std::vector<std::string>& args) {
  std::vector<std::string> full = {"--index", kIndex, "--format", "json", "--limit", "200"};
  full.insert(full.end(), args.begin(), args.end());
  auto run = e2e::run(kSearcher, full);
  BOOST_REQUIRE_MESSAGE(run.exit_code == 0 || run.exit_code == 1, run.err);
  std::vector<std::string> ids;
  for (const auto& j : json_lines(run.out))
    if (j.value("type", "") == "hit") ids.push_back(j.at("id").get<std::string>());
  return ids;
}

}  // namespace

BOOST_AUTO_TEST_CASE(acronym_and_expansion_find_each_other) {
  const auto mod = hit_ids({"MoD"});
  const auto literal = hit_ids({"--no-synonyms", "MoD"});
  BOOST_TEST(mod.size() > literal.size());
  // note 9 says "Ministry of Defense" and never "MoD": found only through the expansion.
  BOOST_TEST(std::count(mod.begin(), mod.end(), "iiss-japan-2021:note9") == 1);
  BOOST_TEST(std::count(literal.begin(), literal.end(), "iiss-japan-2021:note9") == 0);
  const auto phrase = hit_ids({"\"Ministry of Defense\""});
  BOOST_TEST(std::count(phrase.begin(), phrase.end(), "iiss-japan-2021:p15") == 1);  // says only "MoD"
}

BOOST_AUTO_TEST_CASE(spelling_variants_and_diacritics_are_one_word) {
  // Two empty answers would compare equal and prove nothing.
  const auto defence = hit_ids({"defence"});
  BOOST_REQUIRE(!defence.empty());
  BOOST_TEST(defence == hit_ids({"defense"}));
  const auto organisation = hit_ids({"organisation", "behaviour"});
  BOOST_REQUIRE(!organisation.empty());
  BOOST_TEST(organisation == hit_ids({"organization", "behavior"}));
  const auto juyo = hit_ids({"juyo"});
  BOOST_REQUIRE(!juyo.empty());
  BOOST_TEST(hit_ids({"Jūyō"}) == juyo);
  BOOST_TEST(hit_ids({"JUYO"}) == juyo);
  // --no-synonyms: the British spelling finds only British text.
  BOOST_TEST(hit_ids({"--no-synonyms", "defence"}).size() < hit_ids({"defence"}).size());
}

BOOST_AUTO_TEST_CASE(explain_shows_terms_expansions_suggestion_and_weights) {
  auto run = e2e::run(kSearcher, {"--index", kIndex, "--explain", "--limit", "2", "MoD", "cybersecurty"});
  BOOST_TEST(run.exit_code == 0);
  BOOST_TEST(run.out.find("expansion: mod -> \"ministry of defense\"") != std::string::npos, run.out);
  BOOST_TEST(run.out.find("Did you mean: MoD cybersecurity") != std::string::npos, run.out);
  BOOST_TEST(run.out.find("matching terms: XAmod=") != std::string::npos, run.out);  // the group's term
  BOOST_TEST(run.out.find(" Zmod=") != std::string::npos, run.out);                 // and the words as typed
  auto json = e2e::run(kSearcher, {"--index", kIndex, "--explain", "--format", "json", "--limit", "1", "MoD"});
  for (const auto& j : json_lines(json.out)) {
    if (j.value("type", "") != "hit") continue;
    BOOST_REQUIRE(j.contains("matching_weights"));
    BOOST_TEST(j.at("matching_weights").size() == j.at("matching_terms").size());
    BOOST_TEST(j.at("matching_weights")[0].get<double>() > 0);
  }
}

BOOST_AUTO_TEST_CASE(acronyms_are_listed_with_where_they_were_defined) {
  auto text = e2e::run(kSearcher, {"--index", kIndex, "--acronyms"});
  BOOST_TEST(text.exit_code == 0);
  BOOST_TEST(text.out.find("Ministry of Defense  corpus/iiss-japan-2021.txt:27\n") != std::string::npos, text.out);
  auto json = e2e::run(kSearcher, {"--index", kIndex, "--acronyms", "--format", "json"});
  const auto lines = json_lines(json.out);
  BOOST_TEST(lines.size() >= 25u);
  bool cbms = false;
  for (const auto& j : lines)
    cbms = cbms || (j.at("acronym") == "CBMs" && j.at("file") == "corpus/un-reply-japan-2019.txt" && j.at("line") == 360);
  BOOST_TEST(cbms);
  auto misuse = e2e::run(kSearcher, {"--index", kIndex, "--acronyms", "cyber"});
  BOOST_TEST(misuse.exit_code == 2);
}
