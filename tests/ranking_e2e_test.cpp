// @brief Ranking and "did you mean" through the real searcher binary on the corpus index, with
// expectations read from the corpus text by hand.
#define BOOST_TEST_MODULE ranking_e2e
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "tests/searcher_e2e_test.h"

namespace {

const std::string kSearcher = e2e::required_env("SEARCHER");
const std::string kIndex = e2e::required_env("SEARCHER_INDEX");

struct Answer {
  std::vector<std::string> ids;
  std::vector<std::string> kinds;
  std::vector<double> scores;
  std::string suggestion;
};

Answer search(const std::string& query, int limit = 20) {
  auto run = e2e::run(kSearcher, {"--index", kIndex, "--format", "json", "--limit", std::to_string(limit), query});
  BOOST_REQUIRE_MESSAGE(run.exit_code == 0, query << ": " << run.err);
  Answer answer;
  std::istringstream in(run.out);
  for (std::string line; std::getline(in, line);) {
    const auto j = nlohmann::json::parse(line);
    if (j.value("type", "") == "hit") {
      answer.ids.push_back(j.at("id").get<std::string>());
      answer.kinds.push_back(j.at("kind").get<std::string>());
      answer.scores.push_back(j.at("score").get<double>());
    } else if (j.contains("suggestion")) {
      answer.suggestion = j.at("suggestion").get<std::string>();
    }
  }
  return answer;
}

// 1-based rank of `id`, or 0 when absent.
size_t rank_of(const Answer& answer, const std::string& id) {
  auto it = std::find(answer.ids.begin(), answer.ids.end(), id);
  return it == answer.ids.end() ? 0 : static_cast<size_t>(it - answer.ids.begin()) + 1;
}

}  // namespace

// iiss-japan-2021.txt line 53 (p12) introduces the NISC, line 55 (p13) says what it is tasked
// with; the acronym box (line 28) and note 10 (line 166) only spell it out.
BOOST_AUTO_TEST_CASE(nisc_ranks_the_passages_that_say_what_it_does_above_glossary_and_notes) {
  const auto nisc = search("NISC");
  BOOST_REQUIRE(nisc.ids.size() >= 2u);
  const std::vector<std::string> top(nisc.ids.begin(), nisc.ids.begin() + 2);
  BOOST_TEST((std::set<std::string>(top.begin(), top.end()) ==
              std::set<std::string>{"iiss-japan-2021:p12", "iiss-japan-2021:p13"}));
  BOOST_TEST(rank_of(nisc, "iiss-japan-2021:glossary4") > 2u);
  BOOST_TEST(rank_of(nisc, "iiss-japan-2021:note10") > 2u);
}

// Asking for notes keeps them as BM25 ranks them: every hit a note, note 10 among them.
BOOST_AUTO_TEST_CASE(kind_note_is_not_weighed_down) {
  const auto notes = search("kind:note NISC");
  BOOST_REQUIRE(!notes.ids.empty());
  BOOST_TEST(std::all_of(notes.kinds.begin(), notes.kinds.end(), [](const std::string& k) { return k == "note"; }));
  BOOST_TEST(rank_of(notes, "iiss-japan-2021:note10") >= 1u);
}

// Line 196: note 38 cites Gleb Chuvpilo's 'AI Research Rankings 2020'. An author's name, which
// only notes hold, makes the query one for notes: note 38 first, above p27 (line 99), the passage
// on Japan's AI research that cites it.
BOOST_AUTO_TEST_CASE(an_authors_name_aims_at_the_note) {
  const auto answer = search("Chuvpilo AI research");
  BOOST_REQUIRE(!answer.ids.empty());
  BOOST_TEST(answer.ids[0] == "iiss-japan-2021:note38");
  BOOST_TEST(rank_of(answer, "iiss-japan-2021:p27") > 1u);
}

// Lines 167, 202, 232: notes 11, 44 and 72 cite the white paper Defense of Japan 2020.
BOOST_AUTO_TEST_CASE(a_title_in_quotes_aims_at_the_notes_citing_it) {
  const auto answer = search("\"Defense of Japan 2020\" cyber defense");
  BOOST_REQUIRE(answer.ids.size() >= 3u);
  BOOST_TEST((std::set<std::string>(answer.ids.begin(), answer.ids.begin() + 3) ==
              std::set<std::string>{"iiss-japan-2021:note11", "iiss-japan-2021:note44", "iiss-japan-2021:note72"}));
}

// Part of the NISC's name, four words of it, brings the passages that call it "NISC": p13 (line
// 55, what the NISC is tasked with) says the name only as the acronym.
BOOST_AUTO_TEST_CASE(part_of_an_expansion_brings_its_acronyms_passages) {
  const auto answer = search("National Center of Incident Readiness");
  BOOST_TEST(rank_of(answer, "iiss-japan-2021:p13") >= 1u);
  BOOST_TEST(rank_of(answer, "iiss-japan-2021:p13") <= 3u);
  BOOST_TEST(rank_of(answer, "iiss-japan-2021:p12") >= 1u);
  BOOST_TEST(rank_of(answer, "iiss-japan-2021:p12") <= 3u);
  // "national center" alone names nothing: p13 does not say it.
  BOOST_TEST(rank_of(search("\"National Center\""), "iiss-japan-2021:p13") == 0u);
}

// Ranks are score order, expansions included.
BOOST_AUTO_TEST_CASE(scores_descend_with_expansions) {
  for (const char* query : {"MoD", "NISC", "JSDF cyber", "National Center of Incident Readiness", "GGE"}) {
    const auto answer = search(query, 50);
    BOOST_TEST(std::is_sorted(answer.scores.rbegin(), answer.scores.rend()), query);
  }
}

BOOST_AUTO_TEST_CASE(did_you_mean_keeps_the_query_as_typed) {
  BOOST_TEST(search("Global Cybersecurity Index ranking").suggestion == "");
  BOOST_TEST(search("olympics amendments").suggestion == "");
  auto run = e2e::run(kSearcher, {"--index", kIndex, "--color=never", "Ministy of Defence"});
  BOOST_TEST(run.out.find("Did you mean: Ministry of Defence\n") != std::string::npos, run.out);
}
