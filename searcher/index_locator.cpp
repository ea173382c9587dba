// @brief locate_index: --index, the index variable, or the nearest index/ above the working directory.
#include "searcher/index_locator.h"

#include <filesystem>

#include "index_format/stub_file.h"

namespace searcher {

namespace fs = std::filesystem;
using analysis::Result;
using analysis::Status;

Result<LocatedIndex> locate_index(const std::string& flag, const std::string& variable, const std::string& start) {
  if (!flag.empty()) return LocatedIndex{flag, "--index"};
  if (!variable.empty()) return LocatedIndex{variable, kIndexVariable};
  std::error_code ec;
  const fs::path from = fs::absolute(start, ec).lexically_normal();
  for (fs::path dir = from;; dir = dir.parent_path()) {
    const fs::path candidate = dir / kDefaultIndexName;
    if (fs::is_regular_file(candidate / index_format::kStubFileName, ec)) {
      return LocatedIndex{candidate.string(), "search"};
    }
    if (dir == dir.root_path() || dir.parent_path() == dir || dir.empty()) break;
  }
  return Status::not_found("no index found: no --index given, " + std::string(kIndexVariable) +
                           " is not set, and no " + kDefaultIndexName + "/ with an " +
                           std::string(index_format::kStubFileName) + " file in " + from.string() +
                           " or any directory above it: build one with `indexer --corpus corpus --index " +
                           kDefaultIndexName + "`, or name it with --index DIR or " + kIndexVariable);
}

}  // namespace searcher
