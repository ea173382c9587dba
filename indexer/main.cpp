// @brief indexer: splits the corpus into passages and notes and writes the Xapian index.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <thread>

#include <unistd.h>

#include <boost/program_options.hpp>

#include "analysis/program_info.h"
#include "indexer/indexing_run.h"
#include "indexer/word_lists_locator.h"

namespace po = boost::program_options;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitPartial = 1;
constexpr int kExitError = 2;

constexpr const char* kUsage = R"(Usage: indexer [--corpus DIR] [--index DIR] [options]
Splits every document of the corpus into passages (paragraphs and bullet items rejoined across
page breaks, boxes and pull quotes), notes and glossary entries, and writes them to a Xapian index.
Only new or changed documents are re-indexed; the new index is swapped in atomically.

Examples:
  indexer                                   # corpus/ -> index/, in the current directory
  indexer --corpus ~/papers --index ~/papers.idx --quiet
  indexer --force                           # re-index every document
  indexer --shards 3 --index shards         # three shards, listed in shards/XAPIANDB

Exit status:
  0  the index holds every document (warnings may have been printed)
  1  some files could not be indexed (each named with file:line); the others were
  2  error: nothing was written and the previous index is intact (bad corpus directory,
     no indexable document, the index busy with another run, disk full, ...)

Options)";

}  // namespace

int main(int argc, char** argv) {
  // Past a file-size limit (`ulimit -f`), write() then fails with EFBIG, reported like a full
  // disk, instead of SIGXFSZ killing the indexer without a word.
  std::signal(SIGXFSZ, SIG_IGN);
  // Messages and --help name the command as typed: `indexer` in the build tree, `passage-index`
  // installed.
  const std::string program = analysis::program_name(argc > 0 ? argv[0] : nullptr, "indexer");
  indexer::IndexingOptions options;
  bool quiet = false;
  po::options_description desc(analysis::rename_program(kUsage, "indexer", program));
  desc.add_options()
      ("help,h", "show this help")
      ("version", "show the version, and the Xapian and ICU versions it runs with")
      ("corpus", po::value(&options.corpus_dir)->default_value("corpus"), "corpus directory (corpus.tsv or *.txt)")
      ("index", po::value(&options.index_dir)->default_value("index"), "index directory to create or update")
      ("stopwords", po::value(&options.word_lists_dir), "directory with english.txt, spelling_variants.tsv and bigram_words.txt (default: "
       "../share/passage-search/stopwords "
       "from the program's directory)")
      ("force", po::bool_switch(&options.force), "re-index every document, changed or not")
      ("shards", po::value(&options.shards)->default_value(0),
       "write N shard databases behind the index's stub (0: keep the current count, 1 for a new index)")
      ("jobs,j", po::value(&options.jobs)->default_value(static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))),
       "threads reading, parsing and analysing documents while one more writes the index (default: the number of "
       "cores); the index is the same for any N")
      ("wait", po::bool_switch(&options.wait_for_lock), "wait for another indexer on the same index instead of failing")
      ("quiet,q", po::bool_switch(&quiet), "print errors only");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(desc).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << program << ": error: " << e.what() << "\n(see " << program << " --help)\n";
    return kExitError;
  }
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kExitOk;
  }
  if (options.jobs < 1) {
    std::cerr << program << ": error: --jobs must be at least 1\n(see " << program << " --help)\n";
    return kExitError;
  }
  if (vm.count("version")) {
    std::cout << analysis::version_text(program);
    return kExitOk;
  }
  if (options.word_lists_dir.empty()) {
    const auto executable = indexer::current_executable();
    if (executable.empty()) {
      std::cerr << program << ": error: cannot find this program's path (/proc/self/exe) to find its word lists; "
                << "pass --stopwords DIR\n";
      return kExitError;
    }
    options.word_lists_dir = indexer::default_word_lists_dir(executable).string();
  }

  const bool show_progress = !quiet && ::isatty(STDERR_FILENO);
  const auto started = std::chrono::steady_clock::now();
  try {
    auto report = indexer::run_indexing(options, [&](const std::string& file) {
      if (show_progress) std::cerr << "\rindexing " << file << "\033[K" << std::flush;
    });
    if (show_progress) std::cerr << "\r\033[K";
    if (!report.is_ok()) {
      std::cerr << report.status().message() << "\n";
      return kExitError;
    }
    for (const auto& e : report->errors) std::cerr << e << "\n";
    if (!quiet) {
      for (const auto& w : report->warnings) std::cerr << w << "\n";
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      std::fprintf(stderr,
                   "%s %zu documents (%zu re-indexed, %zu unchanged, %zu removed, %zu failed): %zu passages, "
                   "%zu notes, %zu glossary, %zu terms in %.2f s -> %s/%s\n",
                   report->rewritten ? "indexed" : "unchanged:", report->documents, report->reindexed,
                   report->unchanged, report->removed, report->failed, report->passages, report->notes,
                   report->glossaries, report->terms, seconds, options.index_dir.c_str(), report->generation.c_str());
    }
    return report->errors.empty() ? kExitOk : kExitPartial;
  } catch (const std::exception& e) {
    std::cerr << program << ": internal error: " << e.what() << "\n";
    return kExitError;
  }
}
