// @brief Where the indexer finds its default word lists: beside the program, under its prefix.
#pragma once

#include <filesystem>

namespace indexer {

// The default word-lists directory for the program at `executable`: the data directory configured
// relative to the program's directory (PS_DATA_DIR_FROM_BIN, "../share/passage-search"), plus
// "stopwords". The same rule holds in the build tree (build/bin/indexer ->
// build/share/passage-search/stopwords, copied there at build time) and under any install prefix
// (/usr/bin/passage-index -> /usr/share/passage-search/stopwords), so no absolute path of the
// machine that built it is compiled in and an installed tree can be moved whole.
// REQUIRES: `executable` is absolute. The result is lexically normal; its existence is not checked.
std::filesystem::path default_word_lists_dir(const std::filesystem::path& executable);

// The running program's path, symbolic links resolved (/proc/self/exe); empty when the system
// cannot tell.
std::filesystem::path current_executable();

}  // namespace indexer
