// @brief Compounds as tagged fields.
#include "index_format/compounds_codec.h"

#include <vector>

#include "index_format/tlv.h"

namespace index_format {

namespace {
enum CompoundsTag : uint32_t { kTagCompound = 1 };
enum CompoundTag : uint32_t { kTagFirst = 1, kTagKey = 2 };
// 1: one nested field per compound (read, for an index written before 2); 2: the packed table
// of analysis::CompoundSet, searched where it lies.
constexpr char kTlvFormat = 1;
constexpr char kFormat = 2;
}  // namespace

std::string encode_compounds(const analysis::CompoundSet& compounds) {
  return std::string(1, kFormat) + compounds.packed();
}

analysis::Result<analysis::CompoundSet> decode_compounds(std::string_view data) {
  auto malformed = [] { return analysis::Status::index_error("the index's compounds are unreadable"); };
  if (data.empty()) return analysis::CompoundSet();
  if (data[0] == kFormat) {
    auto set = analysis::CompoundSet::from_packed(std::string(data.substr(1)));
    if (!set.is_ok()) return malformed();
    return set;
  }
  if (data[0] != kTlvFormat) return malformed();
  std::vector<analysis::Compound> compounds;
  TlvReader r(data.substr(1));
  while (r.next()) {
    if (r.tag() != kTagCompound) continue;  // a field a later writer added
    analysis::Compound c;
    TlvReader one(r.bytes());
    while (one.next()) {
      if (one.tag() == kTagFirst) c.first = one.bytes();
      if (one.tag() == kTagKey) c.key = one.bytes();
    }
    if (!one.ok() || c.first.empty() || c.key.empty()) return malformed();
    compounds.push_back(std::move(c));
  }
  if (!r.ok()) return malformed();
  return analysis::CompoundSet(std::move(compounds));
}

}  // namespace index_format
