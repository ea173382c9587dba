// @brief Disk faults through the real indexer: a disk that fills up (injected ENOSPC at many
// points, a real tmpfs when the test may mount one, a file-size limit), I/O errors, a read-only
// file system and an index directory the indexer may not write. Each is exit 2 with a message
// naming the index and the cause, and the previous index answers as before.
#define BOOST_TEST_MODULE disk_fault
#include <boost/test/unit_test.hpp>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "tests/reliability/reliability_fixture.h"
#include "tests/reliability/test_preconditions.h"

using namespace reliability;
namespace fs = std::filesystem;

namespace {

struct Fixture {
  ScratchDir scratch;
  std::string corpus = scratch / "corpus";
  std::string index = scratch / "index";
  std::vector<std::string> answers_a = reference_answers(scratch / "ref-A", CorpusVersion::kA);
  std::vector<std::string> answers_b = reference_answers(scratch / "ref-B", CorpusVersion::kB);

  // An index of corpus A, and the corpus changed to B: the next run has to write.
  void build_a_then_change_to_b(const std::string& index_dir) {
    write_corpus(corpus, CorpusVersion::kA);
    RunResult built = run_indexer(corpus, index_dir);
    BOOST_REQUIRE_MESSAGE(built.exit_code == 0, built.describe());
    write_corpus(corpus, CorpusVersion::kB);
  }

  // A failed run: exit 2, a message naming the index and `cause`, the old answers, no leftovers.
  void check_failed_and_intact(const std::string& what, const RunResult& r, const std::string& index_dir,
                               const std::string& cause) {
    BOOST_TEST_CONTEXT(what) {
      BOOST_TEST(r.exit_code == 2, r.describe());
      BOOST_TEST_MESSAGE(what << ": " << r.err);
      BOOST_TEST(r.err.find(cause) != std::string::npos, r.err);
      BOOST_TEST(r.err.find(index_dir) != std::string::npos, r.err);
      BOOST_TEST(search_results(index_dir, probe_queries()) == answers_a);
      BOOST_TEST(leftovers(index_dir).empty());
    }
  }

