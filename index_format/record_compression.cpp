// @brief zstd frames for record fields.
#include "index_format/record_compression.h"

#include <string>

#include <zstd.h>

namespace index_format {

namespace {

// Records are written once and read on every hit, and zstd's decompression speed hardly depends
// on the level. With the records' dictionary, level 3 makes the document data 8 % smaller than
// level 1 at 100x (4.19 -> 3.84 MB with a 32 KiB dictionary), for a build no slower to measure.
constexpr int kLevel = 3;

// One context per thread, reused: ZSTD_compress and ZSTD_decompress make and free a context of
// their own at every call, which for a record of a few hundred bytes cost as much as the work
// (callgrind: decompressing the workload's hits 53 M instructions with a context per call). Each
// is made on first use: a searcher never compresses, an indexer thread seldom decompresses.
struct CompressionContext {
  ZSTD_CCtx* context = ZSTD_createCCtx();
  CompressionContext() = default;
  CompressionContext(const CompressionContext&) = delete;
  CompressionContext& operator=(const CompressionContext&) = delete;
  ~CompressionContext() { ZSTD_freeCCtx(context); }
};

struct DecompressionContext {
  ZSTD_DCtx* context = ZSTD_createDCtx();
  DecompressionContext() = default;
  DecompressionContext(const DecompressionContext&) = delete;
  DecompressionContext& operator=(const DecompressionContext&) = delete;
  ~DecompressionContext() { ZSTD_freeDCtx(context); }
};

ZSTD_CCtx* compression_context() {
  thread_local CompressionContext mine;
  return mine.context;
}

ZSTD_DCtx* decompression_context() {
  thread_local DecompressionContext mine;
  return mine.context;
}

}  // namespace

std::string compress_fields(std::string_view fields, const RecordDictionary& dictionary) {
  std::string frame(ZSTD_compressBound(fields.size()), '\0');
  const ZSTD_CDict* digested = dictionary.empty() ? nullptr : dictionary.for_compression();
  const size_t n = digested ? ZSTD_compress_usingCDict(compression_context(), frame.data(), frame.size(), fields.data(),
                                                       fields.size(), digested)
                            : ZSTD_compressCCtx(compression_context(), frame.data(), frame.size(), fields.data(),
                                                fields.size(), kLevel);
  if (ZSTD_isError(n) || n >= fields.size()) return {};
  frame.resize(n);
  return frame;
}

analysis::Result<std::string> decompress_fields(std::string_view frame, const RecordDictionary& dictionary) {
  const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (size == ZSTD_CONTENTSIZE_ERROR) return analysis::Status::index_error("malformed record: not a zstd frame");
  if (size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxRecordBytes) {
    return analysis::Status::index_error("malformed record: a compressed record of unknown or excessive size");
  }
  const uint32_t wanted = ZSTD_getDictID_fromFrame(frame.data(), frame.size());
  // A frame without a dictionary id was compressed alone, and reads alone whatever the index holds.
  if (wanted != 0 && wanted != dictionary.id()) {
    return analysis::Status::index_error(
        "malformed record: compressed with record dictionary " + std::to_string(wanted) + ", the index holds " +
        (dictionary.empty() ? std::string("none") : std::to_string(dictionary.id())));
  }
  const ZSTD_DDict* digested = wanted != 0 ? dictionary.for_decompression() : nullptr;
  if (wanted != 0 && digested == nullptr) return analysis::Status::index_error("the index's record dictionary is unusable");
  std::string fields(static_cast<size_t>(size), '\0');
  const size_t n = digested ? ZSTD_decompress_usingDDict(decompression_context(), fields.data(), fields.size(), frame.data(),
                                                         frame.size(), digested)
                            : ZSTD_decompressDCtx(decompression_context(), fields.data(), fields.size(), frame.data(),
                                                  frame.size());
  if (ZSTD_isError(n) || n != fields.size()) {
    return analysis::Status::index_error(std::string("malformed record: damaged compressed data (") +
                                         (ZSTD_isError(n) ? ZSTD_getErrorName(n) : "short") + ")");
  }
  return fields;
}

}  // namespace index_format
