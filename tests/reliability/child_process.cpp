// @brief ChildProcess: fork/exec with files for stdio, a deadline and rusage.
#include "tests/reliability/child_process.h"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace reliability {
namespace {

double now() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Only async-signal-safe calls between fork and exec: the test may run threads.
[[noreturn]] void exec_child(char* const* argv, char* const* envp, const char* cwd, int in, int out, int err,
                             const RunOptions& options) {
  dup2(in, 0);
  dup2(out, 1);
  dup2(err, 2);
  // Its own process group, so a kill reaches nothing of the test's.
  setpgid(0, 0);
  if (options.max_file_bytes) {
    rlimit limit{static_cast<rlim_t>(*options.max_file_bytes), static_cast<rlim_t>(*options.max_file_bytes)};
    setrlimit(RLIMIT_FSIZE, &limit);
  }
  if (options.user) {
    if (setgroups(0, nullptr) != 0 || setgid(*options.user) != 0 || setuid(*options.user) != 0) _exit(126);
  }
  if (cwd && chdir(cwd) != 0) _exit(126);
  execve(argv[0], argv, envp);
  _exit(127);
}

}  // namespace

std::string RunResult::describe() const {
  std::string what = timed_out ? "timed out" : signal ? "killed by signal " + std::to_string(signal)
                                                      : "exit " + std::to_string(exit_code);
  what += " after " + std::to_string(seconds) + " s";
  if (!err.empty()) what += "; stderr: " + err.substr(0, 2000);
  return what;
}

ChildProcess ChildProcess::start(const std::vector<std::string>& argv, const RunOptions& options) {
  ChildProcess child;
  char scratch[] = "/tmp/ps-child-XXXXXX";
  if (!mkdtemp(scratch)) throw std::runtime_error("mkdtemp failed");
  child.scratch_ = scratch;
  chmod(scratch, 0755);  // a child running as another user writes its output here
  child.timeout_seconds_ = options.timeout_seconds;
  std::ofstream(child.scratch_ + "/stdin", std::ios::binary) << options.stdin_data;
  const int in = open((child.scratch_ + "/stdin").c_str(), O_RDONLY | O_CLOEXEC);
  const int out = open((child.scratch_ + "/stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  const int err = open((child.scratch_ + "/stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  fchmod(out, 0666);
  fchmod(err, 0666);

  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) {
    const std::string entry = *e;
    const std::string name = entry.substr(0, entry.find('='));
    bool replaced = false;
    for (const auto& added : options.env) replaced = replaced || added.substr(0, added.find('=')) == name;
    if (!replaced) env_strings.push_back(entry);
  }
  env_strings.insert(env_strings.end(), options.env.begin(), options.env.end());
  std::vector<char*> args, envp;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  for (const auto& e : env_strings) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);

  child.started_ = now();
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) exec_child(args.data(), envp.data(), options.cwd.empty() ? nullptr : options.cwd.c_str(), in, out, err, options);
  close(in);
  close(out);
  close(err);
  child.pid_ = pid;
  return child;
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : pid_(other.pid_), scratch_(std::move(other.scratch_)), timeout_seconds_(other.timeout_seconds_),
      started_(other.started_), reaped_(other.reaped_), status_(other.status_), max_rss_kb_(other.max_rss_kb_) {
  other.pid_ = -1;
  other.scratch_.clear();
}

ChildProcess::~ChildProcess() {
  if (pid_ > 0 && !reaped_) {
    ::kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  std::error_code ec;
  if (!scratch_.empty()) std::filesystem::remove_all(scratch_, ec);
}

bool ChildProcess::running() {
  if (reaped_) return false;
  rusage usage{};
  const pid_t r = wait4(pid_, &status_, WNOHANG, &usage);
  if (r == pid_) {
    reaped_ = true;
    max_rss_kb_ = usage.ru_maxrss;
  }
  return !reaped_;
}

void ChildProcess::send(int signal) {
  if (!reaped_) ::kill(pid_, signal);
}

RunResult ChildProcess::wait() {
  RunResult result;
  while (running()) {
    if (now() - started_ > timeout_seconds_) {
      result.timed_out = true;
      ::kill(pid_, SIGKILL);
      rusage usage{};
      wait4(pid_, &status_, 0, &usage);
      reaped_ = true;
      max_rss_kb_ = usage.ru_maxrss;
      break;
    }
    usleep(2000);
  }
  result.seconds = now() - started_;
  result.max_rss_kb = max_rss_kb_;
  if (WIFEXITED(status_)) result.exit_code = WEXITSTATUS(status_);
  if (WIFSIGNALED(status_)) result.signal = WTERMSIG(status_);
  result.out = slurp(scratch_ + "/stdout");
  result.err = slurp(scratch_ + "/stderr");
  return result;
}

RunResult run(const std::vector<std::string>& argv, const RunOptions& options) {
  return ChildProcess::start(argv, options).wait();
}

}  // namespace reliability
