// @brief Test-only LD_PRELOAD library: counts the file-system calls of the process it is loaded
// into and, at a chosen one, kills the process, fails the call (disk full, I/O error, read-only)
// or pauses; can also log every path the process modifies.
//
// Why a preloaded library rather than hooks in the indexer: the reliability tests must drive the
// shipped binaries unchanged, and deterministic fault points (the 7th rename, the 300th write)
// are spread over a whole run in a way timed kills cannot be. Calls from Xapian and libstdc++ into
// libc go through the PLT, so they all pass here.
//
// Environment (all optional; without PS_FAULT_AT nothing is injected):
//   PS_FAULT_OPS     comma list of the call classes counted towards PS_FAULT_AT (default: all)
//                    open   every open/openat/creat/fopen, reading or writing
//                    write  write, writev, pwrite*, ftruncate, fallocate, sendfile, copy_file_range
//                           (to descriptors above 2: the tool's own stdout/stderr never count)
//                    sync   fsync, fdatasync, sync_file_range
//                    rename rename, renameat, renameat2
//                    mkdir  mkdir, mkdirat
//                    unlink unlink, unlinkat, rmdir, remove
//   PS_FAULT_AT      N: act on the N-th counted call (1-based), before it runs
//   PS_FAULT_ACTION  kill    SIGKILL the process (the default)
//                    enospc  fail that call and every later write or sync with ENOSPC: a disk
//                            that filled up stays full
//                    eio     fail that call with EIO
//                    erofs   fail that call with EROFS
//                    pause   create PS_FAULT_PAUSE_FILE, then wait until the test removes it
//   PS_FAULT_REPORT  file written at exit with one "class count" line per class
//   PS_FAULT_LOG     file appended with "op path" for every call that creates, writes, renames
//                    or removes a path (paths made absolute)
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

enum Op { kOpen, kWrite, kSync, kRename, kMkdir, kUnlink, kOpCount };
const char* const kOpNames[kOpCount] = {"open", "write", "sync", "rename", "mkdir", "unlink"};

struct Config {
  bool counted[kOpCount] = {true, true, true, true, true, true};
  long at = 0;
  enum Action { kKill, kEnospc, kEio, kErofs, kPause } action = kKill;
  const char* pause_file = nullptr;
  const char* report = nullptr;
  const char* log = nullptr;
};

Config& config() {
  static Config c = [] {
    Config c;
    if (const char* ops = getenv("PS_FAULT_OPS")) {
      for (bool& b : c.counted) b = false;
      for (int op = 0; op < kOpCount; ++op) {
        if (strstr(ops, kOpNames[op])) c.counted[op] = true;
      }
    }
    if (const char* at = getenv("PS_FAULT_AT")) c.at = atol(at);
    if (const char* action = getenv("PS_FAULT_ACTION")) {
      if (!strcmp(action, "enospc")) c.action = Config::kEnospc;
      if (!strcmp(action, "eio")) c.action = Config::kEio;
      if (!strcmp(action, "erofs")) c.action = Config::kErofs;
      if (!strcmp(action, "pause")) c.action = Config::kPause;
    }
    c.pause_file = getenv("PS_FAULT_PAUSE_FILE");
    c.report = getenv("PS_FAULT_REPORT");
    c.log = getenv("PS_FAULT_LOG");
    return c;
  }();
  return c;
}

std::atomic<long> g_counts[kOpCount];
std::atomic<long> g_counted_total{0};
std::atomic<bool> g_disk_full{false};

