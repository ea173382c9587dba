// @brief The last pipeline stage: a parsed document to PassageRecords, and records to Xapian
// documents with the shared Analyzer and schema.h.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/passage_record.h"
#include "indexer/corpus_manifest.h"
#include "indexer/document_model.h"

namespace indexer {

// Records for every passage, glossary box and note of `parsed`, in reading order: passages
// (ordinal order) then notes (number order). Each note's cited_by lists the ids of the passages
// citing it; ids are stable for unchanged input; a note whose number repeats an earlier one's
// gets "<doc>:note<n>-2" (-3, …) so both are kept. REQUIRES: passages carry ordinals.
std::vector<analysis::PassageRecord> build_records(const CorpusEntry& entry, const ParsedDocument& parsed);

// One Xapian document for `record`: data = encode_record, the unique term Q<id>, boolean terms
// for source:, kind: and note:, the text's words (positional, with stems) and the section path's
// words under the section prefix. Note markers "[n]" in the text are not indexed.
Xapian::Document to_xapian_document(const analysis::PassageRecord& record, const analysis::Analyzer& analyzer);

// Adds (or replaces, by id) `records` in `db`, with spelling data for their words. Returns how many
// documents were written.
size_t add_document_records(Xapian::WritableDatabase& db, const std::vector<analysis::PassageRecord>& records,
                            const analysis::Analyzer& analyzer);

// Deletes every record of document `doc_id` from `db`, and the spelling data they added.
void delete_document_records(Xapian::WritableDatabase& db, const std::string& doc_id,
                             const analysis::Analyzer& analyzer);

}  // namespace indexer
