// @brief Word list and word map files: one entry a line, '#' comments.
#include "analysis/word_list.h"

#include <fstream>
#include <sstream>

#include "analysis/text_normalizer.h"

namespace analysis {
namespace {

std::string strip(const std::string& line) {
  std::string s = line.substr(0, line.find('#'));
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

Result<std::unordered_set<std::string>> read_word_list(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::io_error(path + ": error: cannot read word list");
  std::unordered_set<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    std::string word = strip(line);
    if (!word.empty()) words.insert(normalize_text(word));
  }
  return words;
}

Result<std::unordered_map<std::string, std::string>> read_word_map(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::io_error(path + ": error: cannot read word table");
  std::unordered_map<std::string, std::string> map;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string entry = strip(line);
    if (entry.empty()) continue;
    std::istringstream fields(entry);
    std::string variant, canonical, extra;
    if (!(fields >> variant >> canonical) || (fields >> extra)) {
      return Status::invalid_input(path + ":" + std::to_string(number) +
                                   ": error: expected two words, a variant and its canonical form");
    }
    map[normalize_text(variant)] = normalize_text(canonical);
  }
  return map;
}

}  // namespace analysis
