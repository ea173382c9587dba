// @brief End-to-end tests of the searcher's views, through the real binary run from directories
// other than the project root: paths that open from the working directory, index discovery,
// option parsing (last occurrence wins, nearest option), --count, -l, --vimgrep, --sort document,
// wrapping to COLUMNS and the title once per run of one document.
#define BOOST_TEST_MODULE view_e2e
#include <boost/test/unit_test.hpp>

#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "tests/searcher_e2e_test.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::string& binary() {
  static const std::string path = fs::absolute(e2e::required_env("SEARCHER")).string();
  return path;
}
const std::string& index_dir() {
  static const std::string path = fs::absolute(e2e::required_env("SEARCHER_INDEX")).string();
  return path;
}

// The searcher run in `cwd` on the corpus index; PASSAGE_SEARCH_INDEX unset unless `env` sets it.
e2e::Run search_in(const std::string& cwd, std::vector<std::string> args, std::vector<std::string> env = {},
                   bool with_index = true) {
  if (with_index) args.insert(args.begin(), {"--index", index_dir()});
  env.insert(env.begin(), "PASSAGE_SEARCH_INDEX");
  return e2e::run(binary(), args, "", env, cwd);
}

std::vector<json> hits_of(const std::string& out, const char* type = "hit") {
  std::vector<json> hits;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    json parsed = json::parse(line);
    if (parsed.at("type") == type) hits.push_back(parsed);
  }
  return hits;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Columns of a line of UTF-8 text without escapes: one per code point.
size_t columns(const std::string& line) {
  size_t n = 0;
  for (unsigned char c : line) n += (c & 0xC0) != 0x80;
  return n;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A fresh directory under the system's temporary directory, removed at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "view-e2e-XXXXXX").string();
    path = fs::path(::mkdtemp(pattern.data()));
  }
  ~TempDir() { fs::remove_all(path); }
};

// The project root: where ctest runs this test (add_unit_test).
const fs::path kProject = fs::current_path();

}  // namespace

BOOST_AUTO_TEST_CASE(paths_open_from_the_working_directory) {
  TempDir elsewhere;
  struct Row {
    std::string cwd;
    bool relative;  // the corpus is below cwd
  };
  const std::vector<Row> rows = {{"/", true}, {kProject.string(), true}, {elsewhere.path.string(), false},
                                 {(kProject / "corpus").string(), true}};
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT("from " << row.cwd) {
      auto tsv = search_in(row.cwd, {"--format", "tsv", "-n", "5", "NISC"});
      BOOST_REQUIRE_EQUAL(tsv.exit_code, 0);
      const auto lines = lines_of(tsv.out);
      BOOST_REQUIRE_EQUAL(lines.size(), 6u);
      for (size_t i = 1; i < lines.size(); ++i) {
        std::vector<std::string> f;
        std::istringstream fields(lines[i]);
        for (std::string field; std::getline(fields, field, '\t');) f.push_back(field);
        const fs::path file = f.at(4);
        BOOST_TEST(file.is_relative() == row.relative, file);
        BOOST_TEST(fs::is_regular_file(fs::path(row.cwd) / file), file);
      }
      auto text = search_in(row.cwd, {"-n", "1", "NISC"});
      BOOST_REQUIRE_EQUAL(text.exit_code, 0);
      const std::string header = lines_of(text.out).at(1);  // "1. FILE:START-END  …"
      const std::string file = header.substr(3, header.find(':') - 3);
      BOOST_TEST(fs::is_regular_file(fs::path(row.cwd) / file), header);
      for (const json& hit : hits_of(search_in(row.cwd, {"-j", "-n", "5", "NISC"}).out)) {
        const fs::path path = hit.at("path").get<std::string>();
        BOOST_TEST(path.is_absolute());
        BOOST_TEST(fs::equivalent(path, fs::path(row.cwd) / hit.at("file").get<std::string>()));
      }
    }
  }
  // From the project root, the paths the README shows.
  auto root = search_in(kProject.string(), {"--format", "tsv", "-n", "1", "NISC"});
  BOOST_TEST(root.out.find("\tcorpus/iiss-japan-2021.txt\t") != std::string::npos, root.out);
  // Listings locate files the same way.
  auto listed = search_in("/", {"--list-documents", "--format", "tsv"});
  for (const std::string& line : lines_of(listed.out)) {
    if (line.rfind("id\t", 0) == 0) continue;
    const std::string file = line.substr(line.rfind('\t') + 1);
    BOOST_TEST(fs::is_regular_file(fs::path("/") / file), file);
  }
}

