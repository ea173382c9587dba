// @brief Crash safety: the real indexer killed with SIGKILL at 20 or more points of re-indexes never
// takes the last complete index with it, and the next run completes cleanly.
//
// The kill points are deterministic: the fault injector (preloaded) counts the indexer's
// file-system calls by class and kills it at the N-th one of a class, N spread over what a
// measured run makes (the opens of corpus files interleave with parsing; writes, syncs, renames
// and directory changes are the writing phase, every rename included). A few timed kills cover
// pure computation between calls. Both directions of the change are killed (A -> B, B -> A).
#define BOOST_TEST_MODULE crash_safety
#include <boost/test/unit_test.hpp>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

#include "tests/reliability/reliability_fixture.h"

using namespace reliability;

namespace {

struct KillPoint {
  std::string ops;  // PS_FAULT_OPS
  long at = 0;      // PS_FAULT_AT
};

// Points spread over one run that made `counts` calls of each class.
std::vector<KillPoint> spread_points(const std::map<std::string, long>& counts) {
  std::vector<KillPoint> points;
  auto spread = [&](const std::string& op, std::vector<double> fractions) {
    const long n = counts.count(op) ? counts.at(op) : 0;
    std::vector<long> picked;
    for (double f : fractions) picked.push_back(std::clamp<long>(std::lround(f * n), 1, n));
    picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
    for (long at : picked)
      if (n > 0) points.push_back({op, at});
  };
  spread("open", {0.2, 0.5, 0.8});
  spread("write", {0.1, 0.3, 0.5, 0.7, 0.9});
  spread("sync", {0.0, 0.5, 1.0});
  std::vector<double> every_rename;
  for (long k = 1; k <= (counts.count("rename") ? counts.at("rename") : 0); ++k) every_rename.push_back(1.0 * k / counts.at("rename"));
  spread("rename", every_rename);
  spread("mkdir", {0.0});
  return points;
}

CorpusVersion other(CorpusVersion v) { return v == CorpusVersion::kA ? CorpusVersion::kB : CorpusVersion::kA; }
const char* name(CorpusVersion v) { return v == CorpusVersion::kA ? "A" : "B"; }

struct Fixture {
  ScratchDir scratch;
  std::string corpus = scratch / "corpus";
  std::string index = scratch / "index";
  std::map<CorpusVersion, std::vector<std::string>> reference;  // from uninterrupted fresh builds
  std::map<CorpusVersion, std::map<std::string, long>> counts;   // calls of a re-index towards it

  Fixture() {
    for (CorpusVersion v : {CorpusVersion::kA, CorpusVersion::kB}) {
      reference[v] = reference_answers(scratch / (std::string("ref-") + name(v)), v);
    }
    BOOST_REQUIRE(reference[CorpusVersion::kA] != reference[CorpusVersion::kB]);
    // Count the calls of a re-index in each direction, on an index of its own.
    const std::string count_index = scratch / "count-index";
    const std::string count_corpus = scratch / "count-corpus";
    write_corpus(count_corpus, CorpusVersion::kA);
    BOOST_REQUIRE_EQUAL(run_indexer(count_corpus, count_index).exit_code, 0);
    for (CorpusVersion to : {CorpusVersion::kB, CorpusVersion::kA}) {
      write_corpus(count_corpus, to);
      const std::string report = scratch / "report";
      RunResult r = run_indexer(count_corpus, count_index, {}, with_env(fault_env({"PS_FAULT_REPORT=" + report})));
      BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.describe());
      counts[to] = read_fault_report(report);
      BOOST_REQUIRE_MESSAGE(counts[to]["rename"] >= 2, "the injector saw no renames: is it preloaded?");
      // An incremental re-index answers exactly as a fresh build of the same corpus.
      BOOST_REQUIRE(search_results(count_index, probe_queries()) == reference[to]);
    }
    write_corpus(corpus, CorpusVersion::kA);
    RunResult first = run_indexer(corpus, index);
    BOOST_REQUIRE_MESSAGE(first.exit_code == 0, first.describe());
  }

