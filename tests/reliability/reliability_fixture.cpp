// @brief Reliability test helpers.
#include "tests/reliability/reliability_fixture.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace reliability {
namespace fs = std::filesystem;

std::string tool(const char* variable) {
  const char* path = std::getenv(variable);
  if (!path || !*path) throw std::runtime_error(std::string(variable) + " is not set: run the test through ctest");
  return path;
}

bool running_as_root() { return ::geteuid() == 0; }

std::string why_tools_cannot_run_as_nobody() {
  if (!running_as_root()) return "";
  for (const char* name : {"INDEXER", "SEARCHER"}) {
    RunOptions options;
    options.user = kNobody;
    options.cwd = "/";
    RunResult r = run({tool(name), "--version"}, options);
    if (r.exit_code != 0) return "user nobody cannot run " + tool(name) + " (" + r.describe() + ")";
  }
  return "";
}

ScratchDir::ScratchDir() {
  char name[] = "/tmp/ps-reliability-XXXXXX";
  if (!::mkdtemp(name)) throw std::runtime_error("mkdtemp failed");
  path_ = name;
  ::chmod(name, 0755);
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  // Tests make files unreadable or directories read-only: give them back before removing.
  for (auto it = fs::recursive_directory_iterator(path_, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_symlink(ec)) fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  }
  fs::remove_all(path_, ec);
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_corpus(const std::string& dir, CorpusVersion version, int copies) {
  const std::string iiss = read_file("corpus/iiss-japan-2021.txt");
  const std::string un = read_file("corpus/un-reply-japan-2019.txt");
  if (iiss.empty() || un.empty()) throw std::runtime_error("corpus/ not found: run from the project root");
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(dir)) fs::remove(e.path());
  for (int k = 0; k < copies; ++k) {
    std::string a = iiss, b = un;
    if (version == CorpusVersion::kB && k == 0) {
      // A new paragraph in the body (before the Notes section) and a changed sentence.
      const size_t notes = a.find("\nNotes\n");
      a.insert(notes, "\nThe quokka paragraph: a new passage on cyber defence units and their quokka mascot.\n\n");
      b.replace(b.find("cyberspace"), 10, "cyberspace and quokka");
    }
    if (version == CorpusVersion::kB && k == copies - 1) continue;  // un-N removed
    write_file(dir + "/iiss-" + std::to_string(k) + ".txt", a);
    write_file(dir + "/un-" + std::to_string(k) + ".txt", b);
  }
  if (version == CorpusVersion::kB) {
    write_file(dir + "/iiss-" + std::to_string(copies - 1) + ".txt", iiss);
    write_file(dir + "/extra-0.txt", un + "\nA closing paragraph on quokka norms in cyberspace.\n");
  }
}

RunResult run_indexer(const std::string& corpus, const std::string& index, const std::vector<std::string>& extra,
                      const RunOptions& options) {
  std::vector<std::string> argv = {tool("INDEXER"), "--corpus", corpus, "--index", index, "--quiet"};
  argv.insert(argv.end(), extra.begin(), extra.end());
  return run(argv, options);
}

const std::vector<std::string>& probe_queries() {
  static const std::vector<std::string> queries = {
      "cyber units",
      "quokka",
      "\"Ministry of Defense\"",
      "kind:note Ibid",
      "norms AND cyberspace",
      "MoD",
      "source:iiss-0 defence",
      "section:strategy cyber",
      "note:12",
  };
  return queries;
}

std::vector<std::string> search_results(const std::string& index, const std::vector<std::string>& queries,
                                        RunResult* run_out, const RunOptions& options) {
  RunOptions with_input = options;
  for (const auto& q : queries) with_input.stdin_data += q + "\n";
  RunResult result = run({tool("SEARCHER"), "--index", index, "--batch", "--format", "json", "--limit", "10000",
                          "--color", "never"},
                         with_input);
  // Every query writes at least one line (its hits, or a summary when it has none), each naming
  // the query: consecutive lines of one query text are one answer.
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) {
    const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("query") || !j["query"].is_string()) continue;
    const std::string query = j["query"].get<std::string>();
    if (groups.empty() || groups.back().first != query) groups.push_back({query, {}});
    if (j.value("type", "") != "hit") continue;
    char score[64];
    std::snprintf(score, sizeof score, "%.9g", j.at("score").get<double>());
    groups.back().second.push_back(j.at("id").get<std::string>() + " " + score);
  }
  std::vector<std::string> answers;
  for (auto& [query, hits] : groups) {
    std::sort(hits.begin(), hits.end());
    std::string joined = query + ":";
    for (const auto& h : hits) joined += "\n  " + h;
    answers.push_back(joined);
  }
  if (run_out) *run_out = std::move(result);
  return answers;
}

std::vector<std::string> reference_answers(const std::string& work_dir, CorpusVersion version) {
  const std::string corpus = work_dir + "/corpus", index = work_dir + "/index";
  write_corpus(corpus, version);
  RunResult built = run_indexer(corpus, index);
  if (built.exit_code != 0) throw std::runtime_error("reference index: " + built.describe());
  return search_results(index, probe_queries());
}

std::vector<std::string> fault_env(const std::vector<std::string>& settings) {
  std::vector<std::string> env = {"LD_PRELOAD=" + tool("FAULT_INJECTOR")};
  // ASan wants its runtime first in the library list; the injector only forwards calls to it.
  const char* asan = std::getenv("ASAN_OPTIONS");
  env.push_back(std::string("ASAN_OPTIONS=") + (asan ? std::string(asan) + ":" : "") + "verify_asan_link_order=0");
  env.insert(env.end(), settings.begin(), settings.end());
  return env;
}

std::map<std::string, long> read_fault_report(const std::string& path) {
  std::map<std::string, long> counts;
  std::istringstream in(read_file(path));
  std::string name;
  long count = 0;
  while (in >> name >> count) counts[name] = count;
  return counts;
}

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> leftovers(const std::string& dir) {
  std::vector<std::string> found;
  for (const auto& name : entries(dir)) {
    if (name.size() > 4 && name.substr(name.size() - 4) == ".tmp") found.push_back(name);
  }
  return found;
}

std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    struct stat st;
    if (::lstat(e.path().c_str(), &st) != 0) continue;
    std::ostringstream s;
    s << std::oct << st.st_mode << std::dec << " " << st.st_size << " " << st.st_mtim.tv_sec << "." << st.st_mtim.tv_nsec;
    files[e.path().string()] = s.str();
  }
  return files;
}

void copy_tree(const std::string& from, const std::string& to) {
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
}

}  // namespace reliability
