// @brief Records with resolved notes, and records into Xapian documents.
#include "indexer/document_writer.h"

#include <map>

#include "index_format/document_mapping.h"
#include "index_format/note_links.h"
#include "index_format/record_codec.h"
#include "index_format/schema.h"

namespace indexer {
namespace schema = index_format::schema;
using index_format::PassageRecord;


std::vector<PassageRecord> build_records(const CorpusEntry& entry, const ParsedDocument& parsed) {
  std::vector<PassageRecord> records;
  for (const auto& p : parsed.passages) {
    PassageRecord r;
    const bool glossary = p.kind == PassageKind::kGlossary;
    r.kind = std::string(glossary ? schema::kKindGlossary : schema::kKindPassage);
    r.id = glossary ? index_format::glossary_id(entry.id, p.ordinal) : index_format::passage_id(entry.id, p.ordinal);
    r.section = p.section_path;
    r.ordinal = p.ordinal;
    r.line_start = p.line_start;
    r.line_end = p.line_end;
    r.text = p.text;
    r.notes = p.cited_notes;
    records.push_back(std::move(r));
  }
  std::map<int, int> occurrences;  // note number -> notes so far with it
  for (const auto& n : parsed.notes) {
    PassageRecord r;
    r.kind = std::string(schema::kKindNote);
    r.id = index_format::note_id(entry.id, n.number);
    // A duplicate note number (the note parser warns) must not replace the first note under the
    // same id, which dropped its text from the index: the second is "<doc>:note<n>-2".
    const int seen = occurrences[n.number]++;
    if (seen > 0) r.id += "-" + std::to_string(seen + 1);
    r.section = {"Notes"};
    r.ordinal = n.number;
    r.line_start = n.line_start;
    r.line_end = n.line_end;
    r.text = n.text;
    r.number = n.number;
    r.urls = n.urls;
    r.ibid_of = n.ibid_of;
    records.push_back(std::move(r));
  }
  for (auto& r : records) {
    r.doc = entry.id;
    r.title = entry.title;
    r.file = entry.file;
  }
  index_format::link_notes(records);
  return records;
}

index_format::DocumentInfo document_info(const CorpusEntry& entry) {
  return {entry.id, entry.in_corpus, entry.title, entry.publisher, entry.year, ""};
}

std::vector<PreparedRecord> prepare_records(const std::vector<PassageRecord>& records,
                                            const analysis::Analyzer& analyzer,
                                            const index_format::AcronymGroups& groups,
                                            const index_format::RecordDictionary& dictionary) {
  std::vector<PreparedRecord> prepared;
  prepared.reserve(records.size());
  for (const auto& record : records) {
    prepared.push_back({record.id, index_format::to_xapian_document(record, analyzer, groups, dictionary),
                        index_format::spelling_words(record, analyzer)});
  }
  return prepared;
}

size_t add_prepared_records(Xapian::WritableDatabase& db, const std::vector<PreparedRecord>& records, bool replace) {
  for (const auto& record : records) {
    for (const auto& word : record.spelling) db.add_spelling(word);
    if (replace) {
      db.replace_document(std::string(schema::kPrefixId) + record.id, record.document);
    } else {
      db.add_document(record.document);
    }
  }
  return records.size();
}

size_t add_document_records(Xapian::WritableDatabase& db, const std::vector<PassageRecord>& records,
                            const analysis::Analyzer& analyzer, const index_format::AcronymGroups& groups,
                            bool replace, const index_format::RecordDictionary& dictionary) {
  return add_prepared_records(db, prepare_records(records, analyzer, groups, dictionary), replace);
}

void delete_document_records(Xapian::WritableDatabase& db, const std::string& doc_id,
                             const analysis::Analyzer& analyzer, const index_format::RecordDictionary& dictionary) {
  const std::string source_term = std::string(schema::kPrefixSource) + doc_id;
  std::vector<Xapian::docid> ids(db.postlist_begin(source_term), db.postlist_end(source_term));
  for (Xapian::docid id : ids) {
    auto record = index_format::decode_record(db.get_document(id).get_data(), index_format::kFieldText | index_format::kFieldNotes, dictionary);
    if (record.is_ok()) {
      for (const auto& word : index_format::spelling_words(record.value(), analyzer)) db.remove_spelling(word);
    }
    db.delete_document(id);
  }
}

}  // namespace indexer