template <typename F>
F real(const char* name) {
  return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

// Writes with the real write(), so the injector's own output is never counted or failed.
void raw_write(int fd, const std::string& s) {
  static auto real_write = real<ssize_t (*)(int, const void*, size_t)>("write");
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = real_write(fd, s.data() + done, s.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
}

std::string absolute(int dirfd, const char* path) {
  if (!path) return "";
  if (path[0] == '/') return path;
  char base[PATH_MAX] = "";
  if (dirfd == AT_FDCWD) {
    if (!getcwd(base, sizeof base)) return path;
  } else {
    const std::string link = "/proc/self/fd/" + std::to_string(dirfd);
    ssize_t n = readlink(link.c_str(), base, sizeof base - 1);
    if (n < 0) return path;
    base[n] = 0;
  }
  return std::string(base) + "/" + path;
}

void log_path(const char* op, int dirfd, const char* path) {
  const Config& c = config();
  if (!c.log || !path) return;
  static auto real_open = real<int (*)(const char*, int, ...)>("open");
  int fd = real_open(c.log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return;
  raw_write(fd, std::string(op) + " " + absolute(dirfd, path) + "\n");
  close(fd);
}

// Counts one call of class `op`; returns 0 to let it run, or an errno to fail it with.
int before_call(Op op) {
  const Config& c = config();
  ++g_counts[op];
  if (g_disk_full && (op == kWrite || op == kSync)) return ENOSPC;
  if (!c.counted[op] || c.at <= 0) return 0;
  if (++g_counted_total != c.at) return 0;
  switch (c.action) {
    case Config::kKill:
      kill(getpid(), SIGKILL);
      pause();
      return 0;
    case Config::kEnospc:
      g_disk_full = true;
      return ENOSPC;
    case Config::kEio:
      return EIO;
    case Config::kErofs:
      return EROFS;
    case Config::kPause:
      if (c.pause_file) {
        static auto real_open = real<int (*)(const char*, int, ...)>("open");
        int fd = real_open(c.pause_file, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd >= 0) close(fd);
        // Bounded, so a test that dies without removing the file never leaves a process behind.
        struct stat st;
        for (int i = 0; i < 6000 && stat(c.pause_file, &st) == 0; ++i) usleep(10000);
      }
      return 0;
  }
  return 0;
}

bool writes(int flags) { return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)) != 0; }

bool fopen_writes(const char* mode) { return mode && (strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, '+')); }

struct Reporter {
  ~Reporter() {
    const Config& c = config();
    if (!c.report) return;
    static auto real_open = real<int (*)(const char*, int, ...)>("open");
    int fd = real_open(c.report, O_WRONLY | O_TRUNC | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return;
    std::string s;
    for (int op = 0; op < kOpCount; ++op) s += std::string(kOpNames[op]) + " " + std::to_string(g_counts[op]) + "\n";
    raw_write(fd, s);
    close(fd);
  }
} g_reporter;

#define FAIL_IF_INJECTED(op, failed)   \
  do {                                 \
    if (int err = before_call(op)) {   \
      errno = err;                     \
      return failed;                   \
    }                                  \
  } while (0)

mode_t variadic_mode(int flags, va_list ap) {
  return (flags & (O_CREAT | O_TMPFILE)) ? static_cast<mode_t>(va_arg(ap, int)) : 0;
}

}  // namespace

