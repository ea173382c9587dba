// @brief Tests for editor_command, open_in_editor (a real /bin/sh running a recording script)
// and locate_record_file on a temporary tree.
#define BOOST_TEST_MODULE editor_launcher
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "searcher/editor_launcher.h"

namespace fs = std::filesystem;

namespace {

struct TempDir {
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "editor-launcher-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path path;
};

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

BOOST_AUTO_TEST_CASE(editor_command_prefers_visual_then_editor_then_vi) {
  struct Row {
    const char* visual;
    const char* editor;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"code -w", "nano", "code -w"}, {"", "nano", "nano"}, {nullptr, "nano", "nano"},
      {nullptr, nullptr, "vi"},       {"", "", "vi"},
  };
  for (const Row& row : rows) BOOST_TEST(searcher::editor_command(row.visual, row.editor) == row.expected);
}

BOOST_AUTO_TEST_CASE(editor_gets_plus_line_and_file_as_separate_words) {
  TempDir dir;
  const fs::path script = dir.path / "record-args";
  const fs::path log = dir.path / "args.log";
  std::ofstream(script) << "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '" << log.string() << "'; done\n";
  fs::permissions(script, fs::perms::owner_all);
  // A command with words of its own, and a file name with a space and a quote.
  const std::string file = (dir.path / "a file's.txt").string();
  auto status = searcher::open_in_editor(script.string() + " --wait", file, 43);
  BOOST_REQUIRE_MESSAGE(status.is_ok(), status.message());
  BOOST_TEST(read(log) == "--wait\n+43\n" + file + "\n");

  auto failed = searcher::open_in_editor("exit 3;", file, 1);
  BOOST_TEST(!failed.is_ok());
  BOOST_TEST(failed.message().find("exited with status 3") != std::string::npos, failed.message());
}

BOOST_AUTO_TEST_CASE(record_files_are_found_from_the_index_upwards) {
  TempDir dir;
  fs::create_directories(dir.path / "project" / "corpus");
  fs::create_directories(dir.path / "project" / "build" / "index");
  std::ofstream(dir.path / "project" / "corpus" / "doc.txt") << "text\n";
  const std::string index = (dir.path / "project" / "build" / "index").string();
  const std::string found = (dir.path / "project" / "corpus" / "doc.txt").string();
  struct Row {
    std::string file;
    std::string index;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"corpus/doc.txt", index, found},
      {"corpus/doc.txt", (dir.path / "project").string(), found},
      {"corpus/missing.txt", index, "corpus/missing.txt"},  // left as is when nothing has it
      {found, "/nonexistent", found},                      // absolute: as is
  };
  for (const Row& row : rows) BOOST_TEST(searcher::locate_record_file(row.file, row.index) == row.expected, row.file);
}
