#define BOOST_TEST_MODULE corpus_search
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <map>
#include <regex>
#include <set>

#include "index_format/passage_record.h"
#include "index_format/record_codec.h"
#include "index_format/schema.h"
#include "searcher/index_reader.h"
#include "tests/corpus_index.h"
#include "searcher/query_runner.h"

// Corpus-wide checks on the real index of corpus/ (built by the corpus_index_build fixture):
// query analysis agrees with index analysis for every passage, and the vocabulary (acronyms,
// spelling variants, diacritics) finds what the text says in other words.

namespace {

namespace schema = index_format::schema;

struct CorpusIndex {
  std::unique_ptr<searcher::IndexReader> index = testing_support::open_corpus_index();

  std::vector<std::string> ids(const std::string& query, size_t limit = 1000, bool synonyms = true) {
    searcher::QueryOptions query_options;
    query_options.synonyms = synonyms;
    searcher::RankOptions rank_options;
    rank_options.limit = static_cast<Xapian::doccount>(limit);
    searcher::QueryRunner runner(*index, query_options, rank_options);
    auto result = runner.run(query, nullptr);
    BOOST_REQUIRE_MESSAGE(result.is_ok(), query + ": " + result.status().message());
    std::vector<std::string> out;
    for (const auto& hit : result->hits) out.push_back(hit.record.id);
    return out;
  }

  std::vector<index_format::PassageRecord> records() {
    std::vector<index_format::PassageRecord> all;
    const Xapian::Database& db = index->db();
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      all.push_back(index_format::decode_record(db.get_document(*it).get_data(), index_format::kAllFields,
                                                index->record_dictionary()).value());
    }
    return all;
  }

  // Ids of the records whose text holds `words` as a phrase (analysed words).
  std::set<std::string> saying(const std::vector<std::string>& words) {
    std::vector<Xapian::Query> terms;
    for (const auto& w : words) terms.emplace_back(w);
    Xapian::Query q = terms.size() == 1 ? terms[0] : Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
    Xapian::Enquire enquire(index->db());
    enquire.set_query(q);
    std::set<std::string> out;
    auto mset = enquire.get_mset(0, 10000);
    for (auto it = mset.begin(); it != mset.end(); ++it) out.insert(index_format::decode_record(it.get_document().get_data(), index_format::kFieldIdentity,
                                                                                          index->record_dictionary())->id);
    return out;
  }

  std::vector<std::string> analysed(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& w : index->analyzer().words(text)) out.push_back(index->analyzer().canonical(w.text));
    return out;
  }
};

std::string phrase_of(const std::vector<std::string>& words) {
  std::string q = "\"";
  for (const auto& w : words) q += (q.size() > 1 ? " " : "") + w;
  return q + "\"";
}

