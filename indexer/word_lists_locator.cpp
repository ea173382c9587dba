// @brief The default word lists, found from the running program's own path.
#include "indexer/word_lists_locator.h"

namespace indexer {

std::filesystem::path default_word_lists_dir(const std::filesystem::path& executable) {
  return (executable.parent_path() / PS_DATA_DIR_FROM_BIN / "stopwords").lexically_normal();
}

std::filesystem::path current_executable() {
  // argv[0] is no help: a program found on PATH or started through a symbolic link gets a bare
  // or misleading name there, while the kernel's link names the file actually running.
  std::error_code ec;
  auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : path;
}

}  // namespace indexer
