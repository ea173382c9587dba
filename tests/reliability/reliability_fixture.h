// @brief Shared helpers of the reliability tests: scratch directories, corpora generated from the
// real corpus, the real indexer and searcher (paths from CTest's environment), search results
// reduced to what must not change, directory snapshots.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "tests/reliability/child_process.h"

namespace reliability {

// Path of a tool CTest names in the environment (INDEXER, SEARCHER, FAULT_INJECTOR).
std::string tool(const char* variable);

// True when the tests themselves were built with AddressSanitizer: time and memory bounds widen.
constexpr bool kSanitized =
#if defined(__SANITIZE_ADDRESS__)
    true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    true;
#else
    false;
#endif
#else
    false;
#endif

// Bounds for "does not hang": generous, since CI has 2 cores and the sanitizer build is slower.
inline double time_bound(double seconds) { return kSanitized ? seconds * 5 : seconds; }

inline constexpr uid_t kNobody = 65534;
bool running_as_root();
// Tests of permissions run the tools as nobody when the tests run as root (root reads and writes
// anything). Empty when that works (or is not needed); else why not, e.g. a checkout under a
// directory nobody may not enter.
std::string why_tools_cannot_run_as_nobody();

// A fresh directory under /tmp (mode 0755, so a dropped-privilege child can read it), removed
// with everything in it when the object goes.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

void write_file(const std::string& path, const std::string& bytes);
std::string read_file(const std::string& path);

// The two corpus states the fault tests switch between, both made from the real corpus files:
// kA holds `copies` copies of each real document; kB changes two of them (new words, a new
// paragraph), removes one and adds one, so an incremental re-index rewrites, removes and adds.
enum class CorpusVersion { kA, kB };
void write_corpus(const std::string& dir, CorpusVersion version, int copies = 3);
// A word only kB has.
inline constexpr const char* kVersionBWord = "quokka";

// The real indexer on `corpus` into `index`, quiet, with `extra` arguments.
RunResult run_indexer(const std::string& corpus, const std::string& index, const std::vector<std::string>& extra = {},
                      const RunOptions& options = {});

// Queries whose results tell the corpus states apart and cover phrases, fields, notes, synonyms.
const std::vector<std::string>& probe_queries();

// What the searcher answered for `queries` (--batch --format json, every hit): per query, in
// order, the query then one line per hit "id score" sorted by id, scores to 9 significant digits,
// so results compare equal whatever order the index was built in. `run` gets the searcher's
// RunResult. REQUIRES: no two consecutive queries are the same text.
std::vector<std::string> search_results(const std::string& index, const std::vector<std::string>& queries,
                                        RunResult* run = nullptr, const RunOptions& options = {});

// Environment loading the fault injector (fault_injector.cpp) into a child, with `settings`
// ("PS_FAULT_AT=3", …) added; under AddressSanitizer, also what lets it be preloaded.
std::vector<std::string> fault_env(const std::vector<std::string>& settings);
// A PS_FAULT_REPORT file read back: call class -> count.
std::map<std::string, long> read_fault_report(const std::string& path);

// search_results(probe_queries()) of a fresh, uninterrupted build of `version` in `work_dir`.
std::vector<std::string> reference_answers(const std::string& work_dir, CorpusVersion version);

// Names in `dir` (not recursive), sorted.
std::vector<std::string> entries(const std::string& dir);
// Names in `dir` that a finished run must not leave: gen-*.tmp and XAPIANDB.tmp.
std::vector<std::string> leftovers(const std::string& dir);

// Every path under `dir` with its type, size, mode and modification time: equal snapshots mean
// nothing was written.
std::map<std::string, std::string> snapshot(const std::string& dir);

// Copies a directory tree.
void copy_tree(const std::string& from, const std::string& to);

}  // namespace reliability
