// @brief Writing sorted runs of pair counts to an anonymous file and merging them back.
#include "analysis/pair_runs.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <functional>
#include <queue>
#include <system_error>
#include <type_traits>
#include <utility>

namespace analysis {
namespace {

// Runs are written and read back by the same process, so a PairCount is stored as its bytes.
static_assert(sizeof(PairCount) == 16 && std::is_trivially_copyable_v<PairCount>);

// PairCounts read at a time from each run while merging: 64 KiB, large enough that reads are few
// and sequential, small enough that hundreds of runs cost little next to the table they replace.
constexpr size_t kBlock = 4096;

std::string cause(int error) { return std::system_category().message(error); }

// One sorted source of the merge: a run in the file, read a block at a time, or `rest` in memory.
class Cursor {
 public:
  Cursor(int fd, uint64_t offset, uint64_t count) : fd_(fd), offset_(offset), left_(count) {}
  explicit Cursor(const std::vector<PairCount>& rest) : at_(rest.data()), end_(rest.data() + rest.size()) {}

  bool done() const { return at_ == end_; }
  const PairCount& current() const { return *at_; }
  // Moves to the next PairCount, reading the next block when this one is used up.
  Status advance(const std::string& dir) {
    if (at_ != end_) ++at_;
    if (at_ != end_ || left_ == 0) return Status::ok();
    const size_t n = static_cast<size_t>(std::min<uint64_t>(left_, kBlock));
    block_.resize(n);
    char* p = reinterpret_cast<char*>(block_.data());
    size_t want = n * sizeof(PairCount);
    while (want > 0) {
      const ssize_t got = ::pread(fd_, p, want, static_cast<off_t>(offset_));
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return Status::io_error(dir + ": error: cannot read back the temporary file of word pair counts: " + cause(errno));
      if (got == 0) return Status::io_error(dir + ": error: the temporary file of word pair counts is shorter than written");
      p += got;
      want -= static_cast<size_t>(got);
      offset_ += static_cast<uint64_t>(got);
    }
    left_ -= n;
    at_ = block_.data();
    end_ = block_.data() + n;
    return Status::ok();
  }

 private:
  int fd_ = -1;
  uint64_t offset_ = 0;  // of the next block, in bytes
  uint64_t left_ = 0;    // PairCounts not yet read
  std::vector<PairCount> block_;
  const PairCount* at_ = nullptr;
  const PairCount* end_ = nullptr;
};

}  // namespace

PairRuns::~PairRuns() {
  if (fd_ >= 0) ::close(fd_);
}

PairRuns::PairRuns(PairRuns&& other) noexcept
    : dir_(std::move(other.dir_)), fd_(std::exchange(other.fd_, -1)), end_(std::exchange(other.end_, 0)),
      runs_(std::move(other.runs_)) {
  other.runs_.clear();
}

PairRuns& PairRuns::operator=(PairRuns&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    dir_ = std::move(other.dir_);
    fd_ = std::exchange(other.fd_, -1);
    end_ = std::exchange(other.end_, 0);
    runs_ = std::move(other.runs_);
    other.runs_.clear();
  }
  return *this;
}

Status PairRuns::open_file() {
  if (dir_.empty()) return Status::invalid_input("error: no directory for the temporary file of word pair counts");
  fd_ = ::open(dir_.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd_ < 0 && (errno == EOPNOTSUPP || errno == EISDIR)) {
    // A file system without O_TMPFILE: a named file, unlinked at once, so that only a crash
    // between these two calls could leave it behind.
    std::string name = dir_ + "/.pair-counts-XXXXXX";
    fd_ = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd_ >= 0 && ::unlink(name.c_str()) != 0) {
      const int error = errno;
      ::close(fd_);
      fd_ = -1;
      errno = error;
    }
  }
  if (fd_ < 0) return Status::io_error(dir_ + ": error: cannot create the temporary file of word pair counts: " + cause(errno));
  return Status::ok();
}

Status PairRuns::spill(const std::vector<PairCount>& sorted) {
  if (sorted.empty()) return Status::ok();
  if (fd_ < 0) {
    Status opened = open_file();
    if (!opened.is_ok()) return opened;
  }
  const char* p = reinterpret_cast<const char*>(sorted.data());
  size_t left = sorted.size() * sizeof(PairCount);
  uint64_t at = end_;
  while (left > 0) {
    const ssize_t put = ::pwrite(fd_, p, left, static_cast<off_t>(at));
    if (put < 0 && errno == EINTR) continue;
    // A write of nothing is a full device that did not say so.
    if (put <= 0) return Status::io_error(dir_ + ": error: cannot write the temporary file of word pair counts: " + cause(put < 0 ? errno : ENOSPC));
    p += put;
    left -= static_cast<size_t>(put);
    at += static_cast<uint64_t>(put);
  }
  runs_.push_back(Run{end_, sorted.size()});
  end_ = at;
  return Status::ok();
}

Status PairRuns::merge(const std::vector<PairCount>& rest, const std::function<void(const PairCount&)>& visit) const {
  std::vector<Cursor> cursors;
  cursors.reserve(runs_.size() + 1);
  for (const Run& run : runs_) {
    cursors.emplace_back(fd_, run.offset, run.count);
    Status read = cursors.back().advance(dir_);  // the first block
    if (!read.is_ok()) return read;
  }
  cursors.emplace_back(rest);
  // The sources by their current key, smallest on top.
  using Head = std::pair<uint64_t, size_t>;
  std::priority_queue<Head, std::vector<Head>, std::greater<Head>> heads;
  for (size_t i = 0; i < cursors.size(); ++i)
    if (!cursors[i].done()) heads.emplace(cursors[i].current().key, i);
  while (!heads.empty()) {
    PairCount sum{heads.top().first, 0, 0};
    while (!heads.empty() && heads.top().first == sum.key) {
      Cursor& cursor = cursors[heads.top().second];
      const size_t i = heads.top().second;
      heads.pop();
      sum.open += cursor.current().open;
      sum.hyphen += cursor.current().hyphen;
      Status read = cursor.advance(dir_);
      if (!read.is_ok()) return read;
      if (!cursor.done()) heads.emplace(cursor.current().key, i);
    }
    visit(sum);
  }
  return Status::ok();
}

}  // namespace analysis
