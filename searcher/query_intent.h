// @brief aims_at_notes: whether a query looks for notes (citations) rather than for what the
// passages say, so that passages are not preferred over notes for it.
#pragma once

#include <xapian.h>

namespace searcher {

// What the query names that only a note can answer, beyond what the query itself holds; filled
// by the query builder where it knows (a URL or a host typed in the query).
struct NoteSignals {
  bool names_url_or_host = false;
};

// True when `query` (as built, before kind weighting) asks for notes or the glossary: it has a
// kind:note or kind:glossary filter, `signals` say so, or it names something only notes or the
// glossary hold: a quoted phrase (a title: "'AI Research Rankings 2020'") or a word (an author's
// name: "Chuvpilo") that matches some record but no passage. Section words and filters are not
// looked at. Each such check is one small match on `db` (at most kMaxIntentChecks per query),
// never a per-hit lookup. `remote`: some shard of `db` is remote, where opening a posting list is a
// round trip to each shard in turn (and ships the list whole), so the words are checked with
// matches instead, which ask every shard at once: all words and phrases together first (a passage
// holding them all settles it), each alone only when no passage does.
bool aims_at_notes(const Xapian::Query& query, const Xapian::Database& db, const NoteSignals& signals = {},
                   bool remote = false);

inline constexpr unsigned kMaxIntentChecks = 16;

}  // namespace searcher
