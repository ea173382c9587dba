// @brief Acronym groups from the index metadata.
#include "searcher/acronym_table.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <numeric>

#include <nlohmann/json.hpp>

#include "analysis/schema.h"

namespace searcher {
namespace schema = analysis::schema;

analysis::Result<AcronymTable> AcronymTable::load(const Xapian::Database& db, const analysis::Analyzer& analyzer) {
  std::vector<AcronymDefinition> definitions;
  const std::string prefix(schema::kMetaAcronymsPrefix);
  try {
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
      const std::string key = *it;
      const std::string value = db.get_metadata(key);
      if (value.empty()) continue;
      try {
        for (const auto& a : nlohmann::json::parse(value)) {
          definitions.push_back({a.at("acronym").get<std::string>(), a.at("expansion").get<std::string>(),
                                 key.substr(prefix.size()), a.at("file").get<std::string>(), a.at("line").get<int>()});
        }
      } catch (const nlohmann::json::exception& e) {
        return analysis::Status::index_error("index metadata '" + key + "' is unreadable: " + e.what());
      }
    }
  } catch (const Xapian::Error& e) {
    return analysis::Status::index_error("cannot read the acronyms from the index: " + e.get_description());
  }
  return AcronymTable(std::move(definitions), analyzer);
}

AcronymTable::AcronymTable(std::vector<AcronymDefinition> definitions, const analysis::Analyzer& analyzer)
    : analyzer_(&analyzer), definitions_(std::move(definitions)) {
  // Union-find over keys: "ccdcoe", "ccd coe" and their common expansion form one group.
  std::vector<std::vector<std::string>> sequences;
  std::map<std::vector<std::string>, size_t> index_of_key;
  std::vector<size_t> parent;
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  auto node = [&](const std::string& text) {
    std::vector<std::string> words;
    for (const auto& w : analyzer.words(text)) words.push_back(analyzer.canonical(w.text));
    auto [it, inserted] = index_of_key.emplace(key_of(words), sequences.size());
    if (inserted) {
      sequences.push_back(words);
      parent.push_back(parent.size());
    }
    return it->second;
  };
  for (const auto& d : definitions_) {
    if (analyzer.words(d.acronym).empty() || analyzer.words(d.expansion).empty()) continue;
    const size_t a = node(d.acronym), b = node(d.expansion);
    parent[find(a)] = find(b);
    // A plural acronym ("CBMs") is also asked for in the singular ("CBM").
    const std::string& acr = d.acronym;
    if (acr.size() > 2 && acr.back() == 's' && std::isupper(static_cast<unsigned char>(acr[acr.size() - 2]))) {
      parent[find(node(acr.substr(0, acr.size() - 1)))] = find(b);
    }
  }
  std::map<size_t, size_t> group_of_root;
  for (size_t i = 0; i < sequences.size(); ++i) {
    auto [it, inserted] = group_of_root.emplace(find(i), groups_.size());
    if (inserted) groups_.emplace_back();
    groups_[it->second].push_back(sequences[i]);
    longest_ = std::max(longest_, sequences[i].size());
  }
  for (auto& members : groups_) {
    std::stable_sort(members.begin(), members.end(), [](const auto& x, const auto& y) { return x.size() < y.size(); });
  }
  for (const auto& [key, i] : index_of_key) group_by_key_[key] = group_of_root[find(i)];
}

std::vector<std::string> AcronymTable::key_of(const std::vector<std::string>& words) const {
  std::vector<std::string> key;
  for (const auto& w : words) key.push_back(analyzer_->stem(analyzer_->canonical(w)));
  return key;
}

std::optional<size_t> AcronymTable::group_of(const std::vector<std::string>& words) const {
  if (!analyzer_ || words.empty() || words.size() > longest_) return std::nullopt;
  auto it = group_by_key_.find(key_of(words));
  if (it == group_by_key_.end()) return std::nullopt;
  return it->second;
}

}  // namespace searcher
