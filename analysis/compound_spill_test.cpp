// @brief CompoundEvidence::spill_into: evidence whose pairs were set aside on disk in many runs
// learns exactly the set that evidence held in memory learns, and leaves no file behind.
#define BOOST_TEST_MODULE compound_spill
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "analysis/compound_learner.h"
#include "analysis/test_texts.h"

namespace {
namespace fs = std::filesystem;

analysis::Analyzer project_analyzer() {
  auto lists = analysis::read_word_lists("stopwords");
  BOOST_REQUIRE_MESSAGE(lists.is_ok(), lists.status().message());
  return analysis::Analyzer(std::move(lists).value());
}

// A directory of its own for the test's temporary files, removed at the end.
struct ScratchDir {
  fs::path path = fs::temp_directory_path() / ("compound-spill-" + std::to_string(::getpid()));
  ScratchDir() { fs::create_directories(path); }
  ~ScratchDir() { fs::remove_all(path); }
  bool empty() const { return fs::is_empty(path); }
};

struct Learnt {
  analysis::CompoundSet set;
  size_t runs = 0;
};

// One document per text; max_pairs 0: nothing spilled.
Learnt learn(const std::vector<std::string>& texts, const analysis::Analyzer& analyzer, const fs::path& dir,
             size_t max_pairs) {
  analysis::CompoundEvidence all;
  if (max_pairs > 0) all.spill_into(dir.string(), max_pairs);
  for (const auto& text : texts) {
    analysis::CompoundEvidence one;
    one.add_text(text, analyzer);
    const analysis::Status merged = all.merge(one);
    BOOST_REQUIRE_MESSAGE(merged.is_ok(), merged.message());
  }
  auto set = analysis::learn_compounds(all, analyzer);
  BOOST_REQUIRE_MESSAGE(set.is_ok(), set.status().message());
  return Learnt{std::move(set).value(), all.spilled_runs()};
}

// Text about boats and harbours (nothing like the corpus's subject): compounds written closed,
// open and hyphenated in turn ("sailboat", "sail boat", "sail-boat"), a collocation always open
// ("tide table"), and filler drawn at random so that there are thousands of distinct pairs, most
// of them seen in several documents, and so in several runs.
std::vector<std::string> harbour_texts(int documents) {
  const std::vector<std::string> forms[] = {
      {"sailboat", "sail boat", "sail-boat"},   {"lighthouse", "light house"},  {"dockyard", "dock-yard"},
      {"boathouse", "boat house", "boat-house"}, {"mainsail", "main sail"},      {"oarlock", "oar-lock"},
      {"tide table"},                            {"rope ladder"},                {"fishmonger", "fish monger"}};
  const std::vector<std::string> filler = {
      "harbour", "keel",  "anchor", "gull",   "pier",   "mooring", "hull",   "net",     "tar",   "gale",
      "rudder",  "cargo", "quay",   "salt",   "timber", "crew",    "morning", "evening", "storm", "calm",
      "bright",  "wet",   "heavy",  "narrow", "old",    "painted", "broken",  "mended",  "long",  "grey"};
  std::mt19937 random(20240611);  // fixed: the same texts every run
  std::vector<std::string> texts;
  for (int d = 0; d < documents; ++d) {
    std::string text;
    for (int sentence = 0; sentence < 12; ++sentence) {
      text += "The";
      for (int w = 0; w < 6; ++w) text += " " + filler[random() % filler.size()];
      const auto& compound = forms[random() % std::size(forms)];
      text += " by the " + compound[random() % compound.size()];
      text += (random() % 3 == 0) ? ", " + filler[random() % filler.size()] + ". " : ". ";
    }
    texts.push_back(std::move(text));
  }
  return texts;
}

}  // namespace

BOOST_AUTO_TEST_CASE(spilled_evidence_learns_what_evidence_in_memory_learns) {
  const auto analyzer = project_analyzer();
  const ScratchDir dir;
  const auto texts = harbour_texts(200);
  const Learnt whole = learn(texts, analyzer, dir.path, 0);
  BOOST_TEST(whole.runs == 0u);
  // The fixture has what it is meant to have: compounds learnt from their forms and from their
  // collocation, so that equal sets compare something.
  BOOST_TEST(whole.set.key_of("sail", "boat", analyzer.stemmer()) == analyzer.stem("sailboat"));
  BOOST_TEST(whole.set.key_of("dock", "yard", analyzer.stemmer()) == analyzer.stem("dockyard"));
  BOOST_TEST(whole.set.key_of("tide", "table", analyzer.stemmer()) == analyzer.stem("tidetable"));
  for (const size_t max_pairs : {300, 97, 8, 1}) {
    BOOST_TEST_CONTEXT("at most " << max_pairs << " pairs in memory") {
      const Learnt spilled = learn(texts, analyzer, dir.path, max_pairs);
      BOOST_TEST(spilled.runs > 1u);
      BOOST_TEST((spilled.set == whole.set));
      BOOST_TEST(dir.empty());  // the runs' file has no name
    }
  }
}

BOOST_AUTO_TEST_CASE(spilled_evidence_learns_the_same_from_the_corpus) {
  const auto analyzer = project_analyzer();
  const ScratchDir dir;
  // The real corpus, a synthetic one and the fuzz seeds, a paragraph a document.
  std::vector<std::string> texts;
  for (const auto& file : analysis::testing::whole_files()) {
    size_t from = 0;
    for (size_t to; (to = file.text.find("\n\n", from)) != std::string::npos; from = to + 2)
      texts.push_back(file.text.substr(from, to - from));
    texts.push_back(file.text.substr(from));
  }
  const Learnt whole = learn(texts, analyzer, dir.path, 0);
  BOOST_TEST(!whole.set.empty());
  const Learnt spilled = learn(texts, analyzer, dir.path, 500);
  BOOST_TEST(spilled.runs > 3u);
  BOOST_TEST((spilled.set == whole.set));
}

BOOST_AUTO_TEST_CASE(a_spill_that_cannot_create_its_file_fails_the_merge) {
  const auto analyzer = project_analyzer();
  const ScratchDir dir;
  const std::string missing = (dir.path / "no-such-directory").string();
  analysis::CompoundEvidence all;
  all.spill_into(missing, 1);
  analysis::CompoundEvidence one;
  one.add_text("The sail boat and the dock yard.", analyzer);
  const analysis::Status merged = all.merge(one);
  BOOST_TEST(!merged.is_ok());
  BOOST_TEST((merged.kind() == analysis::Status::Kind::kIoError));
  BOOST_TEST(merged.message().find(missing) != std::string::npos);
  BOOST_TEST(merged.message().find("No such file or directory") != std::string::npos);
}
