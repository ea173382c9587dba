// @brief PairRuns: runs spilled to an anonymous file come back merged in key order with their
// counts summed; failures to create or write the file are errors naming the directory.
#define BOOST_TEST_MODULE pair_runs
#include <boost/test/unit_test.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "analysis/pair_runs.h"

namespace {
namespace fs = std::filesystem;
using analysis::PairCount;

struct ScratchDir {
  fs::path path = fs::temp_directory_path() / ("pair-runs-" + std::to_string(::getpid()));
  ScratchDir() { fs::create_directories(path); }
  ~ScratchDir() { fs::remove_all(path); }
};

std::vector<PairCount> merged(const analysis::PairRuns& runs, const std::vector<PairCount>& rest) {
  std::vector<PairCount> out;
  const analysis::Status status = runs.merge(rest, [&](const PairCount& p) { out.push_back(p); });
  BOOST_REQUIRE_MESSAGE(status.is_ok(), status.message());
  return out;
}

// `count` distinct keys drawn from [0, range), sorted, with counts.
std::vector<PairCount> random_run(std::mt19937_64& random, size_t count, uint64_t range) {
  std::map<uint64_t, PairCount> run;
  while (run.size() < count) {
    const uint64_t key = random() % range;
    run[key] = PairCount{key, static_cast<uint32_t>(random() % 5), static_cast<uint32_t>(random() % 3)};
  }
  std::vector<PairCount> out;
  for (const auto& [key, p] : run) out.push_back(p);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(runs_and_rest_come_back_in_key_order_summed) {
  const ScratchDir dir;
  std::mt19937_64 random(7);
  analysis::PairRuns runs(dir.path.string());
  std::map<uint64_t, PairCount> expected;
  auto add = [&](const std::vector<PairCount>& run) {
    for (const PairCount& p : run) {
      PairCount& e = expected.try_emplace(p.key, PairCount{p.key, 0, 0}).first->second;
      e.open += p.open;
      e.hyphen += p.hyphen;
    }
  };
  // Runs longer than a read block (4096) and shorter, keys shared between runs, a key whose two
  // halves are large (a pair key holds two word numbers).
  for (const size_t length : {10000, 1, 4096, 4097, 300}) {
    const auto run = random_run(random, length, 30000);
    BOOST_REQUIRE(runs.spill(run).is_ok());
    add(run);
  }
  const std::vector<PairCount> high = {{0xfffffffeffffffffull, 1, 0}, {0xffffffffffffffffull, 0, 2}};
  BOOST_REQUIRE(runs.spill(high).is_ok());
  add(high);
  BOOST_TEST(runs.runs() == 6u);
  const auto rest = random_run(random, 2000, 30000);
  add(rest);
  BOOST_TEST(fs::is_empty(dir.path));  // the file has no name

  // Moved, the runs and their file go along.
  const analysis::PairRuns moved = std::move(runs);
  const auto out = merged(moved, rest);
  BOOST_REQUIRE(out.size() == expected.size());
  size_t i = 0;
  for (const auto& [key, e] : expected) {
    BOOST_TEST_CONTEXT("key " << key) { BOOST_TEST((out[i++] == e)); }
  }
  // Merging reads the file and leaves it as it was: a second merge gives the same.
  BOOST_TEST((merged(moved, rest) == out));
}

BOOST_AUTO_TEST_CASE(without_runs_the_merge_is_the_rest_and_no_file_is_made) {
  const analysis::PairRuns runs("/no/such/directory");
  BOOST_TEST(runs.runs() == 0u);
  const std::vector<PairCount> rest = {{1, 1, 0}, {5, 0, 1}, {9, 2, 2}};
  BOOST_TEST((merged(runs, rest) == rest));
  BOOST_TEST(merged(runs, {}).empty());
}

BOOST_AUTO_TEST_CASE(a_file_that_cannot_be_created_is_an_error_naming_the_directory) {
  const ScratchDir dir;
  std::ofstream(dir.path / "file") << "not a directory";
  for (const fs::path& where : {dir.path / "missing", dir.path / "file"}) {
    BOOST_TEST_CONTEXT(where) {
      analysis::PairRuns runs(where.string());
      const analysis::Status status = runs.spill({{1, 1, 0}});
      BOOST_TEST(!status.is_ok());
      BOOST_TEST((status.kind() == analysis::Status::Kind::kIoError));
      BOOST_TEST(status.message().find(where.string() + ": error: cannot create") == 0u);
      BOOST_TEST(runs.runs() == 0u);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_write_that_fails_is_an_error_and_spills_nothing) {
  // A file size limit stands in for a full disk: the write stops short, then fails with EFBIG.
  const ScratchDir dir;
  rlimit before{};
  BOOST_REQUIRE(::getrlimit(RLIMIT_FSIZE, &before) == 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = before;
  small.rlim_cur = 100;  // bytes: six PairCounts and a bit
  BOOST_REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  analysis::PairRuns runs(dir.path.string());
  std::vector<PairCount> run;
  for (uint64_t key = 0; key < 20; ++key) run.push_back({key, 1, 1});
  const analysis::Status status = runs.spill(run);
  ::setrlimit(RLIMIT_FSIZE, &before);
  std::signal(SIGXFSZ, old_handler);
  BOOST_TEST(!status.is_ok());
  BOOST_TEST((status.kind() == analysis::Status::Kind::kIoError));
  BOOST_TEST(status.message().find(dir.path.string() + ": error: cannot write") == 0u);
  BOOST_TEST(runs.runs() == 0u);
  BOOST_TEST(merged(runs, {}).empty());
}
