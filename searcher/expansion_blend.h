// @brief blend_expansions: a match found only through an acronym expansion gets, in its score,
// the bonus a match saying the words as typed gets.
#pragma once

#include <xapian.h>

namespace searcher {

// The query builder adds a share (kOwnWordsBonus) of the typed words' weight to a match that says
// them, on top of the group's weight. A match that names the group only in other words (a
// passage saying "Ministry of Defense" to a query for "MoD") gets the same share of what the
// typed words would weigh there: its group weight times the ratio of the typed words' weight to
// the group's weight in the best match of the typed words. Otherwise a query for "MoD" fills its
// first page with passages that say "MoD" and never shows that "Ministry of Defense" was
// understood as the same thing, and a query for the eleven words of "National Center of Incident
// Readiness and Strategy for Cybersecurity", whose phrase outweighs the group's one term many
// times, never shows a passage saying "NISC".
inline constexpr double kExpansionOnlyBonus = 0.5;
// The least bonus, as a share of the group's weight: as much again, as if the record named the
// group twice. Where the typed words weigh about as much as the group's term (an acronym), the
// ratio alone gives too little to show one such record on the first page ("GGE" and a passage
// saying "Group of Governmental Experts").
inline constexpr double kMinExpansionOnlyBonus = 1.0;

// The bonus for records matching `group` (a group's term) but not `typed` (the words as typed):
// `group AND_NOT typed` scaled by `share` times the ratio above, at least by
// kMinExpansionOnlyBonus; an empty query when `typed` matches nothing. Two small matches on `db`.
Xapian::Query expansion_bonus(const Xapian::Query& group, const Xapian::Query& typed, double share,
                              const Xapian::Database& db);

// `query` plus, for each part of `expansion_only` (BuiltQuery::expansion_only: an OR of
// "group AND_NOT words as typed"), that part scaled by kExpansionOnlyBonus times the ratio above,
// at least by kMinExpansionOnlyBonus.
// The matches are those of `query` (the bonus is AND_MAYBE), ranks are score order. Two small
// matches per part on `db`, never a per-hit lookup. With `expansion_only` empty, `query` itself.
Xapian::Query blend_expansions(const Xapian::Query& query, const Xapian::Query& expansion_only,
                               const Xapian::Database& db);

}  // namespace searcher
