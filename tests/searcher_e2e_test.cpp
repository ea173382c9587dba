// @brief End-to-end tests of the searcher: the real binary on the real corpus index (built once by
// the corpus_index CTest fixture). JSON is parsed back, TSV split into columns, and stable text
// output compared with tests/golden/ (regenerate: UPDATE_GOLDEN=1 ctest -R searcher_e2e).
#define BOOST_TEST_MODULE searcher_e2e
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <set>

#include <nlohmann/json.hpp>

#include "tests/searcher_e2e_test.h"

using nlohmann::json;

namespace {

// SEARCHER and SEARCHER_INDEX come from tests/CMakeLists.txt.
e2e::Run searcher(std::vector<std::string> args, const std::string& input = "",
                  const std::vector<std::string>& env = {}) {
  static const std::string binary = e2e::required_env("SEARCHER");
  static const std::string index = e2e::required_env("SEARCHER_INDEX");
  args.insert(args.begin(), {"--index", index});
  return e2e::run(binary, args, input, env);
}

std::vector<json> json_lines(const std::string& out) {
  std::vector<json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));  // throws if not JSON
  return lines;
}

std::vector<json> hits_of(const std::vector<json>& lines) {
  std::vector<json> hits;
  for (const json& line : lines) {
    if (line.at("type") == "hit") hits.push_back(line);
  }
  return hits;
}

std::vector<std::string> file_lines(const std::string& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_CASE(json_lines_parse_back_and_point_at_the_file) {
  auto run = searcher({"--format", "json", "--limit", "8", "Ministry", "of", "Defense", "cyber", "units"});
  BOOST_TEST(run.exit_code == 0);
  BOOST_TEST(run.err.empty(), run.err);
  auto hits = hits_of(json_lines(run.out));
  BOOST_REQUIRE(hits.size() == 8u);
  int rank = 1;
  for (const json& hit : hits) {
    for (const char* field : {"query", "rank", "score", "id", "kind", "doc", "title", "section", "file", "line_start",
                              "line_end", "text", "snippet", "notes"}) {
      BOOST_TEST(hit.contains(field), field);
    }
    BOOST_TEST(hit["query"] == "Ministry of Defense cyber units");
    BOOST_TEST(hit["rank"] == rank++);
    BOOST_TEST(hit["score"].get<double>() > 0);
    // file:line_start opens at the passage: `vim +LINE FILE`.
    const std::string file = hit["file"];
    BOOST_TEST(file.rfind("corpus/", 0) == 0u, file);
    const auto lines = file_lines(file);
    const int start = hit["line_start"], end = hit["line_end"];
    BOOST_TEST((1 <= start && start <= end && end <= static_cast<int>(lines.size())));
    if (hit["kind"] == "passage") {  // a glossary starts at its box heading, a note at its number
      const std::string text = hit["text"];
      const std::string first_word = text.substr(0, text.find_first_of(" ,.:;'’(["));
      BOOST_TEST(contains(lines.at(start - 1), first_word),
                 hit["id"] << ": '" << first_word << "' at " << file << ":" << start);
    }
    for (const json& note : hit["notes"]) BOOST_TEST(note["text"].is_string());
  }
}

BOOST_AUTO_TEST_CASE(scores_descend_without_expansions) {
  // Acronym expansion may blend one expansion-only match upwards; plain BM25 order is monotonic.
  auto run = searcher({"--format", "json", "--no-synonyms", "--limit", "10", "cyber", "defence", "units"});
  double previous = 1e300;
  for (const json& hit : hits_of(json_lines(run.out))) {
    BOOST_TEST(hit["score"].get<double>() <= previous);
    previous = hit["score"].get<double>();
  }
}

BOOST_AUTO_TEST_CASE(tsv_splits_into_columns) {
  auto run = searcher({"--format", "tsv", "--limit", "5", "cyber", "defence"});
  auto json_run = searcher({"--format", "json", "--limit", "5", "cyber", "defence"});
  BOOST_TEST(run.exit_code == 0);
  auto hits = hits_of(json_lines(json_run.out));
  std::istringstream in(run.out);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> columns;
    size_t from = 0;
    for (size_t tab; (tab = line.find('\t', from)) != std::string::npos; from = tab + 1) {
      columns.push_back(line.substr(from, tab - from));
    }
    columns.push_back(line.substr(from));
    rows.push_back(columns);
  }
  BOOST_REQUIRE(rows.size() == 6u);
  const std::vector<std::string> header = {"rank", "score", "id", "kind", "file", "line_start", "line_end", "section",
                                           "notes", "text"};
  BOOST_TEST(rows[0] == header, boost::test_tools::per_element());
  for (size_t i = 1; i < rows.size(); ++i) {
    BOOST_REQUIRE(rows[i].size() == header.size());
    const json& hit = hits[i - 1];
    BOOST_TEST(rows[i][0] == std::to_string(i));
    BOOST_TEST(rows[i][2] == hit["id"].get<std::string>());
    BOOST_TEST(rows[i][4] == hit["file"].get<std::string>());
    BOOST_TEST(std::stoi(rows[i][5]) == hit["line_start"].get<int>());
    std::string notes;
    for (const json& note : hit["notes"]) notes += (notes.empty() ? "" : ",") + std::to_string(note["number"].get<int>());
    if (hit["kind"] != "note") BOOST_TEST(rows[i][8] == notes);
    BOOST_TEST(!contains(rows[i][9], "\n"));
  }
}

