// @brief mark_compounds and CompoundProcessor: a query's learnt compounds ("cyberattack",
// "cyber attack", "\"cyber attacks\"", "cyber-attack") searched as the one term the index holds
// for all their forms, the form as typed ranking first.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"

namespace searcher {

// A compound named in the query.
struct CompoundUse {
  std::string key;                 // its term's stem (analysis/compound_set.h)
  std::vector<std::string> words;  // the form as typed, analysed: {"cyber", "attacks"} or {"cyberattack"}
};

// Rewrites `parser_text`, the text rewrite_query_text hands to QueryParser (analysed lower-case
// words, the words of one run joined by '-', phrases in '"', fields as name:value, '+'/'-'
// prefixes, operators in capitals), writing "<field>:N" (N indexing *uses) in place of each
// compound of analyzer.compounds():
//  - a plain word whose stem is a compound's key ("cyberattacks");
//  - a plain run of two words joined by '-' that are a compound ("cyber-attack");
//  - two plain words with only spaces between them that are a compound ("cyber attack");
//  - a quoted phrase that is exactly one of these ("\"cyber attack\"", "\"cyberattack\"").
// Plain: no '+' or '-' before it, no field, no wildcard, no operator. Anything else is copied as
// it is. With no compounds, returns `parser_text` unchanged.
std::string mark_compounds(const std::string& parser_text, const analysis::Analyzer& analyzer,
                           const std::string& field, std::vector<CompoundUse>* uses);

// Of the weight of the compound's term, what the form as typed adds on top: a passage writing
// "cyber attack" ranks above an otherwise equal one writing "cyberattacks" for "cyber attack".
inline constexpr double kExactFormBonus = 0.5;

// Answers "<field>:N": Z<prefix><key> (every form and inflection, schema.h), OR the form as typed
// (the word's own term, or the phrase of the two words) scaled by kExactFormBonus. `uses` and
// `analyzer` must outlive the processor.
class CompoundProcessor : public Xapian::FieldProcessor {
 public:
  CompoundProcessor(const std::vector<CompoundUse>& uses, std::string prefix) : uses_(uses), prefix_(std::move(prefix)) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  const std::vector<CompoundUse>& uses_;
  const std::string prefix_;
};

}  // namespace searcher
