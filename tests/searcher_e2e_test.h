// @brief Support for the searcher end-to-end test: run a real binary with arguments, stdin and
// extra environment, capturing stdout, stderr and the exit code; compare text with golden files.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace e2e {

struct Run {
  int exit_code = -1;  // 128 + signal when killed by one
  std::string out;
  std::string err;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A temporary file that holds `content` and is removed on destruction.
class TempFile {
 public:
  explicit TempFile(const std::string& content = "") {
    std::string pattern = (std::filesystem::temp_directory_path() / "searcher-e2e-XXXXXX").string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    if (!content.empty() && ::write(fd, content.data(), content.size()) != static_cast<ssize_t>(content.size())) {
      throw std::runtime_error("write failed");
    }
    ::close(fd);
    path_ = pattern;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Runs `program` with `args`, `input` on stdin and `env` ("NAME=value" to set, "NAME" to unset)
// applied over this process's environment, in directory `cwd` (empty: this process's). Output
// goes through temporary files, so neither stream can block the other.
inline Run run(const std::string& program, const std::vector<std::string>& args, const std::string& input = "",
               const std::vector<std::string>& env = {}, const std::string& cwd = "") {
  TempFile in(input), out, err;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  posix_spawn_file_actions_addopen(&actions, 0, in.path().c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.path().c_str(), O_WRONLY | O_TRUNC, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err.path().c_str(), O_WRONLY | O_TRUNC, 0);

  std::vector<std::string> environment;
  for (char** e = environ; *e; ++e) environment.emplace_back(*e);
  for (const std::string& change : env) {
    const std::string name = change.substr(0, change.find('='));
    std::erase_if(environment, [&](const std::string& e) { return e.compare(0, name.size() + 1, name + "=") == 0; });
    if (change.find('=') != std::string::npos) environment.push_back(change);
  }
  std::vector<char*> envp;
  for (std::string& e : environment) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_storage = {program};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);

  pid_t pid = 0;
  int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run " + program);
  int status = 0;
  ::waitpid(pid, &status, 0);
  Run result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out.path());
  result.err = read_file(err.path());
  return result;
}

// The value of environment variable `name`, or an exception naming it.
inline std::string required_env(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) throw std::runtime_error(std::string(name) + " is not set (run through ctest)");
  return value;
}

// Compares `actual` with tests/golden/`name`; with UPDATE_GOLDEN=1 in the environment, rewrites the
// file instead and reports a match. Returns an empty string on a match, else a description.
inline std::string check_golden(const std::string& name, const std::string& actual) {
  const std::filesystem::path path = std::filesystem::path("tests/golden") / name;
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return "";
  }
  if (!std::filesystem::exists(path)) return path.string() + " is missing: run UPDATE_GOLDEN=1 ctest -R searcher_e2e";
  const std::string expected = read_file(path.string());
  if (expected == actual) return "";
  size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
  const size_t line = 1 + std::count(expected.begin(), expected.begin() + at, '\n');
  return path.string() + ":" + std::to_string(line) + ": output differs (if intended: UPDATE_GOLDEN=1 ctest -R searcher_e2e)\n" +
         "expected: " + expected.substr(at, 120) + "\nactual:   " + actual.substr(at, 120);
}

}  // namespace e2e