extern "C" {

#define DEFINE_OPEN(name)                                              \
  int name(const char* path, int flags, ...) {                         \
    va_list ap;                                                        \
    va_start(ap, flags);                                               \
    const mode_t mode = variadic_mode(flags, ap);                      \
    va_end(ap);                                                        \
    FAIL_IF_INJECTED(kOpen, -1);                                       \
    if (writes(flags)) log_path("open", AT_FDCWD, path);               \
    static auto fn = real<int (*)(const char*, int, ...)>(#name);      \
    return fn(path, flags, mode);                                      \
  }
DEFINE_OPEN(open)
DEFINE_OPEN(open64)

#define DEFINE_OPENAT(name)                                                 \
  int name(int dirfd, const char* path, int flags, ...) {                   \
    va_list ap;                                                             \
    va_start(ap, flags);                                                    \
    const mode_t mode = variadic_mode(flags, ap);                           \
    va_end(ap);                                                             \
    FAIL_IF_INJECTED(kOpen, -1);                                            \
    if (writes(flags)) log_path("open", dirfd, path);                       \
    static auto fn = real<int (*)(int, const char*, int, ...)>(#name);      \
    return fn(dirfd, path, flags, mode);                                    \
  }
DEFINE_OPENAT(openat)
DEFINE_OPENAT(openat64)

// _FORTIFY_SOURCE builds call these instead of open/openat.
#define DEFINE_OPEN_2(name)                                   \
  int name(const char* path, int flags) {                     \
    FAIL_IF_INJECTED(kOpen, -1);                              \
    if (writes(flags)) log_path("open", AT_FDCWD, path);      \
    static auto fn = real<int (*)(const char*, int)>(#name);  \
    return fn(path, flags);                                   \
  }
DEFINE_OPEN_2(__open_2)
DEFINE_OPEN_2(__open64_2)

#define DEFINE_CREAT(name)                                       \
  int name(const char* path, mode_t mode) {                      \
    FAIL_IF_INJECTED(kOpen, -1);                                 \
    log_path("open", AT_FDCWD, path);                            \
    static auto fn = real<int (*)(const char*, mode_t)>(#name);  \
    return fn(path, mode);                                       \
  }
DEFINE_CREAT(creat)
DEFINE_CREAT(creat64)

// libstdc++'s filebuf opens with fopen, whose own open() stays inside libc.
#define DEFINE_FOPEN(name)                                              \
  FILE* name(const char* path, const char* mode) {                      \
    FAIL_IF_INJECTED(kOpen, nullptr);                                   \
    if (fopen_writes(mode)) log_path("open", AT_FDCWD, path);           \
    static auto fn = real<FILE* (*)(const char*, const char*)>(#name);  \
    return fn(path, mode);                                              \
  }
DEFINE_FOPEN(fopen)
DEFINE_FOPEN(fopen64)

ssize_t write(int fd, const void* buf, size_t n) {
  if (fd > 2) FAIL_IF_INJECTED(kWrite, -1);
  static auto fn = real<ssize_t (*)(int, const void*, size_t)>("write");
  return fn(fd, buf, n);
}

ssize_t writev(int fd, const struct iovec* iov, int count) {
  if (fd > 2) FAIL_IF_INJECTED(kWrite, -1);
  static auto fn = real<ssize_t (*)(int, const struct iovec*, int)>("writev");
  return fn(fd, iov, count);
}

#define DEFINE_PWRITE(name)                                                 \
  ssize_t name(int fd, const void* buf, size_t n, off_t offset) {           \
    FAIL_IF_INJECTED(kWrite, -1);                                           \
    static auto fn = real<ssize_t (*)(int, const void*, size_t, off_t)>(#name); \
    return fn(fd, buf, n, offset);                                          \
  }
DEFINE_PWRITE(pwrite)
DEFINE_PWRITE(pwrite64)

#define DEFINE_FTRUNCATE(name)                            \
  int name(int fd, off_t length) {                        \
    FAIL_IF_INJECTED(kWrite, -1);                         \
    static auto fn = real<int (*)(int, off_t)>(#name);    \
    return fn(fd, length);                                \
  }
DEFINE_FTRUNCATE(ftruncate)
DEFINE_FTRUNCATE(ftruncate64)

int fallocate(int fd, int mode, off_t offset, off_t length) {
  FAIL_IF_INJECTED(kWrite, -1);
  static auto fn = real<int (*)(int, int, off_t, off_t)>("fallocate");
  return fn(fd, mode, offset, length);
}

int posix_fallocate(int fd, off_t offset, off_t length) {
  if (int err = before_call(kWrite)) return err;  // returns the error, errno untouched
  static auto fn = real<int (*)(int, off_t, off_t)>("posix_fallocate");
  return fn(fd, offset, length);
}

#define DEFINE_SENDFILE(name)                                              \
  ssize_t name(int out_fd, int in_fd, off_t* offset, size_t count) {       \
    FAIL_IF_INJECTED(kWrite, -1);                                          \
    static auto fn = real<ssize_t (*)(int, int, off_t*, size_t)>(#name);   \
    return fn(out_fd, in_fd, offset, count);                               \
  }
DEFINE_SENDFILE(sendfile)
DEFINE_SENDFILE(sendfile64)

ssize_t copy_file_range(int in_fd, off_t* in_off, int out_fd, off_t* out_off, size_t len, unsigned flags) {
  FAIL_IF_INJECTED(kWrite, -1);
  static auto fn = real<ssize_t (*)(int, off_t*, int, off_t*, size_t, unsigned)>("copy_file_range");
  return fn(in_fd, in_off, out_fd, out_off, len, flags);
}

int fsync(int fd) {
  FAIL_IF_INJECTED(kSync, -1);
  static auto fn = real<int (*)(int)>("fsync");
  return fn(fd);
}

int fdatasync(int fd) {
  FAIL_IF_INJECTED(kSync, -1);
  static auto fn = real<int (*)(int)>("fdatasync");
  return fn(fd);
}

int sync_file_range(int fd, off_t offset, off_t n, unsigned flags) {
  FAIL_IF_INJECTED(kSync, -1);
  static auto fn = real<int (*)(int, off_t, off_t, unsigned)>("sync_file_range");
  return fn(fd, offset, n, flags);
}

int rename(const char* from, const char* to) {
  FAIL_IF_INJECTED(kRename, -1);
  log_path("rename-from", AT_FDCWD, from);
  log_path("rename-to", AT_FDCWD, to);
  static auto fn = real<int (*)(const char*, const char*)>("rename");
  return fn(from, to);
}

int renameat(int fromfd, const char* from, int tofd, const char* to) {
  FAIL_IF_INJECTED(kRename, -1);
  log_path("rename-from", fromfd, from);
  log_path("rename-to", tofd, to);
  static auto fn = real<int (*)(int, const char*, int, const char*)>("renameat");
  return fn(fromfd, from, tofd, to);
}

int renameat2(int fromfd, const char* from, int tofd, const char* to, unsigned flags) {
  FAIL_IF_INJECTED(kRename, -1);
  log_path("rename-from", fromfd, from);
  log_path("rename-to", tofd, to);
  static auto fn = real<int (*)(int, const char*, int, const char*, unsigned)>("renameat2");
  return fn(fromfd, from, tofd, to, flags);
}

int mkdir(const char* path, mode_t mode) {
  FAIL_IF_INJECTED(kMkdir, -1);
  log_path("mkdir", AT_FDCWD, path);
  static auto fn = real<int (*)(const char*, mode_t)>("mkdir");
  return fn(path, mode);
}

int mkdirat(int dirfd, const char* path, mode_t mode) {
  FAIL_IF_INJECTED(kMkdir, -1);
  log_path("mkdir", dirfd, path);
  static auto fn = real<int (*)(int, const char*, mode_t)>("mkdirat");
  return fn(dirfd, path, mode);
}

int unlink(const char* path) {
  FAIL_IF_INJECTED(kUnlink, -1);
  log_path("unlink", AT_FDCWD, path);
  static auto fn = real<int (*)(const char*)>("unlink");
  return fn(path);
}

int unlinkat(int dirfd, const char* path, int flags) {
  FAIL_IF_INJECTED(kUnlink, -1);
  log_path("unlink", dirfd, path);
  static auto fn = real<int (*)(int, const char*, int)>("unlinkat");
  return fn(dirfd, path, flags);
}

int rmdir(const char* path) {
  FAIL_IF_INJECTED(kUnlink, -1);
  log_path("rmdir", AT_FDCWD, path);
  static auto fn = real<int (*)(const char*)>("rmdir");
  return fn(path);
}

int remove(const char* path) {
  FAIL_IF_INJECTED(kUnlink, -1);
  log_path("remove", AT_FDCWD, path);
  static auto fn = real<int (*)(const char*)>("remove");
  return fn(path);
}

}  // extern "C"
