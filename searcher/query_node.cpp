// @brief QueryNode trees: building them flat, and describing them as text.
#include "searcher/query_node.h"

namespace searcher {
namespace {

using Kind = QueryNode::Kind;

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::kWords: return "WORDS";
    case Kind::kPhrase: return "PHRASE";
    case Kind::kWildcard: return "WILDCARD";
    case Kind::kAcronym: return "ACRONYM";
    case Kind::kCompound: return "COMPOUND";
    case Kind::kFilter: return "FILTER";
    case Kind::kUrl: return "URL";
    case Kind::kNear: return "NEAR";
    case Kind::kAdjacent: return "ADJ";
    case Kind::kMatchAll: return "ALL";
    case Kind::kDefault: return "DEFAULT";
    case Kind::kAnd: return "AND";
    case Kind::kOr: return "OR";
    case Kind::kXor: return "XOR";
    case Kind::kAndNot: return "AND_NOT";
    case Kind::kAndMaybe: return "AND_MAYBE";
    case Kind::kFilterBy: return "FILTER_BY";
    case Kind::kWeightless: return "WEIGHTLESS";
  }
  return "?";
}

}  // namespace

QueryNode make_node(Kind kind, int column) {
  QueryNode n;
  n.kind = kind;
  n.column = column;
  return n;
}

std::optional<QueryNode> combine(Kind kind, std::optional<QueryNode> a, std::optional<QueryNode> b) {
  if (!b) return a;
  if (!a) {
    if (kind != Kind::kAndNot) return b;
    a = make_node(Kind::kMatchAll, b->column);
  }
  if (a->kind == kind && (kind == Kind::kAnd || kind == Kind::kOr || kind == Kind::kXor || kind == Kind::kAndNot)) {
    a->children.push_back(std::move(*b));
    return a;
  }
  QueryNode out = make_node(kind, a->column);
  out.children.push_back(std::move(*a));
  out.children.push_back(std::move(*b));
  return out;
}

std::optional<QueryNode> combine_all(Kind kind, std::vector<QueryNode> nodes) {
  if (nodes.empty()) return std::nullopt;
  if (nodes.size() == 1) return std::move(nodes[0]);
  QueryNode out = make_node(kind, nodes[0].column);
  out.children = std::move(nodes);
  return out;
}

std::string describe(const QueryNode& n) {
  std::string out = kind_name(n.kind);
  switch (n.kind) {
    case Kind::kWords:
      if (n.words.size() == 1) return n.prefix + n.words[0];
      return "PHRASE(" + n.prefix + join(n.words) + ")";
    case Kind::kFilter: return n.term;
    case Kind::kMatchAll: return out;
    case Kind::kUrl: return out + "(" + join(n.url_terms) + ")";
    case Kind::kWildcard: return out + "(" + n.prefix + join(n.words) + "*)";
    case Kind::kNear:
    case Kind::kAdjacent:
      return out + "/" + std::to_string(n.window) + "(" + join(n.words) + ")";
    case Kind::kPhrase:
    case Kind::kAcronym:
    case Kind::kCompound:
      return out + "(" + n.prefix + join(n.words) + ")";
    default: {
      out += "(";
      for (size_t i = 0; i < n.children.size(); ++i) out += (i ? ", " : "") + describe(n.children[i]);
      return out + ")";
    }
  }
}

}  // namespace searcher
