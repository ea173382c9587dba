// @brief program_name and version_text.
#include "analysis/program_info.h"

#include <unicode/uversion.h>
#include <xapian.h>

namespace analysis {

std::string program_name(const char* argv0, std::string_view fallback) {
  std::string_view path = argv0 == nullptr ? std::string_view() : std::string_view(argv0);
  const auto slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  return std::string(path.empty() ? fallback : path);
}

std::string rename_program(std::string_view text, std::string_view build_name, std::string_view program) {
  std::string named;
  size_t from = 0;
  for (size_t at; (at = text.find(build_name, from)) != std::string_view::npos; from = at + build_name.size()) {
    named.append(text, from, at - from).append(program);
  }
  named.append(text, from);
  return named;
}

std::string version_text(std::string_view name) {
  // Runtime versions, not the headers' macros: after a library upgrade the two differ, and the
  // one that matters for a bug report is the one loaded.
  UVersionInfo icu;
  u_getVersion(icu);
  char icu_text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(icu, icu_text);
  return std::string(name) + " " + PS_VERSION + "\nXapian " + Xapian::version_string() + "\nICU " + icu_text + "\n";
}

}  // namespace analysis