BOOST_AUTO_TEST_CASE(exit_codes) {
  struct Row {
    std::vector<std::string> args;
    int exit_code;
    std::string err;  // substring of stderr; "" = stderr empty
  };
  const std::vector<Row> rows = {
      {{"cyber"}, 0, ""},
      {{"zzyzxqqv"}, 1, "no passage has: zzyzxqqv"},
      {{"source:no-such-document", "cyber"}, 1, "no passage has: source:no-such-document"},
      {{"--format", "xml", "cyber"}, 2, "--format"},
      {{}, 2, "no query given"},
      {{"--help"}, 0, ""},
      {{"--version"}, 0, ""},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT((row.args.empty() ? "(none)" : row.args.front())) {
      auto run = searcher(row.args);
      BOOST_TEST(run.exit_code == row.exit_code);
      if (row.err.empty()) BOOST_TEST(run.err.empty(), run.err);
      else BOOST_TEST(contains(run.err, row.err), run.err);
    }
  }
  auto version = searcher({"--version"});
  BOOST_TEST(version.out.rfind("searcher ", 0) == 0u);
  auto help = searcher({"--help"});
  for (const char* option : {"--index", "--format", "--color", "--limit", "--offset", "--all", "--batch", "--stats",
                             "--explain", "--no-synonyms", "--list-documents", "--version", "Exit status"}) {
    BOOST_TEST(contains(help.out, option), option);
  }
}

