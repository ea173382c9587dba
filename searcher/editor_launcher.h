// @brief open_in_editor: runs the user's editor on a file at a line ($VISUAL, else $EDITOR, else
// vi, started as `EDITOR +LINE FILE` through /bin/sh as git does, so "code -w" works) and waits
// for it; locate_record_file: where a record's file is from here.
#pragma once

#include <string>

#include "analysis/status.h"

namespace searcher {

// The editor command: `visual` when non-empty, else `editor` when non-empty, else "vi".
std::string editor_command(const char* visual, const char* editor);

// Runs `command +LINE FILE` with this process's terminal and waits for it. Errors: io_error when
// it cannot be started, or it exits non-zero or is killed (naming the command and status).
analysis::Status open_in_editor(const std::string& command, const std::string& file, int line);

// A record's file as a path that opens from the current directory. Records name files from the
// corpus's parent directory ("corpus/x.txt"): used as is when that exists from here or is
// absolute, else looked for from the index directory `index_dir` and each directory above it
// (an index usually sits beside or under the corpus's parent). `file` itself when none has it.
std::string locate_record_file(const std::string& file, const std::string& index_dir);

}  // namespace searcher
