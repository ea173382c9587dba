// @brief The document listing in three formats.
#include "searcher/document_list_printer.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "searcher/tsv_printer.h"

namespace searcher {

void print_document_list(const std::vector<DocumentEntry>& documents, Format format, std::ostream& out) {
  size_t width = 0;
  for (const auto& d : documents) width = std::max(width, d.id.size());
  if (format == Format::kTsv) out << "id\ttitle\tfile\n";
  for (const auto& d : documents) {
    switch (format) {
      case Format::kText:
        out << d.id << std::string(width - d.id.size() + 2, ' ') << d.title << "  " << d.file << '\n';
        break;
      case Format::kJson:
        out << nlohmann::json{{"id", d.id}, {"title", d.title}, {"file", d.file}, {"path", d.path}}.dump() << '\n';
        break;
      case Format::kTsv:
        out << escape_tsv_field(d.id) << '\t' << escape_tsv_field(d.title) << '\t' << escape_tsv_field(d.file) << '\n';
        break;
    }
  }
}

}  // namespace searcher
