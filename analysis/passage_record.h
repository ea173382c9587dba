// @brief PassageRecord: what the index stores for each passage, note and glossary entry, and the
// searcher reads back. Defined once here so both sides agree on the document data format.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/status.h"

namespace analysis {

// One retrievable unit. kind is "passage", "note" or "glossary" (schema.h). For a passage,
// `notes` lists the note numbers it cites, in order of first citation. For a note, `number`,
// `urls`, `ibid_of` (the note an "Ibid." repeats) and `cited_by` (passage ids) are set.
// `text` is the clean text; note markers stay in it as "[n]".
struct PassageRecord {
  std::string id;       // stable: "<doc>:p<ordinal>", "<doc>:note<number>", "<doc>:glossary<ordinal>"
  std::string kind;
  std::string doc;      // document id from corpus/corpus.tsv
  std::string title;    // document title
  std::vector<std::string> section;  // section path, outermost first
  std::string file;     // path relative to the project root, e.g. "corpus/iiss-japan-2021.txt"
  int ordinal = 0;      // position among the document's records, from 1
  int line_start = 0;   // 1-based, inclusive
  int line_end = 0;
  std::string text;
  std::vector<int> notes;
  std::optional<int> number;
  std::vector<std::string> urls;
  std::optional<int> ibid_of;
  std::vector<std::string> cited_by;

  bool operator==(const PassageRecord&) const = default;
};

// Serialises a record as compact JSON for Xapian document data.
std::string encode_record(const PassageRecord& record);

// Parses document data written by encode_record; an error names what is malformed.
Result<PassageRecord> decode_record(const std::string& data);

// Builds the stable ids used above.
std::string passage_id(const std::string& doc, int ordinal);
std::string note_id(const std::string& doc, int number);
std::string glossary_id(const std::string& doc, int ordinal);

}  // namespace analysis
