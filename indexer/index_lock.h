// @brief IndexLock: one indexer at a time per index directory.
#pragma once

#include <string>

#include "analysis/status.h"

namespace indexer {

// An exclusive advisory lock (flock) on DIR/.lock, held for the object's lifetime and released by
// the kernel if the process dies, so a killed indexer never leaves the index locked.
class IndexLock {
 public:
  // Takes the lock; with `wait`, blocks until the other indexer finishes, else fails at once with
  // a busy Status naming the directory.
  static analysis::Result<IndexLock> acquire(const std::string& index_dir, bool wait);
  IndexLock(IndexLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  IndexLock& operator=(IndexLock&&) = delete;
  IndexLock(const IndexLock&) = delete;
  ~IndexLock();

 private:
  explicit IndexLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace indexer
