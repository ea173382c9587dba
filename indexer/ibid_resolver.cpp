// @brief IbidResolver: nearest preceding non-Ibid note.
#include "indexer/ibid_resolver.h"

#include <cctype>
#include <optional>

namespace indexer {

bool is_ibid(std::string_view note_text) {
  if (note_text.size() < 4) return false;
  for (size_t i = 0; i < 4; ++i) {
    if (std::tolower(static_cast<unsigned char>(note_text[i])) != "ibid"[i]) return false;
  }
  return note_text.size() == 4 || !std::isalpha(static_cast<unsigned char>(note_text[4]));
}

std::vector<Warning> resolve_ibid(const std::string& file_label, std::vector<Note>& notes) {
  std::vector<Warning> warnings;
  std::optional<int> source;
  for (Note& note : notes) {
    if (!is_ibid(note.text)) {
      source = note.number;
      continue;
    }
    note.ibid_of = source;
    if (!source) {
      warnings.push_back({file_label, note.line_start,
                          "note " + std::to_string(note.number) + " is Ibid. but no note precedes it"});
    }
  }
  return warnings;
}

}  // namespace indexer
