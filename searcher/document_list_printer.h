// @brief print_document_list: `searcher --list-documents`, the documents of an index, for people,
// scripts and shell completion.
#pragma once

#include <ostream>
#include <vector>

#include "searcher/document_list.h"
#include "searcher/printer.h"

namespace searcher {

// One document a line, in the order given:
//   text: "ID  TITLE  FILE", ids padded to one width
//   json: {"id","title","file"} per line (JSON Lines)
//   tsv:  a header "id title file", then the same columns (tabs, newlines, backslashes escaped)
void print_document_list(const std::vector<DocumentEntry>& documents, Format format, std::ostream& out);

}  // namespace searcher