BOOST_AUTO_TEST_CASE(the_index_is_found_by_variable_or_upward_search) {
  TempDir tree;
  fs::create_directory_symlink(index_dir(), tree.path / "index");
  fs::create_directories(tree.path / "a/b");
  TempDir empty;
  // The nearest index/ above the working directory.
  auto found = search_in((tree.path / "a/b").string(), {"-j", "-n", "2", "NISC"}, {}, false);
  BOOST_TEST(found.exit_code == 0, found.err);
  BOOST_TEST(hits_of(found.out).size() == 2u);
  for (const json& hit : hits_of(found.out)) BOOST_TEST(fs::is_regular_file(hit.at("path").get<std::string>()));
  // The variable, from a directory with no index above it.
  auto variable = search_in(empty.path.string(), {"-j", "-n", "2", "NISC"}, {"PASSAGE_SEARCH_INDEX=" + index_dir()}, false);
  BOOST_TEST(variable.exit_code == 0, variable.err);
  BOOST_TEST(hits_of(variable.out).size() == 2u);
  // --index beats the variable.
  auto flag = search_in(empty.path.string(), {"-n", "1", "NISC"}, {"PASSAGE_SEARCH_INDEX=/nonexistent"});
  BOOST_TEST(flag.exit_code == 0, flag.err);
  // A variable naming no index says so.
  auto bad = search_in(empty.path.string(), {"NISC"}, {"PASSAGE_SEARCH_INDEX=/nonexistent"}, false);
  BOOST_TEST(bad.exit_code == 2);
  BOOST_TEST(bad.err.find("/nonexistent") != std::string::npos, bad.err);
  BOOST_TEST(bad.err.find("PASSAGE_SEARCH_INDEX") != std::string::npos, bad.err);
  // Nothing anywhere: the error names where it looked.
  auto none = search_in(empty.path.string(), {"NISC"}, {}, false);
  BOOST_TEST(none.exit_code == 2);
  BOOST_TEST(none.err.find("no index found") != std::string::npos, none.err);
  BOOST_TEST(none.err.find(empty.path.string()) != std::string::npos, none.err);
  BOOST_TEST(none.out.empty());
}

