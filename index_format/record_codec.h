// @brief The binary encodings of PassageRecord (Xapian document data) and DocumentInfo (metadata
// "doc:<id>"): versioned, compact, decoded without building a tree.
//
// A value is one format byte (kRecordFormat) then tagged fields (tlv.h), or, for a record whose
// fields zstd makes shorter, kCompressedRecordFormat then the fields as one zstd frame
// (record_compression.h says why). Integers are varints;
// strings are their bytes; a repeated field repeats its tag; a nested value (a cited note, a
// citing passage) is a field holding its own tagged fields. A field that does not apply is left
// out. Readers skip tags they do not know, so adding a field needs no schema bump; changing what
// a tag means does. doc/index_format.md lists the tags.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "analysis/status.h"
#include "index_format/passage_record.h"
#include "index_format/record_dictionary.h"

namespace index_format {

inline constexpr char kRecordFormat = 1;

// Parts of a record a reader may ask for; the others are skipped without being copied.
enum RecordField : uint32_t {
  kFieldIdentity = 1u << 0,   // id, kind, doc, ordinal, line_start, line_end, number, ibid_of
  kFieldSection = 1u << 1,
  kFieldText = 1u << 2,
  kFieldNotes = 1u << 3,      // notes and cited_notes
  kFieldUrls = 1u << 4,
  kFieldCitedBy = 1u << 5,
  kAllFields = 0xffffffffu,
};

// The record as stored: its fields, compressed with the index's dictionary (record_dictionary.h)
// when that makes them shorter.
std::string encode_record(const PassageRecord& record, const RecordDictionary& dictionary = {});
// Its fields alone, uncompressed: what the dictionary is trained on.
std::string record_fields(const PassageRecord& record);

// Decodes what `fields` asks for (identity is always decoded); `dictionary` is the index's, which
// a record compressed with it needs. Errors (index_error): a value of another format, a truncated
// field, a number out of range, another dictionary; the message names the fault, the caller adds
// which document.
analysis::Result<PassageRecord> decode_record(std::string_view data, uint32_t fields = kAllFields,
                                              const RecordDictionary& dictionary = {});

std::string encode_document_info(const DocumentInfo& info);
analysis::Result<DocumentInfo> decode_document_info(std::string_view data);

}  // namespace index_format
