// @brief RecordDictionary: a zstd dictionary trained by the indexer on the index's own records and
// stored in it (metadata "record_dictionary"), so that each record, a few hundred bytes, is
// compressed and decoded as if it were part of a larger text.
//
// Why: a record compressed alone carries its own entropy tables, and building them again was most
// of the cost of reading a hit: 42 M of the 47 M instructions zstd spent on the benchmark
// workload's hits (HUF_readDTableX1, HUF_readStats, FSE tables; callgrind, bench/README.md). A
// frame compressed with the dictionary reuses the tables the dictionary holds, digested once per
// process, and shares its phrases: on the real corpus's records decoding took 0.75 µs a record
// instead of 2.8, and the records 38 % fewer bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/status.h"

struct ZSTD_CDict_s;
struct ZSTD_DDict_s;

namespace index_format {

// A dictionary, or none (empty(): records are compressed alone, as in an index of too few records
// to train on). Immutable; copies share the dictionary and its digested forms; safe to use from
// several threads.
class RecordDictionary {
 public:
  RecordDictionary() = default;

  // Trains a dictionary on `samples`, the plain fields of records (record_codec.h
  // record_fields). None when zstd cannot train on them (too few or too alike). Deterministic:
  // the same samples give the same dictionary. Its size is a sixteenth of the samples', between
  // 2 and 64 KiB: a searcher reads it whole on its first hit.
  static RecordDictionary train(const std::vector<std::string>& samples);

  // Errors (index_error): bytes that are not a zstd dictionary. "" is no dictionary.
  static analysis::Result<RecordDictionary> from_bytes(std::string bytes);

  bool empty() const { return impl_ == nullptr; }
  // The dictionary as stored ("" for none).
  const std::string& bytes() const;
  // The id zstd writes into every frame compressed with it (0 for none).
  uint32_t id() const;

  // Digested forms, made on first use (REQUIRES: !empty()).
  const ZSTD_CDict_s* for_compression() const;
  const ZSTD_DDict_s* for_decompression() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

// Keeps an even sample of the records it is shown, in order, within a budget of bytes: every
// stride-th record, the stride doubling (and every other record kept dropped) whenever the budget
// is passed. What is kept depends only on the sequence shown, not on threads or timing.
class RecordSampler {
 public:
  static constexpr size_t kDefaultBudget = size_t{2} << 20;
  explicit RecordSampler(size_t budget_bytes = kDefaultBudget) : budget_(budget_bytes) {}

  void add(std::string fields);
  std::vector<std::string> take();

 private:
  size_t budget_;
  size_t stride_ = 1;
  size_t seen_ = 0;
  size_t bytes_ = 0;
  std::vector<std::pair<size_t, std::string>> kept_;  // (index in the sequence, fields)
};

}  // namespace index_format