BOOST_AUTO_TEST_CASE(the_last_occurrence_wins_and_unknown_options_are_named) {
  auto run = search_in("/", {"-j", "--limit", "20", "--limit", "5", "cyber"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(hits_of(run.out).size() == 5u);
  auto typo = search_in("/", {"--limt", "5", "cyber"});
  BOOST_TEST(typo.exit_code == 2);
  BOOST_TEST(typo.err.find("unknown option --limt; did you mean --limit?") != std::string::npos, typo.err);
  BOOST_TEST(typo.out.empty());
}

BOOST_AUTO_TEST_CASE(count_and_files_with_matches_agree_with_the_hits) {
  // Every hit of the query, to count by document here.
  std::map<std::string, int> expected;  // file -> hits
  for (const json& hit : hits_of(search_in("/", {"-j", "-n", "10000", "cyber"}).out)) ++expected[hit.at("file")];
  BOOST_REQUIRE_EQUAL(expected.size(), 2u);

  auto count = search_in("/", {"--count", "cyber"});
  BOOST_TEST(count.exit_code == 0, count.err);
  std::map<std::string, int> counted;
  for (const std::string& line : lines_of(count.out)) {
    const size_t colon = line.rfind(':');
    counted[line.substr(0, colon)] = std::stoi(line.substr(colon + 1));
  }
  BOOST_TEST((counted == expected));

  auto json_count = search_in("/", {"-c", "-j", "cyber"});
  int total = 0;
  for (const json& document : hits_of(json_count.out, "document")) {
    BOOST_TEST(document.at("count").get<int>() == expected[document.at("file")]);
    BOOST_TEST(fs::is_regular_file(document.at("path").get<std::string>()));
    total += document.at("count").get<int>();
  }
  BOOST_TEST(hits_of(json_count.out, "summary").at(0).at("matches").get<int>() == total);

  auto tsv = lines_of(search_in("/", {"-c", "--format", "tsv", "cyber"}).out);
  BOOST_TEST(tsv.at(0) == "doc\tfile\tcount");
  BOOST_TEST(tsv.size() == 3u);

  auto files = search_in("/", {"-l", "cyber"});
  BOOST_TEST(files.exit_code == 0, files.err);
  std::set<std::string> listed;
  for (const std::string& line : lines_of(files.out)) {
    BOOST_TEST(fs::is_regular_file(fs::path("/") / line), line);
    listed.insert(line);
  }
  BOOST_TEST(listed.size() == expected.size());
  for (const auto& [file, n] : expected) BOOST_TEST(listed.count(file) == 1u, file);

  // One document: one file; no match: exit 1 and nothing.
  BOOST_TEST(lines_of(search_in("/", {"-l", "source:un-reply-japan-2019", "cyber"}).out).size() == 1u);
  auto nothing = search_in("/", {"-l", "zzzzqqqq"});
  BOOST_TEST(nothing.exit_code == 1);
  BOOST_TEST(nothing.out.empty());
}

BOOST_AUTO_TEST_CASE(vimgrep_points_at_each_hit_in_its_file) {
  TempDir elsewhere;
  for (const std::string& cwd : {std::string("/"), elsewhere.path.string()}) {
    auto run = search_in(cwd, {"--vimgrep", "-n", "15", "cyber"});
    BOOST_TEST(run.exit_code == 0, run.err);
    const auto lines = lines_of(run.out);
    BOOST_REQUIRE_EQUAL(lines.size(), 15u);
    for (const std::string& line : lines) {
      BOOST_TEST_CONTEXT(line) {
        // FILE:LINE:COL:TEXT
        const size_t a = line.find(':'), b = line.find(':', a + 1), c = line.find(':', b + 1);
        BOOST_REQUIRE(c != std::string::npos);
        const fs::path file = fs::path(cwd) / line.substr(0, a);
        const int number = std::stoi(line.substr(a + 1, b - a - 1));
        const int column = std::stoi(line.substr(b + 1, c - b - 1));
        std::ifstream in(file);
        BOOST_REQUIRE(in);
        std::string text;
        for (int i = 0; i < number && std::getline(in, text); ++i) {
        }
        BOOST_REQUIRE(column >= 1 && static_cast<size_t>(column) <= text.size());
        // The word at LINE:COL is the query's.
        BOOST_TEST(lower(text.substr(column - 1, 5)) == "cyber", text);
        BOOST_TEST(line.find('\t') == std::string::npos);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(sort_document_shows_the_same_hits_in_document_order) {
  const auto by_relevance = hits_of(search_in("/", {"-j", "-n", "20", "cyber", "units"}).out);
  const auto by_document = hits_of(search_in("/", {"-j", "-n", "20", "--sort", "document", "cyber", "units"}).out);
  BOOST_REQUIRE_EQUAL(by_document.size(), 20u);
  std::set<std::string> a, b;
  for (const json& hit : by_relevance) a.insert(hit.at("id"));
  for (const json& hit : by_document) b.insert(hit.at("id"));
  BOOST_TEST((a == b));
  for (size_t i = 1; i < by_document.size(); ++i) {
    const auto before = std::make_pair(by_document[i - 1].at("doc").get<std::string>(), by_document[i - 1].at("line_start").get<int>());
    const auto after = std::make_pair(by_document[i].at("doc").get<std::string>(), by_document[i].at("line_start").get<int>());
    BOOST_TEST((before <= after), by_document[i].at("id"));
  }
  // Not already in that order by relevance, so the option did something.
  bool differs = false;
  for (size_t i = 0; i < by_document.size(); ++i) differs = differs || by_document[i].at("id") != by_relevance[i].at("id");
  BOOST_TEST(differs);
}

BOOST_AUTO_TEST_CASE(text_wraps_to_columns_with_the_title_once_per_run) {
  for (const char* width : {"60", "80", "100"}) {
    BOOST_TEST_CONTEXT("COLUMNS=" << width) {
      auto run = search_in("/", {"--color=never", "-n", "10", "Defense", "of", "Japan", "white", "paper"},
                           {std::string("COLUMNS=") + width});
      BOOST_TEST(run.exit_code == 0, run.err);
      size_t longest = 0;
      for (const std::string& line : lines_of(run.out)) {
        BOOST_TEST(columns(line) <= static_cast<size_t>(std::stoi(width)), line);
        longest = std::max(longest, columns(line));
      }
      BOOST_TEST(longest > static_cast<size_t>(std::stoi(width)) - 10);  // it does fill the lines
    }
  }
  // Title once per run of hits from one document: count runs from the JSON of the same query.
  const std::vector<std::string> query = {"-n", "20", "--sort", "document", "cyber", "units"};
  std::vector<std::string> json_args = query;
  json_args.insert(json_args.begin(), "-j");
  std::map<std::string, int> runs;  // title -> runs of hits
  std::string previous;
  for (const json& hit : hits_of(search_in("/", json_args).out)) {
    if (hit.at("doc") != previous) ++runs[hit.at("title")];
    previous = hit.at("doc");
  }
  std::vector<std::string> text_args = query;
  text_args.insert(text_args.begin(), "--color=never");
  const std::string text = search_in("/", text_args, {"COLUMNS=200"}).out;
  BOOST_REQUIRE_EQUAL(runs.size(), 2u);
  for (const auto& [title, count] : runs) {
    int shown = 0;
    for (size_t at = 0; (at = text.find("   " + title + "\n", at)) != std::string::npos; ++at) ++shown;
    BOOST_TEST(shown == count, title);
    BOOST_TEST(count == 1);  // in document order, one run per document
  }
}
