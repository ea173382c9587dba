// @brief The last pipeline stage: a parsed document to PassageRecords with their notes resolved,
// and records into a Xapian database through the index format's one mapping.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "index_format/acronym_groups.h"
#include "index_format/passage_record.h"
#include "index_format/record_dictionary.h"
#include "indexer/corpus_manifest.h"
#include "indexer/document_model.h"

namespace indexer {

// Records for every passage, glossary box and note of `parsed`, in reading order: passages
// (ordinal order) then notes (number order). Notes are resolved here, once, so a search reads one
// record per hit: a passage carries the notes it cites (cited_notes, "Ibid." with the text of the
// note it repeats, a marker without a note as found = false); a note carries the passages citing
// it (cited_by, with their lines) and, for an Ibid., the note it repeats. Ids are stable for
// unchanged input; a note whose number repeats an earlier one's gets "<doc>:note<n>-2" (-3, …) so
// both are kept, and markers resolve to the first. REQUIRES: passages carry ordinals.
std::vector<index_format::PassageRecord> build_records(const CorpusEntry& entry, const ParsedDocument& parsed);

// The document's entry as stored once in the index (title, file, publisher, year).
index_format::DocumentInfo document_info(const CorpusEntry& entry);

// A record ready for the writer: its Xapian document (index_format::to_xapian_document) and the
// words whose spelling data it adds. Built on worker threads, so the one thread that writes to
// the database only writes.
struct PreparedRecord {
  std::string id;
  Xapian::Document document;
  std::vector<std::string> spelling;
};

// `records` mapped to PreparedRecords, in order, their data compressed with `dictionary`. Runs on
// several threads at once, each with an Analyzer of its own (it remembers stems); `groups` and
// `dictionary` are only read.
std::vector<PreparedRecord> prepare_records(const std::vector<index_format::PassageRecord>& records,
                                            const analysis::Analyzer& analyzer,
                                            const index_format::AcronymGroups& groups,
                                            const index_format::RecordDictionary& dictionary = {});

// Adds `records` to `db` with their spelling data. With `replace`, a record replaces one of the
// same id (an index updated in place); a fresh database is written with add_document, which skips
// the unique-term lookup. Returns how many documents were written.
size_t add_prepared_records(Xapian::WritableDatabase& db, const std::vector<PreparedRecord>& records, bool replace);

// prepare_records then add_prepared_records.
size_t add_document_records(Xapian::WritableDatabase& db, const std::vector<index_format::PassageRecord>& records,
                            const analysis::Analyzer& analyzer, const index_format::AcronymGroups& groups,
                            bool replace, const index_format::RecordDictionary& dictionary = {});

// Deletes every record of document `doc_id` from `db`, and the spelling data they added (read
// from the records, compressed with `dictionary`, the index's).
void delete_document_records(Xapian::WritableDatabase& db, const std::string& doc_id,
                             const analysis::Analyzer& analyzer, const index_format::RecordDictionary& dictionary = {});

}  // namespace indexer
