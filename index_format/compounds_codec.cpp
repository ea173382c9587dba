// @brief Compounds as tagged fields.
#include "index_format/compounds_codec.h"

#include <vector>

#include "index_format/tlv.h"

namespace index_format {

namespace {
enum CompoundsTag : uint32_t { kTagCompound = 1 };
enum CompoundTag : uint32_t { kTagFirst = 1, kTagKey = 2 };
constexpr char kFormat = 1;
}  // namespace

std::string encode_compounds(const analysis::CompoundSet& compounds) {
  TlvWriter w;
  for (const auto& c : compounds.compounds()) {
    TlvWriter one;
    one.add_bytes(kTagFirst, c.first);
    one.add_bytes(kTagKey, c.key);
    w.add_bytes(kTagCompound, one.data());
  }
  return std::string(1, kFormat) + w.take();
}

analysis::Result<analysis::CompoundSet> decode_compounds(std::string_view data) {
  auto malformed = [] { return analysis::Status::index_error("the index's compounds are unreadable"); };
  if (data.empty()) return analysis::CompoundSet();
  if (data[0] != kFormat) return malformed();
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