  // After a kill: the searcher answers from a complete index, the old one or (when the kill
  // came after the swap) the new one; then a normal run completes and leaves nothing behind.
  void check_after_kill(const std::string& what, CorpusVersion from, CorpusVersion to, const std::string& stub_before) {
    RunResult search;
    const auto answers = search_results(index, probe_queries(), &search);
    BOOST_CHECK_MESSAGE(search.exit_code == 0 && search.err.empty(), what << ": searcher " << search.describe());
    const bool swapped = read_file(index + "/XAPIANDB") != stub_before;
    BOOST_CHECK_MESSAGE(answers == reference[swapped ? to : from],
                        what << ": after the kill the searcher's answers are not those of corpus "
                             << name(swapped ? to : from));
    RunResult clean = run_indexer(corpus, index);
    BOOST_CHECK_MESSAGE(clean.exit_code == 0, what << ": the next run " << clean.describe());
    BOOST_CHECK_MESSAGE(search_results(index, probe_queries()) == reference[to],
                        what << ": after the next run the answers are not those of corpus " << name(to));
    const auto left = leftovers(index);
    BOOST_CHECK_MESSAGE(left.empty(), what << ": left " << (left.empty() ? std::string() : left.front()));
  }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(sigkill_at_deterministic_points_keeps_the_last_complete_index, Fixture) {
  CorpusVersion state = CorpusVersion::kA;
  std::map<CorpusVersion, std::vector<KillPoint>> plan = {{CorpusVersion::kB, spread_points(counts[CorpusVersion::kB])},
                                                          {CorpusVersion::kA, spread_points(counts[CorpusVersion::kA])}};
  const size_t rounds = std::max(plan[CorpusVersion::kA].size(), plan[CorpusVersion::kB].size());
  int kills = 0;
  for (size_t round = 0; round < rounds; ++round) {
    for (int step = 0; step < 2; ++step) {
      const CorpusVersion to = other(state);
      if (round >= plan[to].size()) {
        // Keep the directions alternating: this one has no point left, so change without a kill.
        write_corpus(corpus, to);
        BOOST_REQUIRE_EQUAL(run_indexer(corpus, index).exit_code, 0);
        state = to;
        continue;
      }
      const KillPoint& point = plan[to][round];
      const std::string what = std::string(name(state)) + "->" + name(to) + " killed at " + point.ops + " #" +
                               std::to_string(point.at) + " of " + std::to_string(counts[to][point.ops]);
      BOOST_TEST_MESSAGE(what);
      write_corpus(corpus, to);
      const std::string stub_before = read_file(index + "/XAPIANDB");
      RunResult killed = run_indexer(
          corpus, index, {},
          with_env(fault_env({"PS_FAULT_OPS=" + point.ops, "PS_FAULT_AT=" + std::to_string(point.at)})));
      // Call counts drift a little as generations age (copies of an index updated many times),
      // so a point near the end may lie past this run: then it simply completed.
      BOOST_CHECK_MESSAGE(killed.signal == SIGKILL || killed.exit_code == 0, what << ": " << killed.describe());
      if (killed.signal != SIGKILL) BOOST_TEST_MESSAGE(what << ": the run ended before the point");
      kills += killed.signal == SIGKILL;
      check_after_kill(what, state, to, stub_before);
      state = to;
    }
  }
  BOOST_TEST(kills >= 20);
}

BOOST_FIXTURE_TEST_CASE(sigkill_after_timed_delays_keeps_the_last_complete_index, Fixture) {
  // How long an uninterrupted re-index takes, then kills at fractions of it: these land in
  // computation as well as in calls.
  write_corpus(corpus, CorpusVersion::kB);
  RunResult timed = run_indexer(corpus, index);
  BOOST_REQUIRE_EQUAL(timed.exit_code, 0);
  CorpusVersion state = CorpusVersion::kB;
  for (double fraction : {0.1, 0.3, 0.5, 0.7, 0.9}) {
    const CorpusVersion to = other(state);
    write_corpus(corpus, to);
    const std::string what = std::string(name(state)) + "->" + name(to) + " killed after " +
                             std::to_string(fraction) + " of " + std::to_string(timed.seconds) + " s";
    const std::string stub_before = read_file(index + "/XAPIANDB");
    ChildProcess child = ChildProcess::start({tool("INDEXER"), "--corpus", corpus, "--index", index, "--quiet"});
    ::usleep(static_cast<useconds_t>(fraction * timed.seconds * 1e6));
    child.send(SIGKILL);
    RunResult killed = child.wait();
    BOOST_TEST_MESSAGE(what << ": " << killed.describe());
    check_after_kill(what, state, to, stub_before);
    state = to;
  }
}

BOOST_FIXTURE_TEST_CASE(a_run_after_a_kill_on_an_unchanged_corpus_leaves_no_temporary_files, Fixture) {
  // Killed in the middle of writing (a gen-N.tmp on disk), then the change is undone: the next
  // run has nothing to re-index, and must still clean up.
  write_corpus(corpus, CorpusVersion::kB);
  const long middle = std::max(1L, counts[CorpusVersion::kB]["write"] / 2);
  RunResult killed =
      run_indexer(corpus, index, {}, with_env(fault_env({"PS_FAULT_OPS=write", "PS_FAULT_AT=" + std::to_string(middle)})));
  BOOST_REQUIRE_EQUAL(killed.signal, SIGKILL);
  write_corpus(corpus, CorpusVersion::kA);
  RunResult again = run_indexer(corpus, index);
  BOOST_TEST(again.exit_code == 0, again.describe());
  BOOST_TEST(search_results(index, probe_queries()) == reference[CorpusVersion::kA]);
  BOOST_TEST(leftovers(index).empty(), "left behind: " << (leftovers(index).empty() ? "" : leftovers(index).front()));
}

BOOST_FIXTURE_TEST_CASE(a_normal_run_leaves_only_the_live_and_previous_generations, Fixture) {
  for (CorpusVersion v : {CorpusVersion::kB, CorpusVersion::kA, CorpusVersion::kB}) {
    write_corpus(corpus, v);
    BOOST_REQUIRE_EQUAL(run_indexer(corpus, index).exit_code, 0);
    const auto names = entries(index);
    const long generations = std::count_if(names.begin(), names.end(), [](const std::string& n) { return n.rfind("gen-", 0) == 0; });
    BOOST_TEST(generations == 2);
    BOOST_TEST(leftovers(index).empty());
    BOOST_TEST(std::count(names.begin(), names.end(), "XAPIANDB") == 1);
  }
}
