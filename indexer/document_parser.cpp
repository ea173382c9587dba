// @brief parse_document: LineReader -> MarkerExtractor -> LayoutDetector -> BlockClassifier ->
// PassageBuilder, NoteParser -> IbidResolver, then the marker/note cross-check.
#include "indexer/document_parser.h"

#include <algorithm>
#include <map>
#include <set>

#include "indexer/block_classifier.h"
#include "indexer/ibid_resolver.h"
#include "indexer/layout_detector.h"
#include "indexer/line_reader.h"
#include "indexer/marker_extractor.h"
#include "indexer/note_parser.h"
#include "indexer/passage_builder.h"

namespace indexer {
namespace {

// Markers and notes must meet: a marker with no note (⁷⁵ when there are 74 notes) and a note no
// marker cites are reported, never dropped; the passage keeps its marker.
void check_citations(const std::string& file_label, const std::vector<Citation>& citations,
                     const std::vector<Note>& notes, std::vector<Warning>& warnings) {
  std::set<int> numbers;
  for (const Note& note : notes) numbers.insert(note.number);
  std::set<int> cited;
  for (const Citation& citation : citations) {
    cited.insert(citation.note);
    if (!numbers.count(citation.note)) {
      warnings.push_back({file_label, citation.line,
                          "marker " + std::to_string(citation.note) + " has no note"});
    }
  }
  std::set<int> reported;
  for (const Note& note : notes) {
    if (cited.count(note.number) || !reported.insert(note.number).second) continue;
    warnings.push_back({file_label, note.line_start,
                        "note " + std::to_string(note.number) + " is not cited by any marker"});
  }
}

}  // namespace

analysis::Result<ParsedDocument> parse_document(const std::string& file_label, std::string_view bytes) {
  auto read = read_lines(file_label, bytes);
  if (!read.is_ok()) return read.status();
  const std::vector<Line> lines = extract_markers(std::move(read).value());
  const Layout layout = detect_layout(lines);
  const std::vector<Block> blocks = classify_blocks(lines, layout);

  BuiltPassages built = build_passages(blocks);
  ParsedNotes notes = parse_notes(file_label, blocks);

  ParsedDocument doc;
  doc.passages = std::move(built.passages);
  doc.glossary = std::move(built.glossary);
  doc.notes = std::move(notes.notes);
  doc.warnings = std::move(notes.warnings);
  for (Warning& w : resolve_ibid(file_label, doc.notes)) doc.warnings.push_back(std::move(w));
  check_citations(file_label, built.citations, doc.notes, doc.warnings);
  std::stable_sort(doc.warnings.begin(), doc.warnings.end(),
                   [](const Warning& a, const Warning& b) { return a.line < b.line; });
  return doc;
}

}  // namespace indexer
