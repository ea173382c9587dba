// @brief Word lists as tagged fields.
#include "index_format/word_lists_codec.h"

#include <algorithm>
#include <map>
#include <vector>

#include "index_format/tlv.h"

namespace index_format {

namespace {
enum ListsTag : uint32_t { kTagStopword = 1, kTagVariant = 2, kTagBigramWord = 3 };
enum VariantTag : uint32_t { kTagSpelling = 1, kTagCanonical = 2 };
constexpr char kFormat = 1;
}  // namespace

std::string encode_word_lists(const analysis::WordLists& lists) {
  std::vector<std::string> stopwords(lists.stopwords.begin(), lists.stopwords.end());
  std::sort(stopwords.begin(), stopwords.end());
  const std::map<std::string, std::string> variants(lists.variants.begin(), lists.variants.end());
  TlvWriter w;
  for (const auto& s : stopwords) w.add_bytes(kTagStopword, s);
  for (const auto& [spelling, canonical] : variants) {
    TlvWriter v;
    v.add_bytes(kTagSpelling, spelling);
    v.add_bytes(kTagCanonical, canonical);
    w.add_bytes(kTagVariant, v.data());
  }
  std::vector<std::string> bigram_words(lists.bigram_words.begin(), lists.bigram_words.end());
  std::sort(bigram_words.begin(), bigram_words.end());
  for (const auto& b : bigram_words) w.add_bytes(kTagBigramWord, b);
  return std::string(1, kFormat) + w.take();
}

analysis::Result<analysis::WordLists> decode_word_lists(std::string_view data) {
  auto malformed = [] { return analysis::Status::index_error("the index's word lists are unreadable"); };
  if (data.empty() || data[0] != kFormat) return malformed();
  analysis::WordLists lists;
  TlvReader r(data.substr(1));
  while (r.next()) {
    if (r.tag() == kTagStopword) {
      lists.stopwords.emplace(r.bytes());
    } else if (r.tag() == kTagVariant) {
      std::string spelling, canonical;
      TlvReader v(r.bytes());
      while (v.next()) {
        if (v.tag() == kTagSpelling) spelling = v.bytes();
        if (v.tag() == kTagCanonical) canonical = v.bytes();
      }
      if (!v.ok() || spelling.empty() || canonical.empty()) return malformed();
      lists.variants.emplace(std::move(spelling), std::move(canonical));
    } else if (r.tag() == kTagBigramWord) {
      lists.bigram_words.emplace(r.bytes());
    }
  }
  if (!r.ok()) return malformed();
  return lists;
}

}  // namespace index_format
