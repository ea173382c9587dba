// @brief The name a program was started under and its --version text, shared by both programs.
#pragma once

#include <string>
#include <string_view>

namespace analysis {

// The program's name as started: the last component of argv[0] ("passage-search" for
// /usr/bin/passage-search, "searcher" for build/bin/searcher), so --help examples, --version and
// messages name the command the user typed. `fallback` when argv[0] is null or empty.
std::string program_name(const char* argv0, std::string_view fallback);

// `text` (a --help text written with the build-tree name `build_name` for the command) with every
// occurrence of `build_name` replaced by `program`.
std::string rename_program(std::string_view text, std::string_view build_name, std::string_view program);

// --version: "NAME VERSION" on the first line (the project version, from CMake's
// project(VERSION)), then the Xapian and ICU versions of the libraries this process runs with,
// which can differ from the ones it was built against:
//   passage-search 0.1.0
//   Xapian 1.4.22
//   ICU 72.1
std::string version_text(std::string_view name);

}  // namespace analysis