bool contains(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

BOOST_FIXTURE_TEST_SUITE(corpus_search, CorpusIndex)

// The searcher analyses query text exactly as the indexer analysed documents: for every record,
// its first eight words (markers and URLs aside: they are not words of the text) as a phrase
// find it.
BOOST_AUTO_TEST_CASE(first_eight_words_of_every_passage_find_it) {
  static const std::regex kMarkerOrUrl(R"(\[[0-9]+\]|<?https?://[^\s>]+>?)");
  auto all = records();
  BOOST_REQUIRE_EQUAL(all.size(), 146u);  // 71 passages, 1 glossary, 74 notes
  for (const auto& record : all) {
    std::string text = std::regex_replace(record.text, kMarkerOrUrl, " ");
    std::vector<std::string> words;
    for (const auto& w : index->analyzer().words(text)) {
      if (words.size() == 8) break;
      words.push_back(w.text);
    }
    const std::string query = phrase_of(words);
    BOOST_TEST(contains(ids(query, 100), record.id), record.id << " not found by " << query);
  }
}

BOOST_AUTO_TEST_CASE(every_learnt_acronym_and_expansion_finds_the_other) {
  const auto definitions = index->acronym_definitions().value();
  BOOST_REQUIRE_GE(definitions.size(), 25u);
  std::set<std::string> acronyms;
  std::map<std::string, std::string> kinds;
  for (const auto& record : records()) kinds[record.id] = record.kind;
  size_t checked = 0;
  for (const auto& d : definitions) {
    acronyms.insert(d.acronym);
    // Every definition the corpus makes is kept in its acronym's group (none is a chance match).
    BOOST_TEST((index->acronyms().group_of(analysed(d.acronym), index->analyzer()) ==
                index->acronyms().group_of(analysed(d.expansion), index->analyzer())),
               d.acronym << " = " << d.expansion << " is not one group");
    const auto acronym = analysed(d.acronym), expansion = analysed(d.expansion);
    for (int direction = 0; direction < 2; ++direction) {
      const auto& asked = direction == 0 ? acronym : expansion;
      const auto& other = direction == 0 ? expansion : acronym;
      // Records saying only the other form: one of them must be in the top 3, if any exists.
      // Asked for the acronym, the other forms are all its group's expansions ("ICT" is defined as
      // "information and communications technology" in one document and "information and
      // telecommunications technology" in the other: a record saying either was found only
      // through the expansion).
      std::set<std::string> only_other;
      const auto asked_ids = saying(asked);
      std::vector<std::vector<std::string>> others = {other};
      if (direction == 0) {
        if (auto g = index->acronyms().group_of(acronym, index->analyzer())) {
          for (const auto& member : index->acronyms().members(*g))
            if (member.words.size() > 1) others.push_back(member.words);
        }
      }
      for (const auto& form : others)
        for (const auto& id : saying(form))
          if (!asked_ids.count(id)) only_other.insert(id);
      if (only_other.empty()) continue;
      // Passages rank above notes and the glossary (kind_weighting.h): where only those say the
      // other form ("Ministry of Defense" is in notes' titles, never in a passage without "MoD"),
      // one of them is in the top 3 among the notes and the glossary.
      const bool in_passage = std::any_of(only_other.begin(), only_other.end(), [&](const std::string& id) {
        return kinds.at(id) == schema::kKindPassage;
      });
      const auto top = ids(phrase_of(asked) + (in_passage ? "" : " kind:note kind:glossary"), 3);
      const bool found = std::any_of(top.begin(), top.end(), [&](const std::string& id) { return only_other.count(id) > 0; });
      BOOST_TEST(found, phrase_of(asked) << " has no record saying only " << phrase_of(other) << " in its top 3"
                                         << (in_passage ? "" : " of notes and glossary"));
      ++checked;
    }
  }
  BOOST_TEST_MESSAGE(checked << " acronym directions checked");
  BOOST_TEST(checked >= 20u);
  // The learnt list holds the glossary's and the running text's definitions.
  for (const char* a : {"MoD", "NISC", "CSSH", "IoT", "JSDF", "CBMs", "GGE", "DIH", "OECD", "ASEAN"})
    BOOST_TEST(acronyms.count(a) == 1u, a);
}

BOOST_AUTO_TEST_CASE(mod_finds_passages_that_only_say_ministry_of_defense) {
  const auto only_expansion = saying({"ministry", "of", "defense"});
  const auto with_acronym = saying({"mod"});
  const auto hits = ids("MoD");
  size_t found = 0;
  for (const auto& id : hits)
    if (only_expansion.count(id) && !with_acronym.count(id)) ++found;
  BOOST_TEST(found >= 5u);
  BOOST_TEST(ids("MoD", 1000, false).size() < hits.size());  // --no-synonyms: literal only
}

BOOST_AUTO_TEST_CASE(nisc_budget_works_like_its_expansion) {
  const auto by_acronym = ids("NISC budget");
  const auto by_expansion = ids("\"National Center of Incident Readiness and Strategy for Cybersecurity\" budget");
  // Two empty answers would compare equal and prove nothing.
  BOOST_REQUIRE(!by_acronym.empty());
  BOOST_REQUIRE(!by_expansion.empty());
  BOOST_TEST(std::set<std::string>(by_acronym.begin(), by_acronym.end()) ==
             std::set<std::string>(by_expansion.begin(), by_expansion.end()));
}

BOOST_AUTO_TEST_CASE(british_and_american_spellings_return_the_same_hits_in_the_same_order) {
  const std::pair<const char*, const char*> pairs[] = {
      {"defence", "defense"}, {"behaviour", "behavior"}, {"organisation", "organization"},
      {"organised", "organized"}, {"programme", "program"}, {"centre", "center"},
      {"labour", "labor"}, {"ageing", "aging"}, {"utilisation", "utilization"},
      {"\"cyber defence\"", "\"cyber defense\""},
  };
  for (const auto& [british, american] : pairs) {
    const auto a = ids(british), b = ids(american);
    BOOST_TEST(!a.empty(), british);
    BOOST_TEST(a == b, british << " vs " << american);
  }
}

BOOST_AUTO_TEST_CASE(diacritics_and_case_fold_from_the_query_side) {
  const auto folded = ids("juyo");
  BOOST_REQUIRE(!folded.empty());
  BOOST_TEST(contains(folded, "iiss-japan-2021:note53"));
  BOOST_TEST(ids("Jūyō") == folded);
  BOOST_TEST(ids("JUYO") == folded);
  BOOST_TEST(ids("\"ōdan teki\"") == ids("\"odan-teki\""));
}

BOOST_AUTO_TEST_SUITE_END()
