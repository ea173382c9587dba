// @brief FileLocator: corpus-relative files to paths that open from the working directory.
#include "searcher/file_location.h"

#include <filesystem>
#include <utility>

namespace searcher {

namespace fs = std::filesystem;

FileLocator::FileLocator(std::string corpus_root, std::string working_directory)
    : corpus_root_(std::move(corpus_root)), working_directory_(std::move(working_directory)) {}

FileLocation FileLocator::locate(const std::string& file) const {
  if (file.empty()) return {};
  const fs::path base = corpus_root_.empty() ? fs::path(working_directory_) : fs::path(corpus_root_);
  const fs::path absolute = (base / file).lexically_normal();  // an absolute `file` replaces base
  const fs::path relative = absolute.lexically_relative(working_directory_);
  FileLocation location;
  location.absolute = absolute.generic_string();
  // Below the working directory: the short path, as grep and rg print; elsewhere a "../.." chain
  // would be longer and break when the reader cds, so the absolute path.
  const bool below = !relative.empty() && *relative.begin() != ".." && relative != ".";
  location.shown = below ? relative.generic_string() : location.absolute;
  return location;
}

}  // namespace searcher