// Under --strict a malformed query is refused with its column, as scripts may want; without it
// the same query is repaired and searched (query_syntax_e2e_test has the lenient side).
BOOST_AUTO_TEST_CASE(bad_queries_name_the_column) {
  struct Row {
    std::string query;
    std::string err;
  };
  const std::vector<Row> rows = {
      {"cyber \"units", "query:7: error: unbalanced quote"},
      {"(cyber units", "query:1: error: unbalanced bracket"},
      {"cyber)", "query:6: error: unbalanced bracket"},
      {"colour:red", "query:1: error: unknown field"},
      {std::string("cyber\0units", 11), "query:6: error: NUL byte"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.err) {
      // Through stdin, since a NUL byte cannot travel in argv.
      auto run = searcher({"--batch", "--strict"}, row.query + "\n");
      BOOST_TEST(run.exit_code == 2);
      BOOST_TEST(contains(run.err, "stdin:1: " + row.err), run.err);
      BOOST_TEST(run.out.empty());
      if (row.query.find('\0') == std::string::npos) {
        auto direct = searcher({"--strict", row.query});
        BOOST_TEST(direct.exit_code == 2);
        BOOST_TEST(contains(direct.err, "searcher: " + row.err), direct.err);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(an_error_beats_a_match_in_batch) {
  auto run = searcher({"--batch", "--format", "json"}, "cyber units\n*\n\nnorms\n");
  BOOST_TEST(run.exit_code == 2);
  BOOST_TEST(contains(run.err, "stdin:2: query:1: error: nothing to search for"), run.err);
  std::vector<std::string> queries;
  for (const json& hit : hits_of(json_lines(run.out))) {
    if (queries.empty() || queries.back() != hit["query"]) queries.push_back(hit["query"]);
  }
  BOOST_TEST(queries == (std::vector<std::string>{"cyber units", "norms"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(missing_or_foreign_index_says_how_to_build) {
  const std::string binary = e2e::required_env("SEARCHER");
  auto run = e2e::run(binary, {"--index", "/nonexistent/idx", "cyber"});
  BOOST_TEST(run.exit_code == 2);
  BOOST_TEST(contains(run.err, "indexer --corpus corpus --index /nonexistent/idx"), run.err);
  BOOST_TEST(run.out.empty());
}

BOOST_AUTO_TEST_CASE(highlight_follows_color_choice) {
  struct Row {
    std::vector<std::string> args;
    std::vector<std::string> env;
    bool ansi;
  };
  const std::vector<Row> rows = {
      {{"--color=always"}, {"NO_COLOR"}, true},
      {{"--color=always"}, {"NO_COLOR=1"}, true},  // an explicit flag beats the environment
      {{"--color=never"}, {"NO_COLOR"}, false},
      {{"--color=auto"}, {"NO_COLOR"}, false},     // stdout is a file here, not a TTY
      {{}, {"NO_COLOR=1"}, false},
      {{"--color=always", "--format", "json"}, {}, false},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT((row.args.empty() ? "(default)" : row.args.front()) << " "
                       << (row.env.empty() ? "" : row.env.front())) {
      auto args = row.args;
      args.push_back("cyber");
      auto run = searcher(args, "", row.env);
      BOOST_TEST(run.exit_code == 0);
      BOOST_TEST(contains(run.out, "\x1b[") == row.ansi);
      if (row.ansi) BOOST_TEST(contains(run.out, "\x1b[1;31m"));
    }
  }
}

// util-linux `script` (Debian package bsdutils) gives the searcher a pseudo-terminal as stdout.
boost::test_tools::assertion_result script_installed(boost::unit_test::test_unit_id) {
  boost::test_tools::assertion_result result(std::filesystem::exists("/usr/bin/script"));
  if (!result) result.message() << "/usr/bin/script (bsdutils) is not installed: skipped";
  return result;
}

// CTest runs this case as searcher_e2e_test.needs_script, reported as skipped without `script`.
BOOST_AUTO_TEST_CASE(auto_colour_on_a_terminal_unless_no_color,
                     *boost::unit_test::precondition(script_installed) * boost::unit_test::label("needs_script")) {
  struct Row {
    std::vector<std::string> env;
    bool ansi;
  };
  const std::vector<Row> rows = {{{"NO_COLOR"}, true}, {{"NO_COLOR=1"}, false}, {{"NO_COLOR="}, true}};
  const std::string command = "\"$SEARCHER\" --index \"$SEARCHER_INDEX\" --limit 1 cyber";
  for (Row row : rows) {
    BOOST_TEST_CONTEXT(row.env.front()) {
      row.env.push_back("SHELL=/bin/sh");
      row.env.push_back("TERM=xterm");
      auto run = e2e::run("/usr/bin/script", {"-qec", command, "/dev/null"}, "", row.env);
      BOOST_TEST(run.exit_code == 0);
      BOOST_TEST(contains(run.out, "corpus/iiss-japan-2021.txt"));
      BOOST_TEST(contains(run.out, "\x1b[") == row.ansi);
    }
  }
}

BOOST_AUTO_TEST_CASE(passage_citing_an_ibid_shows_the_note_it_repeats) {
  auto run = searcher({"--format", "json", "source:iiss-japan-2021", "note:12"});
  BOOST_TEST(run.exit_code == 0);
  auto hits = hits_of(json_lines(run.out));
  BOOST_REQUIRE(!hits.empty());
  for (const json& hit : hits) {
    BOOST_TEST(hit["doc"] == "iiss-japan-2021");
    json note11, note12;
    for (const json& note : hit["notes"]) {
      if (note["number"] == 11) note11 = note;
      if (note["number"] == 12) note12 = note;
    }
    BOOST_REQUIRE(note12.is_object());
    BOOST_TEST(contains(hit["text"], "[12]"));
    BOOST_TEST(contains(note12["text"], "Ibid."));
    BOOST_TEST(note12["ibid_of"] == 11);
    BOOST_TEST(contains(note12["ibid_text"], "Defense of Japan 2020"));
    if (note11.is_object()) BOOST_TEST(note12["ibid_text"] == note11["text"]);
  }
  auto text = searcher({"--color=never", "source:iiss-japan-2021", "note:12"});
  BOOST_TEST(contains(text.out, "[12] Ibid., pp. 218, 267.\n        = [11] Ministry of Defense, Defense of Japan 2020"));
}

BOOST_AUTO_TEST_CASE(note_filter_and_note_hits) {
  auto run = searcher({"--format", "json", "--limit", "50", "note:12"});
  BOOST_TEST(run.exit_code == 0);
  for (const json& hit : hits_of(json_lines(run.out))) {
    std::set<int> cited;
    for (const json& note : hit["notes"]) cited.insert(note["number"].get<int>());
    BOOST_TEST(cited.count(12) == 1u, hit["id"]);
  }
  auto notes = searcher({"--format", "json", "kind:note", "Defense", "of", "Japan", "2020"});
  auto hits = hits_of(json_lines(notes.out));
  BOOST_REQUIRE(!hits.empty());
  bool saw_note11 = false;
  for (const json& hit : hits) {
    BOOST_TEST(hit["kind"] == "note");
    BOOST_TEST(hit["number"].is_number());
    BOOST_TEST(hit["cited_by"].size() == hit["cited_by_refs"].size());
    if (hit["id"] == "iiss-japan-2021:note11") {
      saw_note11 = true;
      BOOST_TEST(hit["cited_by"] == json::array({"iiss-japan-2021:p9"}));
      BOOST_TEST(hit["cited_by_refs"][0]["line_start"] == 43);
      BOOST_TEST(hit["urls"].size() == 1u);
    }
  }
  BOOST_TEST(saw_note11);
}

BOOST_AUTO_TEST_CASE(source_filter_keeps_one_document) {
  auto run = searcher({"--format", "json", "--limit", "20", "source:un-reply-japan-2019", "cyber"});
  BOOST_TEST(run.exit_code == 0);
  auto hits = hits_of(json_lines(run.out));
  BOOST_REQUIRE(!hits.empty());
  for (const json& hit : hits) {
    BOOST_TEST(hit["doc"] == "un-reply-japan-2019");
    BOOST_TEST(hit["file"] == "corpus/un-reply-japan-2019.txt");
  }
}

BOOST_AUTO_TEST_CASE(paging_and_all) {
  auto six = hits_of(json_lines(searcher({"--format", "json", "--limit", "6", "cyber", "norms"}).out));
  auto page = hits_of(json_lines(searcher({"--format", "json", "--limit", "3", "--offset", "3", "cyber", "norms"}).out));
  BOOST_REQUIRE(six.size() == 6u);
  BOOST_REQUIRE(page.size() == 3u);
  for (size_t i = 0; i < 3; ++i) {
    BOOST_TEST(page[i]["id"] == six[i + 3]["id"]);
    BOOST_TEST(page[i]["rank"] == static_cast<int>(i) + 4);
  }
  auto any = json_lines(searcher({"--format", "json", "--stats", "cyber", "norms", "olympic"}).out);
  auto all = json_lines(searcher({"--format", "json", "--stats", "--all", "cyber", "norms", "olympic"}).out);
  BOOST_TEST(all.back()["matches_estimated"].get<int>() < any.back()["matches_estimated"].get<int>());
}

BOOST_AUTO_TEST_CASE(batch_answers_in_order_with_one_open) {
  auto run = searcher({"--batch", "--format", "json", "--limit", "2"}, "cyber units\nzzyzxqqv\r\nnorms\n");
  BOOST_TEST(run.exit_code == 0);
  auto lines = json_lines(run.out);
  std::vector<std::string> order;
  for (const json& line : lines) {
    if (order.empty() || order.back() != line["query"]) order.push_back(line["query"]);
  }
  BOOST_TEST(order == (std::vector<std::string>{"cyber units", "zzyzxqqv", "norms"}), boost::test_tools::per_element());
  auto none = searcher({"--batch"}, "zzyzxqqv\nqqvzzyzx\n");
  BOOST_TEST(none.exit_code == 1);
  auto tsv = searcher({"--batch", "--format", "tsv", "--limit", "1"}, "cyber\nnorms\n");
  BOOST_TEST(tsv.out.rfind("line\tquery\trank\t", 0) == 0u);
  BOOST_TEST(contains(tsv.out, "\n2\tnorms\t1\t"));
}

BOOST_AUTO_TEST_CASE(spelling_suggestion) {
  auto run = searcher({"--format", "json", "cybersecurty"});
  auto lines = json_lines(run.out);
  BOOST_REQUIRE(!lines.empty());
  BOOST_TEST(lines.back()["suggestion"] == "cybersecurity");
  auto text = searcher({"--color=never", "cybersecurty"});
  BOOST_TEST(contains(text.out, "Did you mean: cybersecurity\n"));
}

BOOST_AUTO_TEST_CASE(stats_per_query) {
  auto json_run = searcher({"--format", "json", "--stats", "cyber"});
  const json summary = json_lines(json_run.out).back();
  BOOST_TEST(summary["type"] == "summary");
  for (const char* field : {"parse_us", "match_us", "render_us"}) BOOST_TEST(summary["stats"][field].is_number_integer());
  auto text = searcher({"--stats", "cyber"});
  BOOST_TEST(contains(text.err, "stats: query \"cyber\": parse "), text.err);
  BOOST_TEST(!contains(text.out, "stats:"));
}

BOOST_AUTO_TEST_CASE(wildcard_answers_at_once) {
  const auto start = std::chrono::steady_clock::now();
  auto run = searcher({"--format", "json", "a*"});
  const auto elapsed = std::chrono::steady_clock::now() - start;
  BOOST_TEST(run.exit_code == 0);
  // A bound, not a benchmark: "a*" took 0.25 s (plain build, load average 10 on two cores); the
  // unbounded expansion this guards against took minutes. 20 s leaves room for the sanitizer
  // build's slowdown (a few times) on a loaded machine.
  BOOST_TEST(std::chrono::duration<double>(elapsed).count() < 20.0);
}

BOOST_AUTO_TEST_CASE(broken_pipe_ends_quietly) {
  const std::string script =
      "\"$SEARCHER\" --index \"$SEARCHER_INDEX\" --limit 500 --batch < /dev/stdin | head -c 100 > /dev/null;"
      " echo \"${PIPESTATUS[0]}\"";
  std::string queries;
  for (int i = 0; i < 30; ++i) queries += "cyber\n";
  auto run = e2e::run("/bin/bash", {"-c", script}, queries);
  BOOST_TEST(run.out == "0\n");
  BOOST_TEST(run.err.empty(), run.err);
}

BOOST_AUTO_TEST_CASE(golden_text_output) {
  struct Row {
    std::string golden;
    std::vector<std::string> args;
  };
  const std::vector<Row> rows = {
      {"ministry-of-defense-cyber-units.txt", {"--color=never", "--limit", "3", "Ministry of Defense cyber units"}},
      {"note-12-ibid.txt", {"--color=never", "source:iiss-japan-2021", "note:12"}},
      {"note-hit.txt", {"--color=never", "--limit", "2", "kind:note", "Defense of Japan 2020"}},
      {"color-always.txt", {"--color=always", "--limit", "1", "cyber units"}},
      {"tsv-un-reply.tsv", {"--format", "tsv", "--limit", "3", "source:un-reply-japan-2019", "norms"}},
      {"no-match-suggestion.txt", {"--color=never", "cybersecurty"}},
      {"help.txt", {"--help"}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.golden) {
      // Text wraps to COLUMNS: golden files are 80 columns wide whatever the terminal.
      auto run = searcher(row.args, "", {"COLUMNS=80"});
      BOOST_TEST(run.exit_code <= 1);
      const std::string problem = e2e::check_golden(row.golden, run.out);
      BOOST_TEST(problem.empty(), problem);
    }
  }
}
