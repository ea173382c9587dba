// @brief Test support: every text the fast paths are checked on (the corpus, a synthetic corpus,
// the fuzz seeds), split into the lines and passages analysis sees.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace analysis::testing {

struct NamedText {
  std::string name;  // file, or file:line
  std::string text;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void add_files(const std::filesystem::path& dir, std::vector<NamedText>* out) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) out->push_back({file.string(), read_file(file)});
}

// A 1x synthetic corpus from bench/make_corpus.py, written once per test process into a
// temporary directory. Throws when it cannot be made: a silent skip would check nothing.
inline std::filesystem::path synthetic_corpus() {
  static const std::filesystem::path dir = [] {
    const auto path = std::filesystem::temp_directory_path() /
                      ("analysis-synthetic-" + std::to_string(::getpid()));
    const std::string command = "python3 bench/make_corpus.py --corpus corpus --scale 1 --out '" + path.string() +
                                "' > /dev/null";
    if (std::system(command.c_str()) != 0) throw std::runtime_error("bench/make_corpus.py failed: " + command);
    return path;
  }();
  return dir;
}

// Whole files: corpus/*.txt, the synthetic corpus, tests/fuzz/seeds/**.
inline const std::vector<NamedText>& whole_files() {
  static const std::vector<NamedText> files = [] {
    std::vector<NamedText> out;
    add_files("corpus", &out);
    add_files(synthetic_corpus(), &out);
    add_files("tests/fuzz/seeds", &out);
    std::filesystem::remove_all(synthetic_corpus());
    return out;
  }();
  return files;
}

// Every line and every blank-line-separated paragraph of whole_files(), then the files whole.
inline const std::vector<NamedText>& all_texts() {
  static const std::vector<NamedText> texts = [] {
    std::vector<NamedText> out;
    for (const NamedText& file : whole_files()) {
      std::istringstream in(file.text);
      std::string line, paragraph;
      for (int number = 1; std::getline(in, line); ++number) {
        out.push_back({file.name + ":" + std::to_string(number), line});
        if (line.empty() && !paragraph.empty()) {
          out.push_back({file.name + ":" + std::to_string(number) + " (paragraph)", paragraph});
          paragraph.clear();
        } else {
          paragraph += (paragraph.empty() ? "" : " ") + line;
        }
      }
      out.push_back(file);
    }
    return out;
  }();
  return texts;
}

// `text` with every non-ASCII byte replaced by `replacement`: long ASCII texts in the corpus's
// own shape, for comparing the ASCII path on more than the lines that happen to be ASCII.
inline std::string ascii_only(std::string text, char replacement) {
  for (char& c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) c = replacement;
  }
  return text;
}

}  // namespace analysis::testing
