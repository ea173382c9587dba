// @brief Record compression: a record's tagged fields stored as one zstd frame, so that glass
// stores the document data as it is and a hit is decoded without zlib.
//
// Why: glass compresses every document's data with zlib and inflates it on every read; inflating
// was 18 % of the benchmark workload's instructions (bench/README.md), and Xapian 1.4 has no
// switch for it. Glass keeps a value as it is when zlib cannot make it smaller, which is what a
// zstd frame is; zstd decompresses several times faster than zlib inflates, at a like ratio.
// zstd is linked statically: a searcher process loads no library more for it.
#pragma once

#include <string>
#include <string_view>

#include "analysis/status.h"
#include "index_format/record_dictionary.h"

namespace index_format {

// The format byte of a record or document entry whose fields follow as one zstd frame (the
// plain form, fields as they are, is kRecordFormat: short values, which zstd would not shrink,
// stay plain).
inline constexpr char kCompressedRecordFormat = 2;

// Largest decompressed value accepted: a damaged frame must not make the reader allocate more.
// A record holds one passage or note; lines over 1 MiB are refused by the indexer.
inline constexpr size_t kMaxRecordBytes = size_t{64} << 20;

// `fields` as one zstd frame, with the index's dictionary when it has one (the frame then names
// it by its id), or "" when that is not shorter than `fields`.
std::string compress_fields(std::string_view fields, const RecordDictionary& dictionary = {});

// The fields a frame from compress_fields holds. Errors (index_error): not a zstd frame, one
// that does not say its size or says more than kMaxRecordBytes, one naming a dictionary other
// than `dictionary` (or any, when there is none), or damaged. A frame naming none reads alone.
analysis::Result<std::string> decompress_fields(std::string_view frame, const RecordDictionary& dictionary = {});

}  // namespace index_format
