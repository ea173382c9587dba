// @brief query_latency: the in-process latency benchmark. Opens our index (and the SQLite FTS5
// peer's, with --fts5) once, warms up, then runs the workload --runs times, the engines side by
// side on each query, and reports per query class p50/p95/p99/max and QPS, with parse, match and
// render apart. Never asserts a timing: it measures and writes a table.
//
//   query_latency --index index --fts5 bench.sqlite --workload bench/workload/queries.tsv
//                 --runs 5 --out latency.tsv  (one command line)
//
// --translate prints each query's peer forms instead (for the whole-process peers):
//   class, query, fts5 MATCH, source doc, words, phrases (|-joined), prefixes, notes (TSV).
// Exit: 0 measured, 2 error (bad option, missing index or workload).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <numeric>
#include <random>

#include <boost/program_options.hpp>

#include "bench/fts5_searcher.h"
#include "bench/latency_engines.h"
#include "bench/latency_stats.h"
#include "bench/peer_query.h"
#include "bench/workload.h"
#include "searcher/index_reader.h"

namespace {

namespace po = boost::program_options;

struct Options {
  std::string index, fts5, workload, out, queries_out, label, format;
  size_t per_class = 0;
  int runs = 5, warmup = 1, limit = 10;
  bool translate = false;
};

// Samples of one engine: per class, and per class per run (for QPS).
struct Measured {
  std::map<std::string, std::vector<bench::Sample>> by_class;
  std::map<std::string, std::vector<double>> run_seconds;  // class -> one total per run
};

// Columns of the result rows; latencies in microseconds.
constexpr const char* kHeader =
    "label\tengine\tclass\tqueries\tsamples\terrors\thits_mean\tp50\tp95\tp99\tmax\tmean\tparse_p50\t"
    "parse_p99\tmatch_p50\tmatch_p99\trender_p50\trender_p99\tqps\n";

int fail(const std::string& message) {
  std::cerr << "query_latency: " << message << '\n';
  return 2;
}

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

int translate(const std::vector<bench::WorkloadQuery>& workload, const std::unordered_set<std::string>& stopwords) {
  std::cout << "class\tquery\tfts5\tdoc\twords\tphrases\tprefixes\tnotes\n";
  for (const auto& query : workload) {
    auto parts = bench::parse_peer_query(query.query, stopwords);
    if (!parts.is_ok()) return fail(query.query + ": " + parts.status().message());
    std::vector<std::string> notes;
    for (int n : parts->notes) notes.push_back(std::to_string(n));
    std::cout << query.cls << '\t' << query.query << '\t' << bench::fts5_match(parts.value()) << '\t' << parts->doc
              << '\t' << join(parts->words, " ") << '\t' << join(parts->phrases, "|") << '\t'
              << join(parts->prefixes, " ") << '\t' << join(notes, " ") << '\n';
  }
  return 0;
}

// QPS of one class: its queries per second of answering them, single-threaded, median over runs.
double median_qps(const std::vector<double>& run_seconds, size_t queries_per_run) {
  std::vector<double> qps;
  for (double seconds : run_seconds) qps.push_back(seconds > 0 ? static_cast<double>(queries_per_run) / seconds : 0);
  if (qps.empty()) return 0;
  std::sort(qps.begin(), qps.end());
  return qps[(qps.size() - 1) / 2];
}

void write_rows(std::ostream& out, const Options& options, const char* engine, const Measured& measured,
                const std::vector<std::string>& classes, size_t runs) {
  for (const auto& cls : classes) {
    const auto& samples = measured.by_class.at(cls);
    auto pick = [&](double bench::Sample::*field) {
      std::vector<double> values;
      for (const auto& s : samples) values.push_back(s.*field);
      return bench::summarize(values);
    };
    auto total = pick(&bench::Sample::total_us), parse = pick(&bench::Sample::parse_us);
    auto match = pick(&bench::Sample::match_us), render = pick(&bench::Sample::render_us);
    size_t errors = std::count_if(samples.begin(), samples.end(), [](const auto& s) { return s.error; });
    double hits = std::accumulate(samples.begin(), samples.end(), 0.0, [](double sum, const auto& s) {
      return sum + static_cast<double>(s.hits);
    });
    out << options.label << '\t' << engine << '\t' << cls << '\t' << samples.size() / runs << '\t' << samples.size()
        << '\t' << errors << '\t' << hits / static_cast<double>(samples.size()) << '\t' << total.p50 << '\t'
        << total.p95 << '\t' << total.p99 << '\t' << total.max << '\t' << total.mean << '\t' << parse.p50 << '\t'
        << parse.p99 << '\t' << match.p50 << '\t' << match.p99 << '\t' << render.p50 << '\t' << render.p99 << '\t'
        << median_qps(measured.run_seconds.at(cls), samples.size() / runs) << '\n';
  }
}

int run(int argc, char** argv) {
  Options o;
  po::options_description described("query_latency options");
  described.add_options()("help,h", "this help")(
      "index", po::value(&o.index)->required(), "our index directory")(
      "fts5", po::value(&o.fts5), "SQLite FTS5 peer database (bench/peer_indexer --fts5); omit to skip the peer")(
      "workload", po::value(&o.workload)->default_value("bench/workload/queries.tsv"), "class<TAB>query file")(
      "per-class", po::value(&o.per_class)->default_value(0), "queries per class to keep (0: all)")(
      "runs", po::value(&o.runs)->default_value(5), "measured passes over the workload")(
      "warmup", po::value(&o.warmup)->default_value(1), "unmeasured passes first")(
      "limit", po::value(&o.limit)->default_value(10), "hits per query, as searcher --limit")(
      "format", po::value(&o.format)->default_value("text"), "printer timed as render: text, json, tsv")(
      "label", po::value(&o.label)->default_value("real"), "first column of --out rows (e.g. the scale)")(
      "out", po::value(&o.out), "append result rows (TSV) to this file")(
      "queries-out", po::value(&o.queries_out), "append one row per engine and query (median, max µs)")(
      "translate", po::bool_switch(&o.translate), "print each query's peer forms and exit");
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, described), vm);
    if (vm.count("help")) {
      std::cout << described;
      return 0;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    return fail(std::string("error: ") + e.what());
  }
  if (o.runs < 1 || o.warmup < 0 || o.limit < 1) return fail("error: --runs and --limit want >= 1, --warmup >= 0");
  std::map<std::string, searcher::Format> formats{
      {"text", searcher::Format::kText}, {"json", searcher::Format::kJson}, {"tsv", searcher::Format::kTsv}};
  if (!formats.count(o.format)) return fail("error: --format wants text, json or tsv");

  auto workload = bench::read_workload(o.workload, o.per_class);
  if (!workload.is_ok()) return fail(workload.status().message());
  auto index = searcher::IndexReader::open(o.index);
  if (!index.is_ok()) return fail("error: " + index.status().message());
  const auto& stopwords = index.value()->analyzer().lists().stopwords;
  if (o.translate) return translate(workload.value(), stopwords);

  std::vector<std::unique_ptr<bench::LatencyEngine>> engines;
  engines.push_back(std::make_unique<bench::OurEngine>(*index.value(), o.limit, formats[o.format]));
  if (!o.fts5.empty()) {
    auto fts5 = bench::Fts5Searcher::open(o.fts5);
    if (!fts5.is_ok()) return fail(fts5.status().message());
    engines.push_back(std::make_unique<bench::Fts5Engine>(std::move(fts5.value()), stopwords, o.limit));
  }

  const auto& queries = workload.value();
  auto classes = bench::workload_classes(queries);
  std::vector<Measured> measured(engines.size());
  // engine -> query -> total µs of each run, to name the slowest queries.
  std::vector<std::vector<std::vector<double>>> per_query(engines.size(), std::vector<std::vector<double>>(queries.size()));
  std::vector<size_t> order(queries.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 shuffle_seed(5);
  for (int pass = 0; pass < o.warmup + o.runs; ++pass) {
    bool recorded = pass >= o.warmup;
    // A fresh order each pass, and engines taking turns going first, so neither always runs on
    // caches the other just warmed.
    std::shuffle(order.begin(), order.end(), shuffle_seed);
    for (size_t i : order) {
      for (size_t k = 0; k < engines.size(); ++k) {
        size_t e = (k + static_cast<size_t>(pass)) % engines.size();
        bench::Sample sample = engines[e]->run(queries[i]);
        if (!recorded) continue;
        measured[e].by_class[queries[i].cls].push_back(sample);
        per_query[e][i].push_back(sample.total_us);
        auto& run_seconds = measured[e].run_seconds[queries[i].cls];
        if (run_seconds.size() < static_cast<size_t>(pass - o.warmup + 1)) run_seconds.push_back(0);
        run_seconds.back() += sample.total_us / 1e6;
      }
    }
  }
  // "all" pools every class.
  for (auto& m : measured) {
    for (const auto& cls : classes) {
      auto& all = m.by_class["all"];
      all.insert(all.end(), m.by_class[cls].begin(), m.by_class[cls].end());
      auto& all_seconds = m.run_seconds["all"];
      all_seconds.resize(m.run_seconds[cls].size(), 0);
      for (size_t r = 0; r < all_seconds.size(); ++r) all_seconds[r] += m.run_seconds[cls][r];
    }
  }
  classes.push_back("all");

  std::ostream* out = &std::cout;
  std::ofstream file;
  bool header = true;
  if (!o.out.empty()) {
    std::error_code missing;
    header = std::filesystem::file_size(o.out, missing) == 0 || missing;
    file.open(o.out, std::ios::app);
    if (!file) return fail(o.out + ": error: cannot write");
    out = &file;
  }
  if (header) *out << kHeader;
  for (size_t e = 0; e < engines.size(); ++e) write_rows(*out, o, engines[e]->name(), measured[e], classes, o.runs);
  if (!o.queries_out.empty()) {
    std::ofstream rows(o.queries_out, std::ios::app);
    if (!rows) return fail(o.queries_out + ": error: cannot write");
    for (size_t e = 0; e < engines.size(); ++e) {
      for (size_t i = 0; i < queries.size(); ++i) {
        auto summary = bench::summarize(per_query[e][i]);
        rows << o.label << '\t' << engines[e]->name() << '\t' << queries[i].cls << '\t' << queries[i].query << '\t'
             << summary.p50 << '\t' << summary.max << '\n';
      }
    }
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
