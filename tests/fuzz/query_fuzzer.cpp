// @brief libFuzzer target: arbitrary bytes as a query, parsed and run against the real corpus
// index (PS_FUZZ_INDEX, built by tests/fuzz/run_fuzzers.sh) exactly as the searcher does:
// QueryRunner builds it (the query lexer and parser, acronym, URL and wildcard expansion,
// unmatched words, spelling), ranks it and resolves notes. The first byte picks the options
// (--all, --no-synonyms, --explain, --strict, an offset). Besides the sanitizers, it checks that a
// refused query names its column, that without --strict only a query with nothing to search or
// one over the bounds is refused, and that an answer is a well-formed page.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "searcher/index_reader.h"
#include "searcher/query_runner.h"

namespace {

std::unique_ptr<searcher::IndexReader> g_index;

[[noreturn]] void broken(const std::string& what) {
  std::fprintf(stderr, "query_fuzzer: invariant broken: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* dir = std::getenv("PS_FUZZ_INDEX");
  auto opened = searcher::IndexReader::open(dir ? dir : "build-fuzz/corpus-index");
  if (!opened.is_ok()) broken("set PS_FUZZ_INDEX to a corpus index: " + opened.status().message());
  g_index = std::move(opened).value();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t flags = data[0];
  const std::string query(reinterpret_cast<const char*>(data) + 1, size - 1);
  searcher::QueryOptions query_options;
  query_options.require_all = flags & 1;
  query_options.synonyms = !(flags & 2);
  searcher::RankOptions rank_options;
  rank_options.explain = flags & 4;
  query_options.strict = flags & 16;
  rank_options.offset = (flags >> 3) & 1;
  rank_options.limit = 1 + ((flags >> 5) & 7);
  searcher::QueryRunner runner(*g_index, query_options, rank_options);
  searcher::QueryStats stats;
  auto result = runner.run(query, &stats);
  if (!result.is_ok()) {
    const std::string& message = result.status().message();
    if (result.status().kind() == analysis::Status::Kind::kQueryError && message.rfind("query:", 0) != 0) {
      broken("a refused query without its column: " + message);
    }
    if (result.status().kind() != analysis::Status::Kind::kQueryError) broken("the intact index failed: " + message);
    const bool allowed = message.find("nothing to search for") != std::string::npos ||
                         message.find("brackets nested deeper") != std::string::npos ||
                         message.find("words in one query") != std::string::npos;
    if (!query_options.strict && !allowed) broken("a lenient parse refused a query: " + message);
    return 0;
  }
  if (result->hits.size() > rank_options.limit) broken("more hits than the limit");
  for (const auto& hit : result->hits) {
    if (hit.record.id.empty() || hit.record.line_start > hit.record.line_end) broken("a malformed hit: " + hit.record.id);
  }
  return 0;
}
