// @brief analysis_speed: how long analysis and snippets take per pass over a corpus, the ICU
// paths beside the fast paths (prints figures, asserts nothing).
//
//   analysis_speed [--corpus DIR] [--repeat N]
//
// Reads DIR's paragraphs (bench/paragraph_reader), then times N passes of each stage over all
// of them and prints one TSV line per stage: microseconds per pass (median of 5 rounds) and MB/s.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "analysis/text_normalizer.h"
#include "analysis/word_breaker.h"
#include "bench/paragraph_reader.h"
#include "searcher/snippet_generator.h"

namespace {

// What the timed calls return, summed and printed, so the compiler cannot drop them.
size_t g_sink = 0;

template <typename F>
double median_us(int repeat, F&& pass) {
  std::vector<double> rounds;
  for (int round = 0; round < 5; ++round) {
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < repeat; ++i) pass();
    rounds.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / repeat);
  }
  std::sort(rounds.begin(), rounds.end());
  return rounds[2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "corpus";
  int repeat = 20;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--corpus") corpus = argv[i + 1];
    else if (flag == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
    else {
      std::fprintf(stderr, "usage: analysis_speed [--corpus DIR] [--repeat N]\n");
      return 2;
    }
  }
  std::vector<std::string> texts;
  size_t bytes = 0;
  const analysis::Status read = bench::for_each_paragraph(corpus, [&](const bench::Paragraph& p) {
    texts.push_back(p.text);
    bytes += p.text.size();
    return analysis::Status::ok();
  });
  if (!read.is_ok()) {
    std::fprintf(stderr, "analysis_speed: %s\n", read.message().c_str());
    return 2;
  }
  std::vector<std::string> normalized;
  for (const auto& t : texts) normalized.push_back(analysis::normalize_text(t));
  auto lists = analysis::read_word_lists("stopwords");
  if (!lists.is_ok()) {
    std::fprintf(stderr, "analysis_speed: %s\n", lists.status().message().c_str());
    return 2;
  }
  const analysis::Analyzer analyzer(std::move(lists).value());
  const searcher::QueryTermWeights weights = {{"cyber", 1.1}, {"Zcyber", 1.0}, {"Zunit", 2.0}, {"ministry", 2.5},
                                              {"defense", 1.8}, {"cssh", 6.0}};

  struct Stage {
    const char* name;
    std::function<void()> pass;
  };
  const std::vector<Stage> stages = {
      {"normalize_text_icu", [&] { for (const auto& t : texts) g_sink += analysis::normalize_text_icu(t).size(); }},
      {"normalize_text", [&] { for (const auto& t : texts) g_sink += analysis::normalize_text(t).size(); }},
      {"break_words_icu", [&] { for (const auto& t : normalized) g_sink += analysis::break_words_icu(t).size(); }},
      {"break_words", [&] { for (const auto& t : normalized) g_sink += analysis::break_words(t).size(); }},
      {"Analyzer::words", [&] { for (const auto& t : texts) g_sink += analyzer.words(t).size(); }},
      {"SnippetGenerator::generate", [&] {
         const searcher::SnippetGenerator snippets(analyzer, weights, 300);  // one per query, as rank() does
         for (const auto& t : texts) g_sink += snippets.generate(t).text.size();
       }},
  };
  std::printf("stage\tparagraphs\tbytes\tus_per_pass\tMB_per_s\n");
  for (const Stage& stage : stages) {
    const double us = median_us(repeat, stage.pass);
    std::printf("%s\t%zu\t%zu\t%.0f\t%.1f\n", stage.name, texts.size(), bytes, us, bytes / us);
  }
  std::fprintf(stderr, "(checksum %zu)\n", g_sink);
  return 0;
}
