// @brief flock-based index lock.
#include "indexer/index_lock.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace indexer {

analysis::Result<IndexLock> IndexLock::acquire(const std::string& index_dir, bool wait) {
  const std::string path = index_dir + "/.lock";
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return analysis::Status::io_error(path + ": error: cannot create the index lock: " + std::strerror(errno));
  }
  if (::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0) {
    const int err = errno;
    ::close(fd);
    if (err == EWOULDBLOCK) {
      return analysis::Status::busy(index_dir + ": error: another indexer is writing this index; "
                                    "run again when it has finished (or pass --wait)");
    }
    return analysis::Status::io_error(path + ": error: cannot lock the index: " + std::strerror(err));
  }
  return IndexLock(fd);
}

IndexLock::~IndexLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace indexer
