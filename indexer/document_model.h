// @brief What the text pipeline makes of one corpus file: passages with their section path, line
// span and cited notes; the notes; the glossary's acronym pairs; and warnings. Plain data, no Xapian.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace indexer {

// A problem in the input that did not stop the file from being indexed, located as file:line.
struct Warning {
  std::string file;
  int line = 0;
  std::string message;
  std::string to_string() const { return file + ":" + std::to_string(line) + ": warning: " + message; }
};

enum class PassageKind { kPassage, kGlossary };

// One body passage (a paragraph or bullet item, rejoined across page breaks, pull quotes and
// boxes) or the glossary box. `text` is clean: lines joined with single spaces, hyphens split
// across lines repaired, emphasis stripped, note markers as "[n]". Line numbers are 1-based and
// inclusive, in the original file; a passage interrupted by a box or pull quote spans across it.
struct Passage {
  PassageKind kind = PassageKind::kPassage;
  std::vector<std::string> section_path;  // e.g. {"Strategy and doctrine"}; empty before the first heading
  int ordinal = 0;                        // 1-based among the file's passages (glossary included)
  int line_start = 0;
  int line_end = 0;
  std::string text;
  std::string index_text;        // `text` without the "[n]" markers: what gets analysed into terms
  std::vector<int> cited_notes;  // note numbers in order of first citation, no duplicates
};

// One note of a Notes section. `text` is the printed text with emphasis stripped and
// continuation lines joined; `urls` are the URLs in it (angle brackets removed).
struct Note {
  int number = 0;
  int line_start = 0;
  int line_end = 0;
  std::string text;
  std::vector<std::string> urls;
  std::optional<int> ibid_of;  // for "Ibid." notes: the note repeated
};

// An acronym and its expansion as printed, with the line defining it.
struct AcronymDefinition {
  std::string acronym;
  std::string expansion;
  int line = 0;
};

struct ParsedDocument {
  std::vector<Passage> passages;
  std::vector<Note> notes;
  std::vector<AcronymDefinition> glossary;  // pairs from a "List of acronyms" box
  std::vector<Warning> warnings;
};

}  // namespace indexer
