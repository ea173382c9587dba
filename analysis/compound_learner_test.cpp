// @brief compound_learner and CompoundSet: which pairs are learnt as one compound, on text of
// subjects other than the corpus's.
#define BOOST_TEST_MODULE compound_learner
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "analysis/compound_learner.h"

namespace {

analysis::Analyzer project_analyzer() {
  auto lists = analysis::read_word_lists("stopwords");
  BOOST_REQUIRE_MESSAGE(lists.is_ok(), lists.status().message());
  return analysis::Analyzer(std::move(lists).value());
}

analysis::CompoundSet learnt(analysis::Result<analysis::CompoundSet> set) {
  BOOST_REQUIRE_MESSAGE(set.is_ok(), set.status().message());
  return std::move(set).value();
}

// One document per text.
analysis::CompoundSet learn(const std::vector<std::string>& texts, const analysis::Analyzer& analyzer) {
  analysis::CompoundEvidence all;
  for (const auto& text : texts) {
    analysis::CompoundEvidence one;
    one.add_text(text, analyzer);
    BOOST_REQUIRE(all.merge(one).is_ok());
  }
  return learnt(analysis::learn_compounds(all, analyzer));
}

std::vector<std::string> repeat(const std::string& text, int n) { return std::vector<std::string>(n, text); }

std::vector<std::string> concat(std::vector<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

struct Row {
  const char* name;
  std::vector<std::string> texts;
  std::string first, second;  // a pair to look up, as analysed
  std::string closed;         // its closed form, whose stem is the key; "" for not a compound
};

}  // namespace

BOOST_AUTO_TEST_CASE(pairs_are_learnt_from_their_forms_or_their_collocation) {
  const auto analyzer = project_analyzer();
  const std::vector<Row> rows = {
      // Two forms of three.
      {"closed, hyphenated and open", {"Send an e-mail to the clerk.", "The email was read.", "An e mail came."}, "e", "mail", "email"},
      {"an inflection of the open form", {"Send an e-mail to the clerk.", "Two e mails came.", "The email was read."}, "e", "mails", "email"},
      {"closed and hyphenated", {"The database grew.", "A data-base of names."}, "data", "base", "database"},
      {"closed and open", {"Health care workers struck.", "Healthcare costs rose."}, "health", "care", "healthcare"},
      {"closed plural, open singular", {"Two flood walls fell.", "The floodwalls held."}, "flood", "wall", "floodwall"},
      {"hyphenated and open, no closed", {"A long-range plan.", "Long range planning."}, "long", "range", "longrange"},
      // Collocation: one form only, but the words are hardly ever apart.
      {"always together, five times", repeat("They kept the status quo.", 5), "status", "quo", "statusquo"},
      // Not compounds.
      {"always together, four times", repeat("They kept the status quo.", 4), "status", "quo", ""},
      {"one form only", {"Health care workers struck.", "Health care costs rose."}, "health", "care", ""},
      {"a stopword part", concat({repeat("The state of the state.", 6), {"Thestate."}}), "the", "state", ""},
      {"two stopwords", {"She walked into the room.", "He turned in to the police."}, "in", "to", ""},
      {"open only, parts used with many others",
       concat({repeat("A cyber policy was set.", 6), repeat("Cyber security and cyber defense.", 4),
               repeat("Trade policy and foreign policy.", 4)}),
       "cyber", "policy", ""},
      {"a full stop between", {"Watch the sea. Walls of water.", "The seawall held."}, "sea", "walls", ""},
      {"digits only", {"In 2019 2020 and 20192020."}, "2019", "2020", ""},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      const analysis::CompoundSet set = learn(row.texts, analyzer);
      const std::string key = row.closed.empty() ? "" : analyzer.stem(row.closed);
      BOOST_TEST(set.key_of(row.first, row.second, analyzer.stemmer()) == key);
      if (!key.empty()) BOOST_TEST(set.is_key(key));
    }
  }
}

BOOST_AUTO_TEST_CASE(the_same_evidence_in_any_order_learns_the_same_set) {
  const auto analyzer = project_analyzer();
  const std::vector<std::string> texts = {"The email was read.", "Send an e-mail.", "Healthcare costs.",
                                          "Health care workers.", "A data-base.", "A database."};
  std::vector<std::string> reversed(texts.rbegin(), texts.rend());
  const analysis::CompoundSet a = learn(texts, analyzer);
  BOOST_TEST(a.compounds().size() == 3u);
  BOOST_TEST((a == learn(reversed, analyzer)));
  analysis::CompoundEvidence one;
  for (const auto& t : texts) one.add_text(t, analyzer);
  BOOST_TEST((a == learnt(analysis::learn_compounds(one, analyzer))));
}

BOOST_AUTO_TEST_CASE(a_key_is_reached_only_through_its_own_first_part) {
  const auto analyzer = project_analyzer();
  const analysis::CompoundSet set({{"e", "email"}, {"data", "databas"}});
  BOOST_TEST(set.key_of("e", "mail", analyzer.stemmer()) == "email");
  BOOST_TEST(set.key_of("e", "mailbox", analyzer.stemmer()) == "");   // another word of the same first part
  BOOST_TEST(set.key_of("em", "ail", analyzer.stemmer()) == "");      // the key, split elsewhere
  BOOST_TEST(set.key_of("data", "bases", analyzer.stemmer()) == "databas");
  BOOST_TEST(set.is_key("databas"));
  BOOST_TEST(!set.is_key("data"));
}

BOOST_AUTO_TEST_CASE(joints_tell_open_and_hyphenated_forms_from_punctuation) {
  struct JointRow {
    std::string text;
    analysis::Joint joint;
  };
  const analysis::Analyzer analyzer(analysis::WordLists{});
  for (const auto& row : std::vector<JointRow>{{"cyber attack", analysis::Joint::kSpace},
                                               {"cyber  \n attack", analysis::Joint::kSpace},
                                               {"cyber-attack", analysis::Joint::kHyphen},
                                               {"cyber\u2010attack", analysis::Joint::kHyphen},
                                               {"cyber - attack", analysis::Joint::kOther},
                                               {"cyber. attack", analysis::Joint::kOther},
                                               {"cyber/attack", analysis::Joint::kOther}}) {
    BOOST_TEST_CONTEXT(row.text) {
      std::string normalized;
      const auto words = analyzer.words(row.text, &normalized);
      BOOST_REQUIRE(words.size() == 2u);
      BOOST_TEST((analysis::joint_between(normalized, words[0], words[1]) == row.joint));
    }
  }
}
