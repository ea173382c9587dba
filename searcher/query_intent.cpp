// @brief Whether a query aims at notes: kind filters, and phrases or words only notes hold.
#include "searcher/query_intent.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "index_format/schema.h"

namespace searcher {
namespace {

namespace schema = index_format::schema;

const std::string& passage_filter() {
  static const std::string term = std::string(schema::kPrefixKind) + std::string(schema::kKindPassage);
  return term;
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// A term of the text: a word, its stem, an acronym group or a bigram; not a section word ("S…")
// nor a boolean filter ("XSRC:…", "XNOTE:…", "XKIND:…", "Q…").
bool is_text_term(const std::string& term) {
  if (term.empty()) return false;
  if (!std::isupper(static_cast<unsigned char>(term[0]))) return true;
  if (starts_with(term, schema::kPrefixStem)) return term.size() > 1 && !std::isupper(static_cast<unsigned char>(term[1]));
  return starts_with(term, schema::kPrefixAcronymGroup) || starts_with(term, schema::kPrefixBigram);
}

// True when `term` is in some record but no passage: the term's posting list and the passages'
// walked together until they meet, which for a word in any passage is within a few entries.
bool term_only_outside_passages(const std::string& term, const Xapian::Database& db) {
  if (db.get_termfreq(term) == 0) return false;
  auto t = db.postlist_begin(term), p = db.postlist_begin(passage_filter());
  const auto t_end = db.postlist_end(term), p_end = db.postlist_end(passage_filter());
  while (t != t_end && p != p_end) {
    if (*t == *p) return false;
    if (*t < *p) {
      t.skip_to(*p);
    } else {
      p.skip_to(*t);
    }
  }
  return true;
}

// True when `part` matches some record but no passage.
bool only_outside_passages(const Xapian::Query& part, const Xapian::Database& db) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, part, Xapian::Query(passage_filter())));
  if (enquire.get_mset(0, 0, 1).get_matches_lower_bound() > 0) return false;
  enquire.set_query(part);
  return enquire.get_mset(0, 0, 1).get_matches_lower_bound() > 0;
}

// Over remote shards every check is a match, two round trips to every shard: the parts are first
// matched together (AND, filtered to passages), which settles the usual case, a passage holding
// every word and phrase of the query, in one match; only when no passage holds them all is each
// checked alone.
bool any_only_outside_passages(const std::vector<Xapian::Query>& parts, const Xapian::Database& db) {
  if (parts.size() > 1) {
    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER,
                                    Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end()),
                                    Xapian::Query(passage_filter())));
    if (enquire.get_mset(0, 0, 1).get_matches_lower_bound() > 0) return false;
  }
  return std::any_of(parts.begin(), parts.end(), [&](const Xapian::Query& part) { return only_outside_passages(part, db); });
}

struct Walker {
  Walker(const Xapian::Database& database, bool over_remote) : db(database), remote(over_remote) {}
  const Xapian::Database& db;
  bool remote = false;
  std::set<std::string> checked;
  unsigned budget = kMaxIntentChecks;
  bool found = false;
  std::vector<Xapian::Query> remote_parts;  // remote: what to check, in walk order

  void walk(const Xapian::Query& q) {
    if (found || budget == 0) return;
    switch (q.get_type()) {
      case Xapian::Query::LEAF_TERM: {
        const std::string term = *q.get_terms_begin();
        if (is_text_term(term) && checked.insert(term).second) {
          --budget;
          // Locally a walk of two posting lists is a few B-tree reads; over remote shards it is
          // nine round trips a word with three shards (bench/README.md), a match two at most.
          if (remote) {
            remote_parts.emplace_back(term);
          } else {
            found = term_only_outside_passages(term, db);
          }
        }
        return;
      }
      case Xapian::Query::OP_PHRASE:
        check_phrase(q, q);
        return;
      case Xapian::Query::OP_FILTER:
        // A phrase holding a stopword (query_builder.cpp phrase_query): its bigrams, filtered by
        // the phrase of its words. Checked whole: the phrase alone would read the stopword's
        // positions in every record holding its words.
        if (q.get_num_subqueries() == 2 && q.get_subquery(1).get_type() == Xapian::Query::OP_PHRASE) {
          check_phrase(q.get_subquery(1), q);
          return;
        }
        [[fallthrough]];
      default:
        for (size_t i = 0; i < q.get_num_subqueries() && !found; ++i) walk(q.get_subquery(i));
    }
  }

  // Checks `matched`, the query that matches exactly the records holding `phrase`.
  void check_phrase(const Xapian::Query& phrase, const Xapian::Query& matched) {
    const std::string first = *phrase.get_terms_begin();
    if (!is_text_term(first) || !checked.insert(phrase.get_description()).second) return;
    --budget;
    if (remote) {
      remote_parts.push_back(matched);
    } else {
      found = only_outside_passages(matched, db);
    }
  }
};

}  // namespace

bool aims_at_notes(const Xapian::Query& query, const Xapian::Database& db, const NoteSignals& signals, bool remote) {
  if (signals.names_url_or_host) return true;
  for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) {
    const std::string term = *it;
    if (starts_with(term, schema::kPrefixKind) && term != passage_filter()) return true;
  }
  Walker walker(db, remote);
  walker.walk(query);
  return walker.found || any_only_outside_passages(walker.remote_parts, db);
}

}  // namespace searcher
