// @brief peer_indexer: builds the generic peers' input from a corpus's blank-line paragraphs:
// the SQLite FTS5 database (--fts5, timed here: the FTS5 build throughput of the report) and the
// dump file omega's scriptindex reads (--omega-dump, one record per paragraph, for bench/omega/
// paragraphs.script).
//
//   peer_indexer --corpus corpus --fts5 /tmp/peers.sqlite --omega-dump /tmp/paragraphs.dump
//
// Prints "fts5: N rows in S s" to stderr. Exit: 0 built, 2 error.
#include <fstream>
#include <iostream>

#include <boost/program_options.hpp>

#include "bench/fts5_writer.h"
#include "bench/paragraph_reader.h"

namespace {

namespace po = boost::program_options;
using analysis::Status;

int fail(const std::string& message) {
  std::cerr << "peer_indexer: " << message << '\n';
  return 2;
}

// scriptindex's dump format: "field=value" lines, a value's further lines start with "=", and a
// blank line ends the record. A field may repeat (one `note` line per cited note).
void write_record(std::ostream& out, const bench::Paragraph& paragraph) {
  out << "id=" << paragraph.doc << ':' << paragraph.line << "\ndoc=" << paragraph.doc << "\nfile="
      << paragraph.file << "\nline=" << paragraph.line << '\n';
  for (int number : paragraph.notes) out << "note=" << number << '\n';
  out << "text=";
  for (char c : paragraph.text) {
    out << c;
    if (c == '\n') out << '=';
  }
  out << "\n\n";
}

int run(int argc, char** argv) {
  std::string corpus, fts5, dump;
  po::options_description described("peer_indexer options");
  described.add_options()("help,h", "this help")(
      "corpus", po::value(&corpus)->default_value("corpus"), "corpus directory (corpus.tsv, *.txt)")(
      "fts5", po::value(&fts5), "SQLite FTS5 database to create (replaced if present)")(
      "omega-dump", po::value(&dump), "scriptindex dump file to write");
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, described), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return fail(std::string("error: ") + e.what());
  }
  if (vm.count("help") || (fts5.empty() && dump.empty())) {
    std::cout << described;
    return vm.count("help") ? 0 : 2;
  }
  if (!dump.empty()) {
    std::ofstream out(dump, std::ios::binary);
    if (!out) return fail(dump + ": error: cannot write");
    Status status = bench::for_each_paragraph(corpus, [&](const bench::Paragraph& paragraph) {
      write_record(out, paragraph);
      return out ? Status::ok() : Status::io_error(dump + ": error: write failed");
    });
    if (!status.is_ok()) return fail(status.message());
  }
  if (!fts5.empty()) {
    auto report = bench::build_fts5(corpus, fts5);
    if (!report.is_ok()) return fail(report.status().message());
    std::cerr << "fts5: " << report->rows << " rows in " << report->seconds << " s\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    return fail(std::string("internal error: ") + e.what());
  }
}
