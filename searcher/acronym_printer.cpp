// @brief The acronym listing in three formats.
#include "searcher/acronym_printer.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "searcher/tsv_printer.h"

namespace searcher {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

void print_acronyms(std::vector<index_format::AcronymDefinition> sorted, Format format, std::ostream& out) {
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return std::make_pair(lower(a.acronym), lower(a.expansion)) < std::make_pair(lower(b.acronym), lower(b.expansion));
  });
  size_t width = 0;
  for (const auto& d : sorted) width = std::max(width, d.acronym.size());
  if (format == Format::kTsv) out << "acronym\texpansion\tdoc\tfile\tline\n";
  for (const auto& d : sorted) {
    switch (format) {
      case Format::kText:
        out << d.acronym << std::string(width - d.acronym.size() + 2, ' ') << d.expansion << "  " << d.file << ':'
            << d.line << '\n';
        break;
      case Format::kJson:
        out << nlohmann::json{{"acronym", d.acronym}, {"expansion", d.expansion}, {"doc", d.doc}, {"file", d.file},
                              {"line", d.line}}
                   .dump()
            << '\n';
        break;
      case Format::kTsv:
        out << escape_tsv_field(d.acronym) << '\t' << escape_tsv_field(d.expansion) << '\t' << escape_tsv_field(d.doc) << '\t'
            << escape_tsv_field(d.file) << '\t' << d.line << '\n';
        break;
    }
  }
}

}  // namespace searcher
