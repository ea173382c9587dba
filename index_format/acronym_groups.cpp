// @brief Acronym groups: built from definitions, bounded, encoded as tagged fields.
#include "index_format/acronym_groups.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "index_format/schema.h"
#include "index_format/tlv.h"

namespace index_format {

namespace {

enum GroupsTag : uint32_t { kTagGroup = 1 };
enum GroupTag : uint32_t { kTagMember = 1 };
enum MemberTag : uint32_t { kTagWords = 1, kTagKey = 2 };
constexpr char kFormat = 1;

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool is_plural_acronym(std::string_view acronym) {
  return acronym.size() > 2 && acronym.back() == 's' && std::isupper(static_cast<unsigned char>(acronym[acronym.size() - 2]));
}

}  // namespace

bool expansion_fits_acronym(std::string_view acronym, const std::vector<std::string>& words) {
  if (is_plural_acronym(acronym)) acronym.remove_suffix(1);
  std::string letters;
  for (char ch : acronym) {
    if (std::isalnum(static_cast<unsigned char>(ch))) letters += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  if (letters.empty() || words.empty() || words[0].empty() || words[0][0] != letters[0]) return false;
  size_t word = 0, inside = 1;
  for (size_t i = 1; i < letters.size(); ++i) {
    const char letter = letters[i];
    size_t next = word + 1;
    while (next < words.size() && (words[next].empty() || words[next][0] != letter)) ++next;
    if (next < words.size()) {
      word = next;
      inside = 1;
      continue;
    }
    const size_t at = words[word].find(letter, inside);
    if (at != std::string::npos) {
      inside = at + 1;
      continue;
    }
    // Inside a later word ("ICT" in "information and telecommunications technology").
    size_t later = word + 1;
    while (later < words.size() && words[later].find(letter, 1) == std::string::npos) ++later;
    if (later < words.size()) {
      word = later;
      inside = words[later].find(letter, 1) + 1;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(letter))) continue;  // "C4I": digits may be left out
    return false;
  }
  return true;
}

AcronymGroups AcronymGroups::build(const std::vector<AcronymDefinition>& definitions, const analysis::Analyzer& analyzer) {
  auto analyse = [&](const std::string& text) {
    AcronymGroups::Member m;
    std::vector<std::string> stems;
    for (const auto& w : analyzer.words(text)) {
      m.words.push_back(analyzer.canonical(w.text));
      stems.push_back(analyzer.stem(m.words.back()));
    }
    m.key = join(stems);
    return m;
  };
  struct Expansion {
    Member member;
    std::set<std::string> docs;
    bool fits = false;
  };
  struct Acronym {
    Member member;
    std::optional<Member> singular;
    std::map<std::string, Expansion> expansions;  // by key
  };
  std::map<std::string, Acronym> acronyms;  // by key: deterministic order
  for (const auto& d : definitions) {
    Member a = analyse(d.acronym), e = analyse(d.expansion);
    if (a.words.empty() || e.words.empty() || a.key == e.key) continue;
    // Spellings with the same stems ("technology", "technologies") share a key; the member kept
    // for it is the least one, not the first met, so the groups do not depend on input order.
    Acronym& acr = acronyms[a.key];
    if (acr.member.words.empty() || a.words < acr.member.words) acr.member = a;
    if (is_plural_acronym(d.acronym)) {
      Member singular = analyse(d.acronym.substr(0, d.acronym.size() - 1));
      if (!acr.singular || singular.words < acr.singular->words) acr.singular = std::move(singular);
    }
    Expansion& exp = acr.expansions[e.key];
    if (exp.member.words.empty() || e.words < exp.member.words) exp.member = e;
    exp.docs.insert(d.doc);
    exp.fits = exp.fits || expansion_fits_acronym(d.acronym, e.words);
  }

  // Union-find over member keys.
  std::map<std::string, Member> nodes;
  std::map<std::string, std::string> parent;
  auto find = [&](std::string x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  auto node = [&](const Member& m) {
    if (nodes.emplace(m.key, m).second) parent[m.key] = m.key;
    return m.key;
  };
  auto unite = [&](const Member& a, const Member& b) {
    const std::string ra = find(node(a)), rb = find(node(b));
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  };
  for (auto& [key, acr] : acronyms) {
    std::vector<const Expansion*> kept;
    for (const auto& [ekey, exp] : acr.expansions)
      if (exp.docs.size() >= 2 || exp.fits) kept.push_back(&exp);
    std::stable_sort(kept.begin(), kept.end(), [](const Expansion* x, const Expansion* y) { return x->docs.size() > y->docs.size(); });
    if (kept.size() > kMaxExpansionsPerAcronym) kept.resize(kMaxExpansionsPerAcronym);
    for (const Expansion* exp : kept) {
      unite(acr.member, exp->member);
      if (acr.singular && !acr.singular->words.empty()) unite(*acr.singular, exp->member);
    }
  }
  std::map<std::string, std::vector<Member>> by_root;
  for (const auto& [key, m] : nodes) by_root[find(key)].push_back(m);
  AcronymGroups groups;
  for (auto& [root, members] : by_root) {
    std::stable_sort(members.begin(), members.end(),
                     [](const Member& x, const Member& y) { return x.words.size() < y.words.size(); });
    if (members.size() > kMaxGroupMembers) members.resize(kMaxGroupMembers);
    groups.groups_.push_back(std::move(members));
  }
  groups.index_members();
  return groups;
}

void AcronymGroups::index_members() {
  group_by_key_.clear();
  group_by_words_.clear();
  lengths_by_first_stem_.clear();
  longest_ = 0;
  for (size_t g = 0; g < groups_.size(); ++g) {
    for (const auto& m : groups_[g]) {
      group_by_key_.emplace(m.key, g);
      if (m.words.size() > 1) group_by_words_.emplace(join(m.words), g);
      auto& lengths = lengths_by_first_stem_[m.key.substr(0, m.key.find(' '))];
      if (std::find(lengths.begin(), lengths.end(), m.words.size()) == lengths.end()) lengths.push_back(m.words.size());
      std::sort(lengths.rbegin(), lengths.rend());
      longest_ = std::max(longest_, m.words.size());
    }
  }
}

std::string AcronymGroups::term(size_t g) const {
  return std::string(schema::kPrefixAcronymGroup) + groups_[g].front().key;
}

std::optional<size_t> AcronymGroups::group_of_stems(const std::vector<std::string>& stems) const {
  if (stems.empty() || stems.size() > longest_) return std::nullopt;
  auto it = group_by_key_.find(join(stems));
  if (it == group_by_key_.end()) return std::nullopt;
  return it->second;
}

std::optional<size_t> AcronymGroups::group_of(const std::vector<std::string>& words, const analysis::Analyzer& analyzer) const {
  if (words.empty() || words.size() > longest_) return std::nullopt;
  std::vector<std::string> stems;
  for (const auto& w : words) stems.push_back(analyzer.stem(analyzer.canonical(w)));
  return group_of_stems(stems);
}

std::vector<std::pair<size_t, size_t>> AcronymGroups::occurrences(const std::vector<std::string>& words,
                                                                   const std::vector<std::string>& stems) const {
  std::vector<std::pair<size_t, size_t>> found;
  if (groups_.empty()) return found;
  std::string key;
  for (size_t i = 0; i < stems.size(); ++i) {
    auto lengths = lengths_by_first_stem_.find(stems[i]);
    if (lengths == lengths_by_first_stem_.end()) continue;
    for (size_t length : lengths->second) {
      if (i + length > words.size()) continue;
      if (length == 1) {
        if (auto it = group_by_key_.find(stems[i]); it != group_by_key_.end()) {
          found.emplace_back(i, it->second);
          break;
        }
        continue;
      }
      key = words[i];
      for (size_t k = i + 1; k < i + length; ++k) key += ' ' + words[k];
      if (auto it = group_by_words_.find(key); it != group_by_words_.end()) {
        found.emplace_back(i, it->second);
        break;
      }
    }
  }
  return found;
}

std::string AcronymGroups::encode() const {
  TlvWriter all;
  for (const auto& members : groups_) {
    TlvWriter group;
    for (const auto& m : members) {
      TlvWriter member;
      member.add_bytes(kTagWords, join(m.words));
      member.add_bytes(kTagKey, m.key);
      group.add_bytes(kTagMember, member.data());
    }
    all.add_bytes(kTagGroup, group.data());
  }
  return std::string(1, kFormat) + all.take();
}

analysis::Result<AcronymGroups> AcronymGroups::decode(std::string_view data) {
  AcronymGroups groups;
  if (data.empty()) return groups;
  auto malformed = [] { return analysis::Status::index_error("malformed acronym groups"); };
  if (data[0] != kFormat) return malformed();
  TlvReader all(data.substr(1));
  while (all.next()) {
    if (all.tag() != kTagGroup) continue;
    std::vector<Member> members;
    TlvReader group(all.bytes());
    while (group.next()) {
      if (group.tag() != kTagMember) continue;
      Member m;
      TlvReader member(group.bytes());
      while (member.next()) {
        if (member.tag() == kTagWords) m.words = split(member.bytes());
        if (member.tag() == kTagKey) m.key = member.bytes();
      }
      if (!member.ok() || m.words.empty() || m.key.empty()) return malformed();
      members.push_back(std::move(m));
    }
    if (!group.ok() || members.empty()) return malformed();
    groups.groups_.push_back(std::move(members));
  }
  if (!all.ok()) return malformed();
  groups.index_members();
  return groups;
}

}  // namespace index_format
