#define BOOST_TEST_MODULE shard_e2e
#include <boost/test/unit_test.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>

#include <chrono>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/searcher_e2e_test.h"

// Sharded and remote search end to end: the real indexer writes the corpus as one index and as
// three shards; three real xapian-tcpsrv processes serve the shards on 127.0.0.1; the real
// searcher answers the same queries from all three and must agree, hit for hit. Servers are
// stopped by destructors, so also when a check fails.

namespace fs = std::filesystem;

namespace {

const std::string kSearcher = e2e::required_env("SEARCHER");
const std::string kIndexer = e2e::required_env("INDEXER");

// A port that was free a moment ago (bound to port 0, then released).
int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool accepts(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// One xapian-tcpsrv serving `db` on 127.0.0.1, killed on destruction.
class TcpServer {
 public:
  explicit TcpServer(const std::string& db) : port_(free_port()) {
    const std::string port = std::to_string(port_);
    std::vector<std::string> args = {"xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port", port, db};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    if (posix_spawnp(&pid_, "xapian-tcpsrv", &actions, nullptr, argv.data(), environ) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
    for (int i = 0; i < 200 && pid_ > 0 && !accepts(port_); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  ~TcpServer() { stop(); }
  void stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  bool running() const { return pid_ > 0 && accepts(port_); }
  int port() const { return port_; }

 private:
  int port_;
  pid_t pid_ = -1;
};

// A listener that accepts connections and never answers: a hung shard.
class SilentServer {
 public:
  SilentServer() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(fd_, 8);
    socklen_t len = sizeof addr;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
  }
  ~SilentServer() { ::close(fd_); }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

struct Indexes {
  fs::path root;
  std::string single, sharded;
  Indexes() {
    char name[] = "/tmp/shard_e2e_testXXXXXX";
    root = ::mkdtemp(name);
    single = (root / "single").string();
    sharded = (root / "sharded").string();
    auto one = e2e::run(kIndexer, {"--corpus", "corpus", "--index", single, "--quiet"});
    BOOST_REQUIRE_MESSAGE(one.exit_code == 0, one.err);
    auto three = e2e::run(kIndexer, {"--corpus", "corpus", "--index", sharded, "--shards", "3", "--quiet"});
    BOOST_REQUIRE_MESSAGE(three.exit_code == 0, three.err);
  }
  ~Indexes() { fs::remove_all(root); }

  std::vector<std::string> shard_paths() const {
    std::vector<std::string> paths;
    std::ifstream stub(fs::path(sharded) / "XAPIANDB");
    std::string type, path;
    while (stub >> type >> path) paths.push_back((fs::path(sharded) / path).string());
    return paths;
  }
  std::string remote_stub(const std::vector<int>& ports, bool xapian_syntax = true) const {
    const std::string path = (root / "remote.stub").string();
    std::ofstream out(path);
    for (size_t i = 0; i < ports.size(); ++i) {
      // Both spellings of a TCP shard: Xapian's own, and "remote tcp HOST PORT".
      if (xapian_syntax && i % 2 == 0) out << "remote 127.0.0.1:" << ports[i] << "\n";
      else out << "remote tcp 127.0.0.1 " << ports[i] << "\n";
    }
    return path;
  }
};

// Single words, phrases, filters and note:N — no wildcards: Xapian estimates a wildcard's
// statistics per shard, so its scores differ slightly between a single index and shards.
const std::vector<std::string> kQueries = {
    "cyber", "japan", "defense", "defence", "MoD", "NISC", "JSDF", "olympic", "norms", "capacity-building",
    "intelligence", "satellite", "robotics", "semiconductor", "diplomacy", "deterrence", "resilience",
    "Ministry of Defense cyber units", "critical infrastructure protection", "confidence building measures",
    "\"rule of law\"", "\"Ministry of Defense\"", "\"cyber defence\"", "\"international law\"", "\"supply chains\"",
    "\"National Security Council\"", "source:un-reply-japan-2019 cyberspace", "source:iiss-japan-2021 strategy",
    "kind:note defense", "kind:glossary", "kind:passage olympic", "section:governance cyber", "note:12", "note:1",
    "note:21", "note:56", "note:74", "source:iiss-japan-2021 note:33", "cyber AND (units OR command)",
    "cyber NOT japan", "japan NEAR/5 cyber", "+JSDF personnel", "-olympic cyberspace security", "juyo",
    "organisation", "behaviour", "programme", "Cybersecurity Strategy 2018", "Tokyo 2020 Games",
    "United Nations Group of Governmental Experts", "ASEAN", "NATO Cooperative Cyber Defence Centre",
    "cybersecurty", "artificial intelligence", "5G", "GGE report",
};

std::vector<std::vector<std::string>> answer_all(const std::string& index) {
  std::string input;
  for (const auto& q : kQueries) input += q + "\n";
  auto run = e2e::run(kSearcher, {"--index", index, "--batch", "--format", "json", "--limit", "20"}, input);
  BOOST_REQUIRE_MESSAGE(run.exit_code == 0 || run.exit_code == 1, run.err);
  std::map<std::string, std::vector<std::string>> by_query;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    auto j = nlohmann::json::parse(line);
    if (j.contains("id")) by_query[j.at("query").get<std::string>()].push_back(j.at("id").get<std::string>());
  }
  std::vector<std::vector<std::string>> answers;
  for (const auto& q : kQueries) answers.push_back(by_query[q]);
  return answers;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(shard_e2e, Indexes)

BOOST_AUTO_TEST_CASE(single_local_stub_and_remote_stub_agree) {
  BOOST_REQUIRE_GE(kQueries.size(), 50u);
  auto paths = shard_paths();
  BOOST_REQUIRE_EQUAL(paths.size(), 3u);
  std::vector<std::unique_ptr<TcpServer>> servers;
  std::vector<int> ports;
  for (const auto& p : paths) {
    servers.push_back(std::make_unique<TcpServer>(p));
    BOOST_REQUIRE_MESSAGE(servers.back()->running(), "xapian-tcpsrv did not start for " << p);
    ports.push_back(servers.back()->port());
  }
  const auto one = answer_all(single);
  const auto local = answer_all(sharded);
  const auto remote = answer_all(remote_stub(ports));
  size_t with_hits = 0;
  for (size_t i = 0; i < kQueries.size(); ++i) {
    BOOST_TEST(local[i] == one[i], "local stub differs for " << kQueries[i]);
    BOOST_TEST(remote[i] == one[i], "remote stub differs for " << kQueries[i]);
    if (!one[i].empty()) ++with_hits;
  }
  BOOST_TEST(with_hits >= 45u);
  // Acronym expansion through the remote stub: MoD finds passages that only say the expansion.
  auto mod = e2e::run(kSearcher, {"--index", remote_stub(ports), "--format", "json", "--limit", "50", "MoD"});
  BOOST_TEST(mod.out.find("iiss-japan-2021:note9") != std::string::npos);
  // The spelling suggestion too, without Xapian's spelling data.
  auto spelled = e2e::run(kSearcher, {"--index", remote_stub(ports), "--format", "json", "cybersecurty"});
  BOOST_TEST(spelled.out.find("\"suggestion\":\"cybersecurity\"") != std::string::npos, spelled.out);
}

BOOST_AUTO_TEST_CASE(a_dead_shard_is_an_error_or_with_allow_partial_a_warning) {
  auto paths = shard_paths();
  std::vector<std::unique_ptr<TcpServer>> servers;
  std::vector<int> ports;
  for (const auto& p : paths) {
    servers.push_back(std::make_unique<TcpServer>(p));
    ports.push_back(servers.back()->port());
  }
  const std::string stub = remote_stub(ports, false);
  auto before = e2e::run(kSearcher, {"--index", stub, "--format", "json", "--limit", "100", "cyber"});
  BOOST_REQUIRE_EQUAL(before.exit_code, 0);
  servers[1]->stop();
  const std::string dead = "127.0.0.1:" + std::to_string(ports[1]);

  auto strict = e2e::run(kSearcher, {"--index", stub, "--timeout", "2000", "cyber"});
  BOOST_TEST(strict.exit_code == 2);
  BOOST_TEST(strict.err.find(dead) != std::string::npos, strict.err);
  BOOST_TEST(strict.err.find(":2 ") != std::string::npos, strict.err);  // the stub line too

  auto partial = e2e::run(kSearcher, {"--index", stub, "--timeout", "2000", "--allow-partial", "--format", "json",
                                      "--limit", "100", "cyber"});
  BOOST_TEST(partial.exit_code == 0);
  BOOST_TEST(partial.err.find("warning") != std::string::npos);
  BOOST_TEST(partial.err.find(dead) != std::string::npos, partial.err);
  BOOST_TEST(std::count(partial.out.begin(), partial.out.end(), '\n') <
             std::count(before.out.begin(), before.out.end(), '\n'));
}

BOOST_AUTO_TEST_CASE(a_hung_shard_fails_within_the_timeout) {
  SilentServer hung;
  const std::string stub = remote_stub({hung.port()}, false);
  const auto start = std::chrono::steady_clock::now();
  auto run = e2e::run(kSearcher, {"--index", stub, "--timeout", "500", "cyber"});
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST(run.exit_code == 2);
  BOOST_TEST(run.err.find("127.0.0.1:" + std::to_string(hung.port())) != std::string::npos, run.err);
  // Bounded, not a timing benchmark: without a timeout it never returns. With --timeout 500 the
  // searcher gives up after about 0.5 s of waiting, so 30 s is 60 times that for a slow start.
  BOOST_TEST(seconds < 30.0);
}

BOOST_AUTO_TEST_CASE(bad_stub_lines_are_named) {
  const std::string stub = (root / "bad.stub").string();
  std::ofstream(stub) << "auto " << single << "\nremote nowhere\n";
  auto run = e2e::run(kSearcher, {"--index", stub, "cyber"});
  BOOST_TEST(run.exit_code == 2);
  BOOST_TEST(run.err.find(stub + ":2: error") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_SUITE_END()
