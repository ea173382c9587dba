// @brief ParagraphReader: corpus files split on blank lines.
#include "bench/paragraph_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <utility>

namespace bench {

using analysis::Status;

namespace {

// The superscript digit starting at text[i] (0-9), or -1; *length gets its UTF-8 length.
int superscript_digit(std::string_view text, size_t i, size_t* length) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  if (i + 1 < text.size() && byte(i) == 0xC2) {
    *length = 2;
    if (byte(i + 1) == 0xB9) return 1;
    if (byte(i + 1) == 0xB2) return 2;
    if (byte(i + 1) == 0xB3) return 3;
  }
  // U+2070 and U+2074..U+2079 (U+2071..2073 are not digits).
  if (i + 2 < text.size() && byte(i) == 0xE2 && byte(i + 1) == 0x81) {
    *length = 3;
    if (byte(i + 2) == 0xB0) return 0;
    if (byte(i + 2) >= 0xB4 && byte(i + 2) <= 0xB9) return byte(i + 2) - 0xB0;
  }
  return -1;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// (doc id, file name) per document: corpus.tsv's first two columns, else *.txt by name.
analysis::Result<std::vector<std::pair<std::string, std::string>>> read_manifest(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::pair<std::string, std::string>> documents;
  std::error_code error;
  if (!fs::is_directory(dir, error)) return Status::io_error(dir + ": error: not a directory");
  std::ifstream manifest(dir + "/corpus.tsv");
  if (manifest) {
    std::string line;
    std::getline(manifest, line);  // header
    while (std::getline(manifest, line)) {
      size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      size_t end = line.find('\t', tab + 1);
      documents.emplace_back(line.substr(0, tab), line.substr(tab + 1, end - tab - 1));
    }
    return documents;
  }
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".txt") {
      documents.emplace_back(entry.path().stem().string(), entry.path().filename().string());
    }
  }
  if (error) return Status::io_error(dir + ": error: " + error.message());
  std::sort(documents.begin(), documents.end());
  return documents;
}

}  // namespace

std::vector<int> superscript_numbers(std::string_view text) {
  std::vector<int> numbers;
  int current = -1;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    int digit = superscript_digit(text, i, &length);
    if (digit >= 0) {
      current = (current < 0 ? 0 : current * 10) + digit;
      i += length;
      continue;
    }
    if (current >= 0) numbers.push_back(current);
    current = -1;
    ++i;
  }
  if (current >= 0) numbers.push_back(current);
  return numbers;
}

Status for_each_paragraph(const std::string& corpus_dir, const std::function<Status(const Paragraph&)>& visit) {
  auto documents = read_manifest(corpus_dir);
  if (!documents.is_ok()) return documents.status();
  for (const auto& [doc, name] : documents.value()) {
    std::string path = corpus_dir + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::io_error(path + ": error: cannot read");
    Paragraph paragraph{doc, path, 0, {}, {}};
    auto flush = [&]() -> Status {
      if (paragraph.line == 0) return Status::ok();
      paragraph.notes = superscript_numbers(paragraph.text);
      Status status = visit(paragraph);
      paragraph.line = 0;
      paragraph.text.clear();
      return status;
    };
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (is_blank(line)) {
        if (Status status = flush(); !status.is_ok()) return status;
        continue;
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (paragraph.line == 0) {
        paragraph.line = number;
      } else {
        paragraph.text += '\n';
      }
      paragraph.text += line;
    }
    if (Status status = flush(); !status.is_ok()) return status;
  }
  return Status::ok();
}

}  // namespace bench
