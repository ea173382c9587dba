// @brief Concurrent use through the real binaries: searchers querying while the indexer rebuilds
// see the old index or the new one, never an error or a partial result; a second indexer on the
// same index refuses with a clear message, or with --wait waits, and nothing is corrupted.
#define BOOST_TEST_MODULE concurrency
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include "tests/reliability/reliability_fixture.h"

using namespace reliability;

namespace {

struct Fixture {
  ScratchDir scratch;
  std::string corpus = scratch / "corpus";
  std::string index = scratch / "index";
  std::vector<std::string> answers_a = reference_answers(scratch / "ref-A", CorpusVersion::kA);
  std::vector<std::string> answers_b = reference_answers(scratch / "ref-B", CorpusVersion::kB);

  Fixture() {
    write_corpus(corpus, CorpusVersion::kA);
    RunResult built = run_indexer(corpus, index);
    BOOST_REQUIRE_MESSAGE(built.exit_code == 0, built.describe());
  }

  // True when answer i (of probe query i % n) is the whole answer of corpus A or of corpus B.
  bool complete(const std::string& answer, size_t i) const {
    const size_t q = i % probe_queries().size();
    return answer == answers_a[q] || answer == answers_b[q];
  }
};

bool wait_for_file(const std::string& path, double seconds) {
  for (int i = 0; i < seconds * 100; ++i) {
    if (std::filesystem::exists(path)) return true;
    ::usleep(10000);
  }
  return false;
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(searchers_in_a_loop_never_see_an_error_or_a_partial_index, Fixture) {
  std::atomic<bool> indexing{true};
  std::mutex report_mutex;
  std::vector<std::string> problems;
  auto report = [&](const std::string& problem) {
    std::lock_guard<std::mutex> lock(report_mutex);
    problems.push_back(problem);
  };
  std::atomic<int> searches{0};

  // Short searchers, one process per batch of probe queries, back to back.
  auto short_searchers = [&] {
    while (indexing) {
      RunResult run;
      const auto answers = search_results(index, probe_queries(), &run);
      ++searches;
      if (run.exit_code != 0 || !run.err.empty()) report("searcher " + run.describe());
      if (answers.size() != probe_queries().size()) report("searcher answered " + std::to_string(answers.size()) + " queries");
      for (size_t i = 0; i < answers.size(); ++i)
        if (!complete(answers[i], i)) report("partial or wrong answer:\n" + answers[i].substr(0, 400));
    }
  };
  // One long --batch searcher holding the index open across several swaps.
  std::vector<std::string> long_batch;
  for (int r = 0; r < 150; ++r) long_batch.insert(long_batch.end(), probe_queries().begin(), probe_queries().end());
  RunResult long_run;
  std::vector<std::string> long_answers;
  std::thread long_searcher([&] { long_answers = search_results(index, long_batch, &long_run); });
  std::thread searcher1(short_searchers), searcher2(short_searchers);

  int rebuilds = 0;
  for (CorpusVersion v : {CorpusVersion::kB, CorpusVersion::kA, CorpusVersion::kB, CorpusVersion::kA, CorpusVersion::kB,
                          CorpusVersion::kA}) {
    write_corpus(corpus, v);
    RunResult r = run_indexer(corpus, index);
    BOOST_CHECK_MESSAGE(r.exit_code == 0, r.describe());
    ++rebuilds;
  }
  indexing = false;
  searcher1.join();
  searcher2.join();
  long_searcher.join();

  BOOST_TEST_MESSAGE(rebuilds << " rebuilds, " << searches << " short searchers, the long batch "
                              << long_run.seconds << " s");
  BOOST_TEST(rebuilds == 6);
  BOOST_TEST(searches >= 2, "the searchers hardly ran");
  for (const auto& p : problems) BOOST_ERROR(p);
  BOOST_TEST(long_run.exit_code == 0, long_run.describe());
  BOOST_TEST(long_answers.size() == long_batch.size());
  size_t incomplete = 0;
  for (size_t i = 0; i < long_answers.size(); ++i) incomplete += !complete(long_answers[i], i);
  BOOST_TEST(incomplete == 0u, incomplete << " partial answers in the long batch, the first:\n"
                                          << [&] {
                                               for (size_t i = 0; i < long_answers.size(); ++i)
                                                 if (!complete(long_answers[i], i)) return long_answers[i].substr(0, 400);
                                               return std::string();
                                             }());
}

BOOST_FIXTURE_TEST_CASE(a_second_indexer_refuses_or_waits_and_nothing_is_corrupted, Fixture) {
  // The first indexer stops, holding the lock, just before it renames its new generation.
  write_corpus(corpus, CorpusVersion::kB);
  const std::string paused = scratch / "paused";
  ChildProcess first = ChildProcess::start(
      {tool("INDEXER"), "--corpus", corpus, "--index", index, "--quiet"},
      with_env(fault_env({"PS_FAULT_OPS=rename", "PS_FAULT_AT=1", "PS_FAULT_ACTION=pause", "PS_FAULT_PAUSE_FILE=" + paused})));
  BOOST_REQUIRE_MESSAGE(wait_for_file(paused, time_bound(60)), "the first indexer never reached its rename");

  RunResult second = run_indexer(corpus, index, {}, [] {
    RunOptions o;
    o.timeout_seconds = time_bound(20);
    return o;
  }());
  BOOST_TEST(second.exit_code == 2, second.describe());
  BOOST_TEST(second.err.find("another indexer is writing this index") != std::string::npos, second.err);
  BOOST_TEST(second.err.find("--wait") != std::string::npos, second.err);
  BOOST_TEST(search_results(index, probe_queries()) == answers_a);

  ChildProcess waiting = ChildProcess::start({tool("INDEXER"), "--corpus", corpus, "--index", index, "--quiet", "--wait"});
  ::usleep(500000);
  BOOST_TEST(waiting.running(), "--wait did not wait for the lock");
  std::filesystem::remove(paused);
  RunResult first_done = first.wait();
  RunResult waited = waiting.wait();
  BOOST_TEST(first_done.exit_code == 0, first_done.describe());
  BOOST_TEST(waited.exit_code == 0, waited.describe());
  BOOST_TEST(search_results(index, probe_queries()) == answers_b);
  BOOST_TEST(leftovers(index).empty());
}

BOOST_FIXTURE_TEST_CASE(two_indexers_started_together_never_corrupt_the_index, Fixture) {
  CorpusVersion v = CorpusVersion::kA;
  for (int round = 0; round < 4; ++round) {
    v = v == CorpusVersion::kA ? CorpusVersion::kB : CorpusVersion::kA;
    write_corpus(corpus, v);
    ChildProcess one = ChildProcess::start({tool("INDEXER"), "--corpus", corpus, "--index", index, "--quiet"});
    ChildProcess two = ChildProcess::start({tool("INDEXER"), "--corpus", corpus, "--index", index, "--quiet"});
    RunResult a = one.wait(), b = two.wait();
    // Either one refused while the other wrote, or they happened not to overlap.
    for (const RunResult* r : {&a, &b}) {
      BOOST_TEST((r->exit_code == 0 || r->exit_code == 2), r->describe());
      if (r->exit_code == 2) BOOST_TEST(r->err.find("another indexer is writing this index") != std::string::npos, r->err);
    }
    BOOST_TEST((a.exit_code == 0 || b.exit_code == 0), "neither indexer completed");
    BOOST_TEST(search_results(index, probe_queries()) == (v == CorpusVersion::kA ? answers_a : answers_b));
    BOOST_TEST(leftovers(index).empty());
  }
}
