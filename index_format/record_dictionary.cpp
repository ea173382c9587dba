// @brief Training, storing and digesting the records' zstd dictionary.
#include "index_format/record_dictionary.h"

#include <algorithm>
#include <mutex>

#include <zdict.h>
#include <zstd.h>

namespace index_format {

namespace {

// The level records are compressed at (record_compression.cpp says why).
constexpr int kLevel = 3;
// Below this, zstd's trainer has too little to find repeats in; records compress alone.
constexpr size_t kMinSamples = 8;
constexpr size_t kMinDictionaryBytes = size_t{2} << 10;
// At 100x, 32 KiB -> 64 KiB made the document data 6 % smaller (3.84 -> 3.60 MB at level 3);
// 110 KiB, zstd's own default, only 0.7 % more, for a dictionary every searcher start reads and
// digests (64 KiB: +90 K instructions a process, callgrind).
constexpr size_t kMaxDictionaryBytes = size_t{64} << 10;

}  // namespace

struct RecordDictionary::Impl {
  std::string bytes;
  uint32_t id = 0;
  std::once_flag compression_made;
  std::once_flag decompression_made;
  ZSTD_CDict* compression = nullptr;
  ZSTD_DDict* decompression = nullptr;

  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() {
    ZSTD_freeCDict(compression);
    ZSTD_freeDDict(decompression);
  }
};

RecordDictionary RecordDictionary::train(const std::vector<std::string>& samples) {
  std::string joined;
  std::vector<size_t> sizes;
  for (const auto& s : samples) {
    if (s.empty()) continue;
    joined += s;
    sizes.push_back(s.size());
  }
  if (sizes.size() < kMinSamples) return {};
  const size_t capacity = std::clamp(joined.size() / 16, kMinDictionaryBytes, kMaxDictionaryBytes);
  std::string dictionary(capacity, '\0');
  const size_t n = ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), joined.data(), sizes.data(),
                                         static_cast<unsigned>(sizes.size()));
  if (ZDICT_isError(n)) return {};
  dictionary.resize(n);
  auto made = from_bytes(std::move(dictionary));
  return made.is_ok() ? made.value() : RecordDictionary();
}

analysis::Result<RecordDictionary> RecordDictionary::from_bytes(std::string bytes) {
  RecordDictionary dictionary;
  if (bytes.empty()) return dictionary;
  const uint32_t id = ZDICT_getDictID(bytes.data(), bytes.size());
  if (id == 0) return analysis::Status::index_error("the index's record dictionary is unreadable: not a zstd dictionary");
  auto impl = std::make_shared<Impl>();
  impl->bytes = std::move(bytes);
  impl->id = id;
  dictionary.impl_ = std::move(impl);
  return dictionary;
}

const std::string& RecordDictionary::bytes() const {
  static const std::string none;
  return impl_ ? impl_->bytes : none;
}

uint32_t RecordDictionary::id() const { return impl_ ? impl_->id : 0; }

const ZSTD_CDict_s* RecordDictionary::for_compression() const {
  std::call_once(impl_->compression_made, [this] {
    impl_->compression = ZSTD_createCDict(impl_->bytes.data(), impl_->bytes.size(), kLevel);
  });
  return impl_->compression;
}

const ZSTD_DDict_s* RecordDictionary::for_decompression() const {
  std::call_once(impl_->decompression_made, [this] {
    impl_->decompression = ZSTD_createDDict(impl_->bytes.data(), impl_->bytes.size());
  });
  return impl_->decompression;
}

void RecordSampler::add(std::string fields) {
  const size_t index = seen_++;
  if (index % stride_ != 0) return;
  bytes_ += fields.size();
  kept_.emplace_back(index, std::move(fields));
  while (bytes_ > budget_ && kept_.size() > 1) {
    stride_ *= 2;
    std::erase_if(kept_, [&](const auto& kept) { return kept.first % stride_ != 0; });
    bytes_ = 0;
    for (const auto& kept : kept_) bytes_ += kept.second.size();
  }
}

std::vector<std::string> RecordSampler::take() {
  std::vector<std::string> samples;
  samples.reserve(kept_.size());
  for (auto& kept : kept_) samples.push_back(std::move(kept.second));
  kept_ = decltype(kept_)();  // its capacity too (`= {}` would keep it)
  bytes_ = 0;
  return samples;
}

}  // namespace index_format
