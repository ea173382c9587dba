// @brief PassageRecord: what the index stores for each passage, note and glossary entry, and the
// searcher reads back in one get_data per hit; DocumentInfo: what it stores once per document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace index_format {

// A note as a citing passage shows it, resolved by the indexer: for an "Ibid." note, `ibid_of`
// is the note it repeats and `ibid_text` that note's text (a chain of Ibid. followed to the first
// note that is not one). `found` is false for a marker without a note: text and urls are empty.
struct CitedNote {
  int number = 0;
  std::string text;
  std::vector<std::string> urls;
  std::optional<int> ibid_of;
  std::string ibid_text;
  bool found = true;
  bool operator==(const CitedNote&) const = default;
};

// A passage citing a note, located in the same document's file.
struct CitingRef {
  std::string id;
  int line_start = 0;
  int line_end = 0;
  bool operator==(const CitingRef&) const = default;
};

// One retrievable unit. kind is "passage", "note" or "glossary" (schema.h). For a passage,
// `notes` lists the note numbers it cites, in order of first citation, and `cited_notes` the same
// notes resolved. For a note, `number`, `urls`, `ibid_of`, `cited_by` (the passages citing it) and,
// for an Ibid., `cited_notes` (the one note it repeats) are set. `text` is the clean text; note
// markers stay in it as "[n]".
// `title` and `file` belong to the document: they are not stored in the record but once per
// document (DocumentInfo), and filled in by the reader.
struct PassageRecord {
  std::string id;       // stable: "<doc>:p<ordinal>", "<doc>:note<number>", "<doc>:glossary<ordinal>"
  std::string kind;
  std::string doc;      // document id from corpus/corpus.tsv
  std::string title;    // the document's (not stored here)
  std::vector<std::string> section;  // section path, outermost first
  std::string file;     // the document's (not stored here): opens from the working directory
  int ordinal = 0;      // position among the document's records, from 1
  int line_start = 0;   // 1-based, inclusive
  int line_end = 0;
  std::string text;
  std::vector<int> notes;
  std::optional<int> number;
  std::vector<std::string> urls;
  std::optional<int> ibid_of;
  std::vector<CitingRef> cited_by;
  std::vector<CitedNote> cited_notes;
  std::string path;     // the document's absolute path (not stored here)

  bool operator==(const PassageRecord&) const = default;
};

// A document of the corpus, as corpus/corpus.tsv describes it.
struct DocumentInfo {
  std::string id;
  std::string file;       // stored: path relative to the corpus root (schema::kMetaCorpusRoot),
                          // e.g. "x.txt"; the searcher's reader replaces it with a path that
                          // opens from its working directory
  std::string title;
  std::string publisher;
  std::string year;
  std::string path;       // not stored: the absolute path, filled by the searcher's reader
  bool operator==(const DocumentInfo&) const = default;
};

// Builds the stable ids used above.
std::string passage_id(const std::string& doc, int ordinal);
std::string note_id(const std::string& doc, int number);
std::string glossary_id(const std::string& doc, int ordinal);
// True when `id` is a passage's (built by passage_id: its last ':' is followed by "p" and digits
// only). The id is a record's sort value (schema::kSlotId), which a match returns with each hit,
// so the searcher tells a passage from a note without reading the record.
bool is_passage_id(std::string_view id);

}  // namespace index_format
