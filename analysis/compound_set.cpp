// @brief CompoundSet lookups and the joint between two words.
#include "analysis/compound_set.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace analysis {

Joint joint_between(std::string_view normalized, const Word& a, const Word& b) {
  const std::string_view gap = normalized.substr(a.end, b.begin - a.end);
  if (gap == "-") return Joint::kHyphen;
  if (gap.empty()) return Joint::kOther;  // one token split by the word breaker ("co2"), not two words
  const bool blank = std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  return blank ? Joint::kSpace : Joint::kOther;
}

namespace {

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

// Orders an entry "first\0key" against a search for a first part alone: an entry whose first part
// equals `first` compares equal, so lower_bound and upper_bound bracket that part's compounds.
std::string_view first_part(std::string_view entry) { return entry.substr(0, entry.find('\0')); }

}  // namespace

// A view of the packed bytes; counts are checked against the size once, offsets at each read.
struct CompoundSet::Table {
  std::string bytes;
  uint32_t pairs = 0;
  uint32_t keys = 0;
  size_t pair_offsets = 0;  // byte position of the pairs' offsets
  size_t key_offsets = 0;   // byte position of the keys' (begin, end) offsets
  size_t text = 0;          // byte position of the text

  uint32_t u32(size_t at) const {
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
    return v;
  }
  std::string_view slice(uint32_t begin, uint32_t end) const {
    const size_t size = bytes.size() - text;
    if (begin > end || end > size) return {};
    return std::string_view(bytes).substr(text + begin, end - begin);
  }
  std::string_view pair(uint32_t i) const { return slice(u32(pair_offsets + 4 * i), u32(pair_offsets + 4 * (i + 1))); }
  std::string_view key(uint32_t i) const { return slice(u32(key_offsets + 8 * i), u32(key_offsets + 8 * i + 4)); }

  // First index in [0, count) whose entry is not less than the target, by `less(entry_index)`.
  template <typename Less>
  static uint32_t lower_bound(uint32_t count, Less less) {
    uint32_t lo = 0, hi = count;
    while (lo < hi) {
      const uint32_t mid = lo + (hi - lo) / 2;
      if (less(mid)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
};

CompoundSet::CompoundSet(std::vector<Compound> compounds) {
  if (compounds.empty()) return;
  std::sort(compounds.begin(), compounds.end());
  compounds.erase(std::unique(compounds.begin(), compounds.end()), compounds.end());
  // Pairs sort as (first, key) because '\0' sorts before every byte of a word.
  std::string text;
  std::vector<uint32_t> pair_offsets{0};
  std::vector<std::pair<std::string_view, uint32_t>> keys;  // key, its begin in text
  for (const Compound& c : compounds) {
    text += c.first;
    text.push_back('\0');
    keys.emplace_back(c.key, static_cast<uint32_t>(text.size()));
    text += c.key;
    pair_offsets.push_back(static_cast<uint32_t>(text.size()));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first == b.first; }), keys.end());
  std::string packed;
  put_u32(packed, static_cast<uint32_t>(compounds.size()));
  for (uint32_t off : pair_offsets) put_u32(packed, off);
  put_u32(packed, static_cast<uint32_t>(keys.size()));
  for (const auto& [key, begin] : keys) {
    put_u32(packed, begin);
    put_u32(packed, begin + static_cast<uint32_t>(key.size()));
  }
  packed += text;
  *this = from_packed(std::move(packed)).value();
}

Result<CompoundSet> CompoundSet::from_packed(std::string packed) {
  CompoundSet set;
  if (packed.empty()) return set;
  auto table = std::make_shared<Table>();
  table->bytes = std::move(packed);
  const size_t size = table->bytes.size();
  auto malformed = [] { return Status::index_error("the index's compounds are unreadable: the table's counts and size disagree"); };
  if (size < 4) return malformed();
  table->pairs = table->u32(0);
  table->pair_offsets = 4;
  if ((size - 4) / 4 < static_cast<size_t>(table->pairs) + 2) return malformed();
  const size_t keys_at = 4 + 4 * (static_cast<size_t>(table->pairs) + 1);
  table->keys = table->u32(keys_at);
  table->key_offsets = keys_at + 4;
  if ((size - table->key_offsets) / 8 < table->keys) return malformed();
  table->text = table->key_offsets + 8 * static_cast<size_t>(table->keys);
  // The pairs' last offset is where the text ends: a table cut short or padded is caught here.
  if (table->u32(table->pair_offsets + 4 * static_cast<size_t>(table->pairs)) != size - table->text) return malformed();
  if (table->pairs != 0) set.table_ = std::move(table);
  return set;
}

const std::string& CompoundSet::packed() const {
  static const std::string none;
  return table_ ? table_->bytes : none;
}

size_t CompoundSet::size() const { return table_ ? table_->pairs : 0; }

std::vector<Compound> CompoundSet::compounds() const {
  std::vector<Compound> all;
  for (uint32_t i = 0; i < size(); ++i) {
    const std::string_view entry = table_->pair(i);
    const size_t nul = entry.find('\0');
    if (nul == std::string_view::npos) continue;  // damaged
    all.push_back(Compound{std::string(entry.substr(0, nul)), std::string(entry.substr(nul + 1))});
  }
  return all;
}

std::string CompoundSet::key_of(const std::string& first, const std::string& second, const Xapian::Stem& stem) const {
  if (!table_) return {};
  const Table& t = *table_;
  const uint32_t from = Table::lower_bound(t.pairs, [&](uint32_t i) { return first_part(t.pair(i)) < first; });
  if (from == t.pairs || first_part(t.pair(from)) != first) return {};
  std::string key = stem(first + second);
  // The key alone could be reached from another split ("cyb" + "erattack"); the first part
  // must be this compound's.
  std::string entry = first;
  entry.push_back('\0');
  entry += key;
  const uint32_t at = from + Table::lower_bound(t.pairs - from, [&](uint32_t i) { return t.pair(from + i) < entry; });
  if (at < t.pairs && t.pair(at) == entry) return key;
  return {};
}

bool CompoundSet::is_key(const std::string& stem) const {
  if (!table_) return false;
  const Table& t = *table_;
  const uint32_t at = Table::lower_bound(t.keys, [&](uint32_t i) { return t.key(i) < stem; });
  return at < t.keys && t.key(at) == stem;
}

}  // namespace analysis
