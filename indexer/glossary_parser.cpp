// @brief GlossaryParser: acronym rows to pairs.
#include "indexer/glossary_parser.h"

#include <cctype>

#include "indexer/marker_extractor.h"
#include "indexer/text_cleaner.h"

namespace indexer {
namespace {

bool is_acronym(std::string_view token) {
  if (token.size() < 2 || token.size() > 12) return false;
  if (!std::isupper(static_cast<unsigned char>(token.front()))) return false;
  int upper = 0;
  int lower = 0;
  for (char ch : token) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isupper(c)) ++upper;
    else if (std::islower(c)) ++lower;
    else if (!std::isdigit(c) && c != '&' && c != '-') return false;
  }
  return upper >= 2 && lower <= upper;
}

}  // namespace

bool is_glossary_row(std::string_view text) {
  text = trim(text);
  const size_t space = text.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view expansion = trim(text.substr(space + 1));
  return is_acronym(text.substr(0, space)) && !expansion.empty() && expansion.size() <= 100 &&
         !ends_sentence(expansion) && expansion.find(kMarkerOpen) == std::string_view::npos;
}

std::vector<AcronymDefinition> parse_glossary(const std::vector<Line>& rows) {
  std::vector<AcronymDefinition> pairs;
  for (const Line& row : rows) {
    const std::string_view text = trim(row.text);
    const size_t space = text.find(' ');
    if (space == std::string_view::npos) continue;
    pairs.push_back({std::string(text.substr(0, space)), clean_inline(text.substr(space + 1)), row.number});
  }
  return pairs;
}

std::string glossary_text(const std::vector<AcronymDefinition>& pairs) {
  std::string text;
  for (const AcronymDefinition& pair : pairs) {
    if (!text.empty()) text += "; ";
    text += pair.acronym + ": " + pair.expansion;
  }
  return text;
}

}  // namespace indexer
