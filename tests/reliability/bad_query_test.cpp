// @brief Bad and hostile queries through the real searcher on the real corpus index: each one
// is answered (exit 0 or 1) in bounded time and memory, or refused with exit 2 and a message
// naming the query column; none crashes or hangs. A malformed query is repaired by default and
// refused, with its column, under --strict. One row per case, on the command line and
// again in one --batch run where the good line after the bad ones is still answered.
#define BOOST_TEST_MODULE bad_query
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include "tests/reliability/reliability_fixture.h"

using namespace reliability;

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::string numbered(const std::string& prefix, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += prefix + std::to_string(i) + " ";
  return out;
}

// Brackets nested `depth` deep, alternating OR and AND so no level folds into the next.
std::string nested_operators(int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i) out += "(w" + std::to_string(i) + (i % 2 ? " AND " : " OR ");
  return out + "cyber" + std::string(depth, ')');
}

struct Row {
  const char* name;
  std::string query;
  std::set<int> exits;  // allowed exit codes
  std::string error;    // with exit 2: expected in stderr
  bool argv = true;     // also on the command line (no NUL or newline in it)
  std::string strict_error = "";  // repaired by default; under --strict, exit 2 with this message
};

const std::vector<Row>& rows() {
  static const std::vector<Row> table = {
      {"unbalanced quote", "cyber \"units", {0}, "", true, "query:7: error: unbalanced quote"},
      {"unbalanced open bracket", "(cyber units", {0}, "", true, "query:1: error: unbalanced bracket"},
      {"unbalanced close bracket", "cyber units)", {0}, "", true, "query:12: error: unbalanced bracket"},
      {"10,000 characters", repeat("cyber defence units ", 500), {0}, ""},
      {"1,000 terms", numbered("w", 1000) + "cyber", {0}, ""},
      {"1,000 terms, every one required", numbered("w", 1000), {1}, ""},
      {"binary bytes", "\xff\xfe\x01\x02 cyber", {0}, "", true, "query:1: error: invalid UTF-8"},
      {"NUL byte", std::string("cyber\0units", 11), {0}, "", false, "query:6: error: NUL byte"},
      {"control character", "cyber\x07units", {0}, "", true, "query:6: error: control character"},
      {"unknown field", "cyber foo:bar", {0}, "", true, "query:7: error: unknown field 'foo:'"},
      {"empty field", "source: cyber", {0}, "", true, "query:1: error: field 'source:' has no value"},
      {"* alone", "*", {2}, "query:1: error: nothing to search for"},
      {"a wildcard on every letter and digit",
       "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q* r* s* t* u* v* w* x* y* z* 0* 1* 2* 3* 4* 5* 6* 7* 8* 9*", {0}, ""},
      {"2,000 wildcards", repeat("c* ", 2000), {0}, ""},
      {"3,333 wildcards", repeat("c* ", 3333), {2}, "query:6001: error: more than 2000 words in one query"},
      {"24,000 words of AND and OR", numbered("w OR x AND ", 8000), {2}, "error: more than 2000 words in one query"},
      {"10,000 nested brackets", std::string(10000, '(') + "cyber" + std::string(10000, ')'), {2},
       "query:257: error: brackets nested deeper than 256"},
      {"10,000 nested operators", nested_operators(10000), {2}, "error: brackets nested deeper than 256"},
      {"50,000 nested operators", nested_operators(50000), {2}, "error: brackets nested deeper than 256"},
      {"255 nested operators", nested_operators(255), {0, 1}, ""},
      {"NEAR with a 200,000-digit distance", "cyber NEAR/" + std::string(200000, '9') + " units", {0, 1, 2}, "query:"},
      {"a 100,000-letter word", std::string(100000, 'a'), {1, 2}, "query:"},
      {"only operators", "AND OR NOT", {0, 1}, "", true, "query:1: error: 'AND' needs"},
      {"only signs and brackets", "+ - ( ) \"\" *", {2}, "query:1: error: nothing to search for"},
      {"500 phrases", repeat("\"cyber units\" ", 500), {0}, ""},
      {"only stopwords", "the of and", {0, 1, 2}, "query:"},
  };
  return table;
}

RunOptions bounded() {
  RunOptions options;
  options.timeout_seconds = time_bound(30);
  return options;
}

