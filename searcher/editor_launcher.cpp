// @brief open_in_editor: the user's editor through /bin/sh, waited for.
#include "searcher/editor_launcher.h"

#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

extern char** environ;

namespace searcher {

namespace fs = std::filesystem;
using analysis::Status;

std::string editor_command(const char* visual, const char* editor) {
  if (visual && visual[0] != '\0') return visual;
  if (editor && editor[0] != '\0') return editor;
  return "vi";
}

Status open_in_editor(const std::string& command, const std::string& file, int line) {
  // The command is shell words ("code -w", "emacsclient -t"); the file is passed as "$@", never
  // re-parsed, so any file name is safe.
  std::vector<std::string> args = {"sh", "-c", command + " \"$@\"", "sh", "+" + std::to_string(line), file};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, "/bin/sh", nullptr, nullptr, argv.data(), environ);
  if (spawned != 0) return Status::io_error("cannot start /bin/sh for editor '" + command + "': " + std::strerror(spawned));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return Status::io_error("waiting for editor '" + command + "': " + std::strerror(errno));
  }
  if (WIFSIGNALED(status)) {
    return Status::io_error("editor '" + command + "' was killed by signal " + std::to_string(WTERMSIG(status)));
  }
  if (WEXITSTATUS(status) != 0) {
    return Status::io_error("editor '" + command + "' exited with status " + std::to_string(WEXITSTATUS(status)));
  }
  return Status::ok();
}

std::string locate_record_file(const std::string& file, const std::string& index_dir) {
  std::error_code ec;
  const fs::path path(file);
  if (path.is_absolute() || fs::exists(path, ec)) return file;
  fs::path dir = fs::absolute(fs::path(index_dir), ec);
  if (ec) return file;
  // The index directory, then each one above it up to the root.
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    if (fs::exists(dir / path, ec)) return (dir / path).lexically_normal().string();
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return file;
}

}  // namespace searcher
