// @brief Per-document acronym definitions as tagged fields.
#include "index_format/acronym_definitions.h"

#include <limits>

#include "index_format/tlv.h"

namespace index_format {

namespace {
enum ListTag : uint32_t { kTagDefinition = 1 };
enum DefinitionTag : uint32_t { kTagAcronym = 1, kTagExpansion = 2, kTagFile = 3, kTagLine = 4 };
constexpr char kFormat = 1;
}  // namespace

std::string encode_acronym_definitions(const std::vector<AcronymDefinition>& definitions) {
  TlvWriter list;
  for (const auto& d : definitions) {
    TlvWriter w;
    w.add_bytes(kTagAcronym, d.acronym);
    w.add_bytes(kTagExpansion, d.expansion);
    w.add_bytes(kTagFile, d.file);
    w.add_uint(kTagLine, static_cast<uint64_t>(d.line));
    list.add_bytes(kTagDefinition, w.data());
  }
  return std::string(1, kFormat) + list.take();
}

analysis::Result<std::vector<AcronymDefinition>> decode_acronym_definitions(std::string_view data,
                                                                            const std::string& doc) {
  auto malformed = [&] {
    return analysis::Status::index_error("malformed acronym definitions of document '" + doc + "'");
  };
  std::vector<AcronymDefinition> out;
  if (data.empty()) return out;
  if (data[0] != kFormat) return malformed();
  TlvReader list(data.substr(1));
  while (list.next()) {
    if (list.tag() != kTagDefinition) continue;
    AcronymDefinition d;
    d.doc = doc;
    TlvReader r(list.bytes());
    while (r.next()) {
      uint64_t line = 0;
      switch (r.tag()) {
        case kTagAcronym: d.acronym = r.bytes(); break;
        case kTagExpansion: d.expansion = r.bytes(); break;
        case kTagFile: d.file = r.bytes(); break;
        case kTagLine:
          if (!r.as_uint(&line) || line > static_cast<uint64_t>(std::numeric_limits<int>::max())) return malformed();
          d.line = static_cast<int>(line);
          break;
        default: break;
      }
    }
    if (!r.ok()) return malformed();
    out.push_back(std::move(d));
  }
  if (!list.ok()) return malformed();
  return out;
}

}  // namespace index_format
