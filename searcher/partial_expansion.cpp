// @brief Part of an expansion, in enough distinctive words, names its acronym's group.
#include "searcher/partial_expansion.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "index_format/document_mapping.h"
#include "index_format/schema.h"
#include "searcher/expansion_blend.h"

namespace searcher {
namespace {

namespace schema = index_format::schema;

bool distinctive(const std::string& word, const std::string& stem, const analysis::Analyzer& analyzer,
                 const Xapian::Database& db) {
  if (analyzer.is_stopword(word)) return false;
  const Xapian::doccount df = db.get_termfreq(std::string(schema::kPrefixStem) + stem);
  return df > 0 && static_cast<double>(df) <= kMaxDistinctiveShare * static_cast<double>(db.get_doccount());
}

// The longest run of query words from `start` matching member words from `from`: how many
// distinctive words it holds, and in *end where it ends.
size_t distinctive_in_run(const std::vector<std::string>& words, const std::vector<std::string>& stems, size_t start,
                          const std::vector<std::string>& member_stems, size_t from,
                          const analysis::Analyzer& analyzer, const Xapian::Database& db, size_t* end) {
  size_t count = 0;
  for (size_t i = start, j = from; i < stems.size() && j < member_stems.size() && stems[i] == member_stems[j]; ++i, ++j) {
    if (distinctive(words[i], stems[i], analyzer, db)) ++count;
    *end = i + 1;
  }
  return count;
}

std::vector<std::string> split_key(const std::string& key) {
  std::vector<std::string> stems;
  size_t start = 0;
  while (start <= key.size()) {
    const size_t end = std::min(key.find(' ', start), key.size());
    stems.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return stems;
}

// How many of the stems of `key` (a member's stems, space-separated) are in `stems`, read where
// they lie: every query is checked against every member of every group, and splitting each key
// into strings first was most of that check's instructions.
size_t shared_stems(std::string_view key, const std::set<std::string, std::less<>>& stems) {
  size_t shared = 0;
  for (size_t start = 0; start <= key.size();) {
    const size_t end = std::min(key.find(' ', start), key.size());
    if (stems.count(key.substr(start, end - start)) > 0) ++shared;
    start = end + 1;
  }
  return shared;
}

std::string describe(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return words.size() > 1 ? "\"" + out + "\"" : out;
}

}  // namespace

std::vector<PartialExpansion> groups_named_in_part(const std::string& text, const index_format::AcronymGroups& groups,
                                         const analysis::Analyzer& analyzer, const Xapian::Database& db) {
  std::vector<std::string> words, stems;
  for (const auto& w : analyzer.words(text)) {
    words.push_back(analyzer.canonical(w.text));
    stems.push_back(analyzer.stem(words.back()));
  }
  std::vector<PartialExpansion> found;
  const std::set<std::string, std::less<>> query_stems(stems.begin(), stems.end());
  size_t candidates = 0;
  for (size_t i = 0; i < words.size(); ++i) candidates += analyzer.is_stopword(words[i]) ? 0 : 1;
  if (candidates < kMinDistinctiveWords) return found;
  for (size_t g = 0; g < groups.size(); ++g) {
    bool named = false;
    for (const auto& member : groups.members(g)) {
      if (named || member.words.size() < kMinDistinctiveWords) continue;
      // The member's stems are its key; most members share too few of them with the query to
      // look further (every query is checked against every group).
      if (shared_stems(member.key, query_stems) < kMinDistinctiveWords) continue;
      const std::vector<std::string> member_stems = split_key(member.key);
      for (size_t i = 0; i < stems.size() && !named; ++i) {
        for (size_t j = 0; j < member_stems.size() && !named; ++j) {
          if (stems[i] != member_stems[j]) continue;
          size_t end = i;
          named = distinctive_in_run(words, stems, i, member_stems, j, analyzer, db, &end) >= kMinDistinctiveWords;
          if (named) found.push_back({g, std::vector<std::string>(words.begin() + i, words.begin() + end)});
        }
      }
    }
  }
  return found;
}

void add_partial_expansions(const std::string& text, const QueryOptions& options,
                            const index_format::AcronymGroups& groups, const analysis::Analyzer& analyzer,
                            const Xapian::Database& db, BuiltQuery& built) {
  if (!options.synonyms || groups.empty()) return;
  std::vector<Xapian::Query> terms, bonuses;
  for (const auto& [g, run] : groups_named_in_part(text, groups, analyzer, db)) {
    const std::string term = groups.term(g);
    if (built.group_words.count(term)) continue;  // named whole: expanded already
    auto& words = built.group_words[term];
    std::string alternatives;
    for (const auto& member : groups.members(g)) {
      alternatives += (alternatives.empty() ? "" : " | ") + describe(member.words);
      if (member.words.size() == 1) {
        words.push_back(index_format::stem_term(analyzer, "", member.words[0]));
        continue;
      }
      for (const auto& w : member.words)
        if (!analyzer.is_stopword(w)) words.push_back(w);
    }
    built.expansions.push_back("part of an expansion -> " + alternatives);
    terms.emplace_back(term);
    // A record naming the group another way ("NISC") gets the bonus a whole member's would
    // (blend_expansions), against the run of words.
    std::vector<Xapian::Query> items(run.begin(), run.end());
    Xapian::Query bonus = expansion_bonus(Xapian::Query(term),
                                          Xapian::Query(Xapian::Query::OP_PHRASE, items.begin(), items.end(), items.size()),
                                          kExpansionOnlyBonus, db);
    if (!bonus.empty()) bonuses.push_back(std::move(bonus));
  }
  if (terms.empty()) return;
  const Xapian::Query group_terms(Xapian::Query::OP_OR, terms.begin(), terms.end());
  built.query = Xapian::Query(options.require_all ? Xapian::Query::OP_AND_MAYBE : Xapian::Query::OP_OR, built.query,
                              group_terms);
  if (!bonuses.empty()) {
    built.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, built.query,
                                Xapian::Query(Xapian::Query::OP_OR, bonuses.begin(), bonuses.end()));
  }
}

}  // namespace searcher
