// @brief Records and Xapian documents from parsed documents.
#include "indexer/document_writer.h"

#include <cctype>
#include <map>

#include "analysis/schema.h"

namespace indexer {
namespace schema = analysis::schema;
using analysis::PassageRecord;

namespace {

// What of a record's text is analysed into terms, and so what spelling data holds for it, on
// adding and on deleting alike: the text without its "[n]" markers and without URLs, whose
// pieces ("www", "mod", "go", "jp", "pdf") are not words of the text and would make a query for
// "MoD" match every note citing www.mod.go.jp. URLs stay in the record and its `urls`.
// Each URL, "<https://…>" brackets included, replaced by one space: the regex
// <?https?://[^\s>]+>? written as a scan, since std::regex recurses once per character and a
// 200 KB URL overflowed the stack (a crash of the whole indexer on one bad file).
std::string remove_urls(const std::string& text) {
  std::string out;
  size_t pos = 0;
  for (size_t start = text.find("http", pos); start != std::string::npos; start = text.find("http", pos)) {
    const size_t scheme = text.compare(start, 7, "http://") == 0 ? 7 : text.compare(start, 8, "https://") == 0 ? 8 : 0;
    size_t end = start + scheme;
    while (scheme > 0 && end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != '>') ++end;
    if (scheme == 0 || end == start + scheme) {  // "http" as a word, or a scheme with no address
      out.append(text, pos, start + 4 - pos);
      pos = start + 4;
      continue;
    }
    const size_t from = start > pos && text[start - 1] == '<' ? start - 1 : start;
    if (end < text.size() && text[end] == '>') ++end;
    out.append(text, pos, from - pos);
    out += ' ';
    pos = end;
  }
  out.append(text, pos);
  return out;
}

std::string text_to_analyse(const PassageRecord& record) {
  std::string text = remove_urls(record.text);
  for (int n : record.notes) {
    const std::string marker = "[" + std::to_string(n) + "]";
    for (size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at)) text.erase(at, marker.size());
  }
  return text;
}

}  // namespace

std::vector<PassageRecord> build_records(const CorpusEntry& entry, const ParsedDocument& parsed) {
  std::vector<PassageRecord> records;
  std::map<int, std::vector<std::string>> cited_by;
  for (const auto& p : parsed.passages) {
    PassageRecord r;
    const bool glossary = p.kind == PassageKind::kGlossary;
    r.kind = std::string(glossary ? schema::kKindGlossary : schema::kKindPassage);
    r.id = glossary ? analysis::glossary_id(entry.id, p.ordinal) : analysis::passage_id(entry.id, p.ordinal);
    r.section = p.section_path;
    r.ordinal = p.ordinal;
    r.line_start = p.line_start;
    r.line_end = p.line_end;
    r.text = p.text;
    r.notes = p.cited_notes;
    for (int n : p.cited_notes) cited_by[n].push_back(r.id);
    records.push_back(std::move(r));
  }
  std::map<int, int> occurrences;  // note number -> notes so far with it
  for (const auto& n : parsed.notes) {
    PassageRecord r;
    r.kind = std::string(schema::kKindNote);
    r.id = analysis::note_id(entry.id, n.number);
    // A duplicate note number (the note parser warns) must not replace the first note under the
    // same id, which dropped its text from the index: the second is "<doc>:note<n>-2". Markers
    // keep resolving to the first.
    if (const int seen = occurrences[n.number]++; seen > 0) r.id += "-" + std::to_string(seen + 1);
    r.section = {"Notes"};
    r.ordinal = n.number;
    r.line_start = n.line_start;
    r.line_end = n.line_end;
    r.text = n.text;
    r.number = n.number;
    r.urls = n.urls;
    r.ibid_of = n.ibid_of;
    r.cited_by = cited_by[n.number];
    records.push_back(std::move(r));
  }
  for (auto& r : records) {
    r.doc = entry.id;
    r.title = entry.title;
    r.file = entry.file;
  }
  return records;
}

Xapian::Document to_xapian_document(const PassageRecord& record, const analysis::Analyzer& analyzer) {
  const std::string text_to_index = text_to_analyse(record);
  Xapian::Document doc;
  doc.set_data(analysis::encode_record(record));
  doc.add_boolean_term(std::string(schema::kPrefixId) + record.id);
  doc.add_boolean_term(std::string(schema::kPrefixSource) + record.doc);
  doc.add_boolean_term(std::string(schema::kPrefixKind) + record.kind);
  for (int n : record.notes) doc.add_boolean_term(std::string(schema::kPrefixCitesNote) + std::to_string(n));
  doc.add_value(schema::kSlotOrdinal, Xapian::sortable_serialise(record.ordinal));
  doc.add_value(schema::kSlotId, record.id);

  Xapian::termpos pos = 0;
  analyzer.index_text(doc, text_to_index, &pos);
  Xapian::termpos section_pos = 0;
  for (const auto& heading : record.section) {
    analyzer.index_text(doc, heading, &section_pos, std::string(schema::kPrefixSection));
    section_pos += 10;  // no phrase across two headings
  }
  return doc;
}

size_t add_document_records(Xapian::WritableDatabase& db, const std::vector<PassageRecord>& records,
                            const analysis::Analyzer& analyzer) {
  size_t added = 0;
  for (const auto& record : records) {
    const std::string text = text_to_analyse(record);
    Xapian::Document doc = to_xapian_document(record, analyzer);
    for (const auto& word : analyzer.words(text)) db.add_spelling(word.text);
    db.replace_document(std::string(schema::kPrefixId) + record.id, doc);
    ++added;
  }
  return added;
}

void delete_document_records(Xapian::WritableDatabase& db, const std::string& doc_id,
                             const analysis::Analyzer& analyzer) {
  const std::string source_term = std::string(schema::kPrefixSource) + doc_id;
  std::vector<Xapian::docid> ids(db.postlist_begin(source_term), db.postlist_end(source_term));
  for (Xapian::docid id : ids) {
    auto record = analysis::decode_record(db.get_document(id).get_data());
    if (record.is_ok()) {
      for (const auto& word : analyzer.words(text_to_analyse(record.value()))) db.remove_spelling(word.text);
    }
    db.delete_document(id);
  }
}

}  // namespace indexer
