// @brief FileLocator: where a document's file is, as a path that opens from the searcher's
// working directory (relative when the file is below it, absolute otherwise) and as an absolute
// path, from the corpus root the index records and the file relative to it.
#pragma once

#include <string>

namespace searcher {

struct FileLocation {
  std::string shown;     // opens from the working directory: "corpus/x.txt" or "/data/corpus/x.txt"
  std::string absolute;  // "/data/corpus/x.txt"
};

// Pure path arithmetic (no file system access), so it costs nothing per hit and works for
// files that have since moved. REQUIRES: `working_directory` is absolute.
class FileLocator {
 public:
  // `corpus_root`: the absolute corpus directory the index records; empty for an index that
  // records none, whose files are then taken as relative to the working directory.
  FileLocator(std::string corpus_root, std::string working_directory);

  // `file` as an index records it: relative to the corpus root, or absolute.
  FileLocation locate(const std::string& file) const;

 private:
  std::string corpus_root_;
  std::string working_directory_;
};

}  // namespace searcher
