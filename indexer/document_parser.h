// @brief parse_document: the indexer's text pipeline for one corpus file, from bytes to passages,
// notes and glossary (file -> lines -> blocks -> passages with note links).
#pragma once

#include <string>
#include <string_view>

#include "analysis/status.h"
#include "indexer/document_model.h"

namespace indexer {

// Splits one corpus file into passages, notes and the glossary. `file_label` is the path used in
// messages ("corpus/iiss-japan-2021.txt"). Returns an invalid_input Status naming file:line (and
// column where it applies) for input that cannot be indexed: an empty file, invalid UTF-8, NUL
// bytes or other binary content. Problems that do not stop indexing (a marker with no note, a note
// no marker cites, notes out of order, duplicate note numbers) come back as warnings.
analysis::Result<ParsedDocument> parse_document(const std::string& file_label, std::string_view bytes);

}  // namespace indexer
