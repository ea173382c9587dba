// @brief PairRuns: counts of word pairs set aside in sorted runs in an anonymous temporary file,
// and read back merged in key order, so that counting a corpus's pairs needs bounded memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "analysis/status.h"

namespace analysis {

// One pair's counts: its key (two word numbers, compound_learner.h) and how often its words stood
// side by side with a space and with a hyphen between them.
struct PairCount {
  uint64_t key = 0;
  uint32_t open = 0;
  uint32_t hyphen = 0;
  bool operator==(const PairCount&) const = default;
};

// Sorted runs of PairCount in one temporary file in `dir`, opened at the first spill with
// O_TMPFILE: the file has no name, so nothing is left behind whatever way the process ends, and
// it lives beside the data the caller writes (an indexer's index directory), not in a /tmp that
// may be small. Errors (no such directory, a full disk) come back as a Status naming the
// directory and the cause. Moved, never copied: it owns the file.
class PairRuns {
 public:
  explicit PairRuns(std::string dir = {}) : dir_(std::move(dir)) {}
  ~PairRuns();
  PairRuns(PairRuns&& other) noexcept;
  PairRuns& operator=(PairRuns&& other) noexcept;
  PairRuns(const PairRuns&) = delete;
  PairRuns& operator=(const PairRuns&) = delete;

  // Appends `sorted` to the file as one run.
  // REQUIRES: keys strictly increasing.
  Status spill(const std::vector<PairCount>& sorted);
  size_t runs() const { return runs_.size(); }

  // Calls visit for every key of the runs and of `rest`, once each, in increasing key order, with
  // its counts summed over all of them. Reads each run a block at a time: memory is a block per
  // run, whatever the runs' length.
  // REQUIRES: rest's keys strictly increasing.
  Status merge(const std::vector<PairCount>& rest, const std::function<void(const PairCount&)>& visit) const;

 private:
  struct Run {
    uint64_t offset;  // in bytes
    uint64_t count;   // PairCounts
  };
  Status open_file();

  std::string dir_;
  int fd_ = -1;
  uint64_t end_ = 0;  // bytes written
  std::vector<Run> runs_;
};

}  // namespace analysis
