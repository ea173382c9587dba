// @brief ChildProcess: runs a real binary the way a user or script would (arguments, environment,
// working directory, stdin, a user id, a file-size limit) and reports how it ended, with its
// output, wall time and peak memory, never waiting longer than a timeout.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace reliability {

struct RunOptions {
  std::vector<std::string> env;          // "NAME=value", added to the inherited environment
  std::string cwd;                       // empty: the test's working directory
  std::string stdin_data;                // written to the child's stdin (a file, so any size)
  double timeout_seconds = 120;          // then SIGKILL, and RunResult::timed_out
  std::optional<uid_t> user;             // run as this user and its group (needs root)
  std::optional<long> max_file_bytes;    // RLIMIT_FSIZE, as `ulimit -f` would set it
};

inline RunOptions with_env(std::vector<std::string> env) {
  RunOptions options;
  options.env = std::move(env);
  return options;
}

struct RunResult {
  int exit_code = -1;      // when the child exited; -1 when a signal ended it
  int signal = 0;          // the signal that ended it, 0 when it exited
  bool timed_out = false;  // killed by us after RunOptions::timeout_seconds
  std::string out, err;
  double seconds = 0;
  long max_rss_kb = 0;     // peak resident memory (getrusage of the child)

  // "exit 2" or "killed by signal 11" or "timed out", then the start of stderr: for test messages.
  std::string describe() const;
};

// A started child, its stdout and stderr going to files (no pipe can fill up and block it).
// REQUIRES: wait() or kill_and_wait() before destruction, or the destructor kills it.
class ChildProcess {
 public:
  static ChildProcess start(const std::vector<std::string>& argv, const RunOptions& options = {});
  ChildProcess(ChildProcess&& other) noexcept;
  ChildProcess& operator=(ChildProcess&&) = delete;
  ChildProcess(const ChildProcess&) = delete;
  ~ChildProcess();

  pid_t pid() const { return pid_; }
  // True while the child has not ended (reaps it if it has).
  bool running();
  void send(int signal);
  // Waits until the child ends or the timeout given at start passes (then kills it).
  RunResult wait();

 private:
  ChildProcess() = default;
  pid_t pid_ = -1;
  std::string scratch_;  // holds stdin, stdout and stderr files
  double timeout_seconds_ = 0;
  double started_ = 0;
  bool reaped_ = false;
  int status_ = 0;
  long max_rss_kb_ = 0;
};

// start() then wait().
RunResult run(const std::vector<std::string>& argv, const RunOptions& options = {});

}  // namespace reliability
