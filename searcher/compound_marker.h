// @brief mark_compounds and compound_query: a query's learnt compounds ("cyberattack",
// "cyber attack", "\"cyber attacks\"", "cyber-attack") searched as the one term the index holds
// for all their forms, the form as typed ranking first.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "searcher/query_node.h"

namespace searcher {

// A compound named in the query.
struct CompoundUse {
  std::string key;                 // its term's stem (analysis/compound_set.h)
  std::vector<std::string> words;  // the form as typed, analysed: {"cyber", "attacks"} or {"cyberattack"}
};

// Turns each plain mention of a compound of analyzer.compounds() in the parsed `root` into a
// kCompound node (`term` its key, `words` the form as typed), and returns them in query order:
//  - one word whose stem is a compound's key ("cyberattacks");
//  - a hyphenated run of two words that are a compound ("cyber-attack");
//  - two single words side by side under the default operator ("cyber attack"; not across a
//    stopword the parser dropped: "cyber of attack");
//  - a quoted phrase that is exactly one of these ("\"cyber attack\"", "\"cyberattack\"").
// Plain: no field prefix, not under '+'/'-', AND/OR or NEAR, no wildcard. Anything else is left as
// it is. With no compounds, the tree is unchanged.
std::vector<CompoundUse> mark_compounds(QueryNode& root, const analysis::Analyzer& analyzer);

// Of the weight of the compound's term, what the form as typed adds on top: a passage writing
// "cyber attack" ranks above an otherwise equal one writing "cyberattacks" for "cyber attack".
inline constexpr double kExactFormBonus = 0.5;

// The query of a compound under term prefix `prefix` ("" or the section's): Z<prefix><key>
// (every form and inflection, schema.h), OR `exact` (the form as typed) scaled by kExactFormBonus.
Xapian::Query compound_query(const std::string& key, const std::string& prefix, const Xapian::Query& exact);

}  // namespace searcher