void check_bounded(const std::string& what, const Row& row, const RunResult& r) {
  BOOST_TEST_CONTEXT(what) {
    BOOST_TEST(!r.timed_out, "hung: " << r.describe());
    BOOST_TEST(r.signal == 0, r.describe());
    BOOST_TEST(row.exits.count(r.exit_code) == 1u, r.describe());
    if (r.exit_code == 2) BOOST_TEST(r.err.find(row.error) != std::string::npos, r.err.substr(0, 500));
    BOOST_TEST(r.err.find("internal error") == std::string::npos, r.err.substr(0, 500));
    BOOST_TEST(r.max_rss_kb < (kSanitized ? 3000 : 1000) * 1024, r.max_rss_kb << " KB");
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(each_bad_query_on_the_command_line) {
  const std::string index = tool("SEARCHER_INDEX");
  for (const Row& row : rows()) {
    // The kernel refuses one argument over 128 KiB (MAX_ARG_STRLEN): those go through --batch.
    if (!row.argv || row.query.size() > 120000) continue;
    RunResult r = run({tool("SEARCHER"), "--index", index, "--limit", "5", "--color", "never", "--", row.query}, bounded());
    check_bounded(std::string(row.name) + " (command line)", row, r);
  }
}

BOOST_AUTO_TEST_CASE(each_bad_query_in_one_batch) {
  // One run, one line per bad query, then a good one: every line answered or refused with its
  // line number, the good one still answered, the exit code 2 since some lines were bad.
  const std::string index = tool("SEARCHER_INDEX");
  RunOptions options = bounded();
  options.timeout_seconds = time_bound(120);
  for (const Row& row : rows()) options.stdin_data += row.query + "\n";
  options.stdin_data += "Ministry of Defense\n";
  RunResult r = run({tool("SEARCHER"), "--index", index, "--batch", "--format", "json", "--limit", "3"}, options);
  BOOST_TEST(!r.timed_out, r.describe());
  BOOST_TEST(r.signal == 0, r.describe());
  BOOST_TEST(r.exit_code == 2, r.describe());
  BOOST_TEST(r.out.find("query:7: note: unbalanced quote") != std::string::npos, "no notice of the repair");
  BOOST_TEST(r.out.find("query:6: note: NUL byte") != std::string::npos, "no notice of the repair");
  BOOST_TEST(r.out.find("\"query\":\"Ministry of Defense\"") != std::string::npos, "the last, good line was not answered");
}

BOOST_AUTO_TEST_CASE(each_malformed_query_refused_under_strict) {
  const std::string index = tool("SEARCHER_INDEX");
  RunOptions options = bounded();
  options.timeout_seconds = time_bound(120);
  std::vector<std::pair<long, std::string>> expected;  // line, message
  long line = 0;
  for (const Row& row : rows()) {
    if (row.strict_error.empty()) continue;
    options.stdin_data += row.query + "\n";
    expected.emplace_back(++line, row.strict_error);
  }
  RunResult r = run({tool("SEARCHER"), "--index", index, "--batch", "--strict", "--limit", "1"}, options);
  BOOST_TEST(!r.timed_out, r.describe());
  BOOST_TEST(r.exit_code == 2, r.describe());
  for (const auto& [number, message] : expected) {
    const std::string said = "stdin:" + std::to_string(number) + ": " + message;
    BOOST_TEST(r.err.find(said) != std::string::npos, said << " not in: " << r.err.substr(0, 800));
  }
}

BOOST_AUTO_TEST_CASE(each_bad_query_with_every_option) {
  // --all, --no-synonyms and --explain take other paths through the builder and ranker.
  const std::string index = tool("SEARCHER_INDEX");
  for (const char* option : {"--all", "--no-synonyms", "--explain"}) {
    RunOptions options = bounded();
    options.timeout_seconds = time_bound(120);
    for (const Row& row : rows()) options.stdin_data += row.query + "\n";
    RunResult r = run({tool("SEARCHER"), "--index", index, "--batch", "--format", "tsv", "--limit", "3", option}, options);
    BOOST_TEST_CONTEXT(option) {
      BOOST_TEST(!r.timed_out, r.describe());
      BOOST_TEST(r.signal == 0, r.describe());
      BOOST_TEST(r.exit_code == 2, r.describe());
      BOOST_TEST(r.err.find("internal error") == std::string::npos, r.err.substr(0, 500));
    }
  }
}