  // Once the fault is gone, the next run completes.
  void check_recovers(const std::string& index_dir) {
    RunResult r = run_indexer(corpus, index_dir);
    BOOST_TEST(r.exit_code == 0, r.describe());
    BOOST_TEST(search_results(index_dir, probe_queries()) == answers_b);
  }
};

// A private mount namespace in which this test may mount a tmpfs; false (the test is skipped,
// saying why) in containers that do not allow it.
boost::test_tools::assertion_result can_mount(boost::unit_test::test_unit_id) {
  static const bool ok = [] {
    if (::unshare(CLONE_NEWNS) != 0) return false;
    return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
  }();
  boost::test_tools::assertion_result result(ok);
  if (!ok) result.message() << "this test may not mount a tmpfs (no CAP_SYS_ADMIN): skipped";
  return result;
}

long free_bytes(const std::string& dir) {
  struct statvfs st;
  return ::statvfs(dir.c_str(), &st) == 0 ? static_cast<long>(st.f_bavail * st.f_frsize) : -1;
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(disk_full_at_any_write_is_an_error_and_the_index_stays, Fixture) {
  build_a_then_change_to_b(index);
  const std::string count_index = scratch / "count-index";
  copy_tree(index, count_index);
  const std::string report = scratch / "report";
  BOOST_REQUIRE_EQUAL(run_indexer(corpus, count_index, {}, with_env(fault_env({"PS_FAULT_REPORT=" + report}))).exit_code, 0);
  auto counts = read_fault_report(report);
  BOOST_REQUIRE(counts["write"] > 10);
  // The disk fills at the first write, at points through the run, at the last write, and at
  // the syncs (where a file system with delayed allocation reports it).
  std::vector<std::pair<std::string, long>> points;
  for (double f : {0.0, 0.25, 0.5, 0.75, 1.0}) points.push_back({"write", std::max(1L, std::lround(f * counts["write"]))});
  for (long n = 1; n <= counts["sync"]; ++n) points.push_back({"sync", n});
  for (const auto& [op, at] : points) {
    const std::string what = "disk full at " + op + " #" + std::to_string(at);
    RunResult r = run_indexer(corpus, index, {},
                              with_env(fault_env({"PS_FAULT_OPS=" + op, "PS_FAULT_AT=" + std::to_string(at), "PS_FAULT_ACTION=enospc"})));
    if (op == "sync" && at == counts["sync"] && r.exit_code == 0) {
      // The last sync is the index directory's, after the stub was renamed: the new index is
      // complete and live, so the run succeeds. It must then answer as the new corpus.
      BOOST_TEST(search_results(index, probe_queries()) == answers_b, what);
      write_corpus(corpus, CorpusVersion::kA);
      BOOST_REQUIRE_EQUAL(run_indexer(corpus, index).exit_code, 0);
      write_corpus(corpus, CorpusVersion::kB);
      continue;
    }
    check_failed_and_intact(what, r, index, "No space left on device");
  }
  check_recovers(index);
}

BOOST_FIXTURE_TEST_CASE(an_io_error_is_an_error_and_the_index_stays, Fixture) {
  build_a_then_change_to_b(index);
  for (const std::string op : {"write", "rename"}) {
    RunResult r = run_indexer(corpus, index, {}, with_env(fault_env({"PS_FAULT_OPS=" + op, "PS_FAULT_AT=2", "PS_FAULT_ACTION=eio"})));
    check_failed_and_intact("EIO at " + op + " #2", r, index, "Input/output error");
  }
  check_recovers(index);
}

BOOST_FIXTURE_TEST_CASE(a_file_size_limit_is_an_error_not_a_signal, Fixture) {
  build_a_then_change_to_b(index);
  RunOptions limited;
  limited.max_file_bytes = 256 * 1024;  // as `ulimit -f 256`
  RunResult r = run_indexer(corpus, index, {}, limited);
  BOOST_TEST(r.signal == 0, "killed by signal " << r.signal << " instead of reporting the error");
  check_failed_and_intact("file-size limit", r, index, "File too large");
  check_recovers(index);
}

BOOST_FIXTURE_TEST_CASE(an_index_directory_it_may_not_write_is_an_error_and_the_index_stays, Fixture,
                        *boost::unit_test::precondition(tools_run_as_nobody) * boost::unit_test::label(kNeedsOtherUser)) {
  build_a_then_change_to_b(index);
  RunOptions options;
  if (running_as_root()) {
    options.user = kNobody;  // root writes anywhere: the index stays root's, the indexer runs as nobody
  } else {
    fs::permissions(index, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write, fs::perm_options::remove);
  }
  RunResult r = run_indexer(corpus, index, {}, options);
  check_failed_and_intact("read-only index directory", r, index, "Permission denied");
  fs::permissions(index, fs::perms::owner_write, fs::perm_options::add);
  check_recovers(index);
}

BOOST_FIXTURE_TEST_CASE(a_real_full_disk_and_a_read_only_file_system, Fixture,
                        *boost::unit_test::precondition(can_mount) * boost::unit_test::label("needs_mount")) {
  const std::string disk = scratch / "disk";
  fs::create_directories(disk);
  BOOST_REQUIRE_MESSAGE(::mount("tmpfs", disk.c_str(), "tmpfs", 0, "size=16m,mode=0755") == 0, "mount tmpfs failed");
  struct Unmount {
    std::string dir;
    ~Unmount() { ::umount2(dir.c_str(), MNT_DETACH); }
  } unmount{disk};
  const std::string disk_index = disk + "/index";
  build_a_then_change_to_b(disk_index);

  // Fill the disk but for 200 KB: too little for the new generation.
  const std::string filler = disk + "/filler";
  write_file(filler, std::string(std::max(0L, free_bytes(disk) - 200 * 1024), 'x'));
  check_failed_and_intact("tmpfs full", run_indexer(corpus, disk_index), disk_index, "No space left on device");
  fs::remove(filler);

  // Read-only: the indexer refuses, the searcher still answers.
  BOOST_REQUIRE(::mount(nullptr, disk.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0);
  check_failed_and_intact("read-only file system", run_indexer(corpus, disk_index), disk_index, "Read-only file system");
  BOOST_REQUIRE(::mount(nullptr, disk.c_str(), nullptr, MS_REMOUNT, "size=16m") == 0);
  check_recovers(disk_index);
}
