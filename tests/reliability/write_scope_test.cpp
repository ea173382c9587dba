// @brief Where the tools write: the indexer only inside its index directory, the searcher nowhere.
// Checked three ways: every path the process creates, writes, renames or removes (logged by the
// fault injector), snapshots of the directories around it, and a run with no write permission.
#define BOOST_TEST_MODULE write_scope
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <sstream>

#include "tests/reliability/reliability_fixture.h"
#include "tests/reliability/test_preconditions.h"

using namespace reliability;
namespace fs = std::filesystem;

namespace {

struct Fixture {
  ScratchDir scratch;
  std::string corpus = scratch / "corpus";
  std::string index = scratch / "index";
  std::string cwd = scratch / "cwd";
  std::string log = scratch / "writes.log";
  Fixture() {
    fs::create_directories(cwd);
    write_corpus(corpus, CorpusVersion::kA);
  }

  // The logged paths, one "op path" a line.
  std::vector<std::string> logged() const {
    std::vector<std::string> lines;
    std::istringstream in(read_file(log));
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(the_indexer_writes_only_inside_its_index_directory, Fixture) {
  RunOptions options = with_env(fault_env({"PS_FAULT_LOG=" + log}));
  options.cwd = cwd;
  const auto corpus_before = snapshot(corpus);
  // A first build, an incremental update, a removal, an unchanged run, a forced rebuild.
  for (CorpusVersion v : {CorpusVersion::kA, CorpusVersion::kB, CorpusVersion::kB, CorpusVersion::kA}) {
    if (v == CorpusVersion::kB) write_corpus(corpus, v);
    RunResult r = run_indexer(corpus, index, {}, options);
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.describe());
  }
  write_corpus(corpus, CorpusVersion::kA);
  const auto corpus_now = snapshot(corpus);
  BOOST_REQUIRE_EQUAL(run_indexer(corpus, index, {"--force"}, options).exit_code, 0);

  const auto lines = logged();
  BOOST_TEST(lines.size() > 10u, "the fault injector logged nothing: is it preloaded?");
  const std::string inside = fs::canonical(index).string() + "/";
  for (const auto& line : lines) {
    const std::string path = line.substr(line.find(' ') + 1);
    const bool creates_the_index = line == "mkdir " + fs::canonical(index).string();
    BOOST_TEST((path.rfind(inside, 0) == 0 || creates_the_index), "the indexer wrote outside its index: " << line);
  }
  BOOST_TEST(entries(cwd).empty());
  BOOST_TEST((snapshot(corpus) == corpus_now), "the indexer changed the corpus");
  BOOST_TEST(!corpus_before.empty());
}

BOOST_FIXTURE_TEST_CASE(the_searcher_writes_nothing_anywhere, Fixture) {
  BOOST_REQUIRE_EQUAL(run_indexer(corpus, index).exit_code, 0);
  const auto index_before = snapshot(index);
  const std::string report = scratch / "report";
  RunOptions options = with_env(fault_env({"PS_FAULT_LOG=" + log, "PS_FAULT_REPORT=" + report}));
  options.cwd = cwd;
  options.stdin_data = "cyber units\nkind:note Ibid\nMoD\nzzzzqqq\ncyber*\n";
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--batch", "--format", "json"},
           {"--batch", "--format", "tsv", "--explain", "--stats"},
           {"--batch", "--format", "text", "--color", "always"},
           {"--acronyms"}}) {
    std::vector<std::string> argv = {tool("SEARCHER"), "--index", index};
    argv.insert(argv.end(), args.begin(), args.end());
    RunResult r = run(argv, options);
    BOOST_TEST((r.exit_code == 0), r.describe());
    // The injector saw the searcher open its index, and no write of any kind.
    auto calls = read_fault_report(report);
    BOOST_TEST(calls["open"] > 0);
    for (const char* op : {"write", "sync", "rename", "mkdir", "unlink"}) BOOST_TEST(calls[op] == 0, op);
  }
  BOOST_TEST(!fs::exists(log), "the searcher wrote: " << read_file(log));
  BOOST_TEST((snapshot(index) == index_before), "the searcher changed the index directory");
  BOOST_TEST(entries(cwd).empty());
}

BOOST_FIXTURE_TEST_CASE(the_searcher_answers_from_a_read_only_index_in_a_read_only_directory, Fixture,
                        *boost::unit_test::precondition(tools_run_as_nobody) * boost::unit_test::label(kNeedsOtherUser)) {
  BOOST_REQUIRE_EQUAL(run_indexer(corpus, index).exit_code, 0);
  const auto expected = search_results(index, probe_queries());
  RunOptions options;
  options.cwd = cwd;
  if (running_as_root()) {
    options.user = kNobody;  // root writes anywhere; nobody may only read these root-owned files
  } else {
    for (const auto& dir : {index, cwd}) fs::permissions(dir, fs::perms::all, fs::perm_options::remove);
    for (const auto& dir : {index, cwd})
      fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec, fs::perm_options::add);
  }
  RunResult r;
  BOOST_TEST(search_results(index, probe_queries(), &r, options) == expected);
  BOOST_TEST(r.exit_code == 0, r.describe());
}
