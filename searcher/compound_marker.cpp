// @brief Finding a query's compounds in its parsed tree, and their query.
#include "searcher/compound_marker.h"

#include "index_format/schema.h"

namespace searcher {
namespace {

using Kind = QueryNode::Kind;

// The key of `words` read as one compound (one closed word, or two open or hyphenated ones), or "".
std::string key_of(const std::vector<std::string>& words, const analysis::Analyzer& analyzer) {
  if (words.size() == 1) {
    const std::string stem = analyzer.stem(words[0]);
    return analyzer.compounds().is_key(stem) ? stem : "";
  }
  if (words.size() == 2) return analyzer.compound_key(words[0], words[1]);
  return "";
}

bool plain_word(const QueryNode& n) { return n.kind == Kind::kWords && n.prefix.empty() && n.words.size() == 1; }

QueryNode compound_node(const std::string& key, std::vector<std::string> words, int column) {
  QueryNode node = make_node(Kind::kCompound, column);
  node.term = key;
  node.words = std::move(words);
  return node;
}

void mark(QueryNode& n, const analysis::Analyzer& analyzer, std::vector<CompoundUse>& uses) {
  if ((n.kind == Kind::kWords || n.kind == Kind::kPhrase) && n.prefix.empty()) {
    const std::string key = key_of(n.words, analyzer);
    if (!key.empty()) {
      uses.push_back({key, n.words});
      n = compound_node(key, n.words, n.column);
    }
    return;
  }
  // Only the default operator joins two words into one compound: AND, OR, NOT, '+' and '-' keep
  // their operands apart (each may still be a compound of its own).
  const bool joins = n.kind == Kind::kDefault;
  std::vector<QueryNode> children;
  for (size_t i = 0; i < n.children.size(); ++i) {
    QueryNode& child = n.children[i];
    if (joins && i + 1 < n.children.size() && plain_word(child) && plain_word(n.children[i + 1]) &&
        !n.children[i + 1].after_dropped_stopword) {
      const std::vector<std::string> pair = {child.words[0], n.children[i + 1].words[0]};
      const std::string key = analyzer.compound_key(pair[0], pair[1]);
      if (!key.empty()) {
        uses.push_back({key, pair});
        children.push_back(compound_node(key, pair, child.column));
        ++i;
        continue;
      }
    }
    mark(child, analyzer, uses);
    children.push_back(std::move(child));
  }
  n.children = std::move(children);
}

}  // namespace

std::vector<CompoundUse> mark_compounds(QueryNode& root, const analysis::Analyzer& analyzer) {
  std::vector<CompoundUse> uses;
  if (!analyzer.compounds().empty()) mark(root, analyzer, uses);
  return uses;
}

Xapian::Query compound_query(const std::string& key, const std::string& prefix, const Xapian::Query& exact) {
  const Xapian::Query compound(std::string(index_format::schema::kPrefixStem) + prefix + key);
  return Xapian::Query(Xapian::Query::OP_OR, compound, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, exact, kExactFormBonus));
}

}  // namespace searcher
