// @brief Stub files and shard opening with timeouts and partial results.
#include "searcher/shard_set.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace searcher {
namespace fs = std::filesystem;
using analysis::Result;
using analysis::Status;

std::string ShardSpec::describe() const {
  switch (kind) {
    case Kind::kTcp: return "shard " + where + " (remote " + host + ":" + std::to_string(port) + ")";
    case Kind::kProgram: return "shard " + where + " (remote program " + program + ")";
    case Kind::kLocal: break;
  }
  return "shard " + where + " (" + path + ")";
}

namespace {

bool parse_port(const std::string& text, unsigned* port) {
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos) return false;
  *port = static_cast<unsigned>(std::stoul(text));
  return *port > 0 && *port < 65536;
}

}  // namespace

Result<std::vector<ShardSpec>> read_stub_file(const std::string& stub_path) {
  std::ifstream in(stub_path);
  if (!in) return Status::index_error("cannot read the index stub " + stub_path);
  const fs::path base = fs::path(stub_path).parent_path();
  std::vector<ShardSpec> shards;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    ShardSpec spec;
    spec.where = stub_path + ":" + std::to_string(number);
    std::istringstream words(line);
    std::string type, first, second, rest;
    words >> type >> first >> second;
    const auto bad = [&](const std::string& why) {
      return Status::index_error(spec.where + ": error: " + why +
                                 " (expected `auto PATH`, `glass PATH`, `remote HOST:PORT` or `remote tcp HOST PORT`)");
    };
    if ((type == "auto" || type == "glass") && !first.empty()) {
      spec.kind = ShardSpec::Kind::kLocal;
      const std::string path = line.substr(line.find(' ') + 1);
      spec.path = fs::path(path).is_absolute() ? path : (base / path).string();
    } else if (type == "remote" && first == "tcp") {
      spec.kind = ShardSpec::Kind::kTcp;
      spec.host = second;
      std::string port;
      words >> port;
      if (spec.host.empty() || !parse_port(port, &spec.port)) return bad("bad remote tcp line");
    } else if (type == "remote" && !first.empty() && first[0] == ':') {
      spec.kind = ShardSpec::Kind::kProgram;
      spec.program = first.substr(1);
      const size_t args_at = line.find(' ', line.find(first));
      spec.args = args_at == std::string::npos ? "" : line.substr(args_at + 1);
    } else if (type == "remote" && first.rfind(':') != std::string::npos) {
      spec.kind = ShardSpec::Kind::kTcp;
      const size_t colon = first.rfind(':');
      spec.host = first.substr(0, colon);
      if (spec.host.size() > 2 && spec.host.front() == '[' && spec.host.back() == ']') spec.host = spec.host.substr(1, spec.host.size() - 2);
      if (spec.host.empty() || !parse_port(first.substr(colon + 1), &spec.port)) return bad("bad remote HOST:PORT");
    } else {
      return bad("unknown line");
    }
    shards.push_back(std::move(spec));
  }
  if (shards.empty()) return Status::index_error(stub_path + ": error: the index stub lists no databases");
  return shards;
}

Result<OpenedShards> open_shards(const std::vector<ShardSpec>& shards, const ShardOptions& options) {
  OpenedShards opened;
  size_t count = 0;
  for (const auto& spec : shards) {
    try {
      switch (spec.kind) {
        case ShardSpec::Kind::kLocal:
          opened.db.add_database(Xapian::Database(spec.path));
          break;
        case ShardSpec::Kind::kTcp:
          opened.db.add_database(Xapian::Remote::open(spec.host, spec.port, options.timeout_ms, options.timeout_ms));
          opened.remote = true;
          break;
        case ShardSpec::Kind::kProgram:
          opened.db.add_database(Xapian::Remote::open(spec.program, spec.args, options.timeout_ms));
          opened.remote = true;
          break;
      }
      ++count;
    } catch (const Xapian::Error& e) {
      const std::string problem = spec.describe() + " cannot be opened: " + e.get_description();
      if (!options.allow_partial) return Status::index_error(problem + " (--allow-partial searches the others)");
      opened.unreachable.push_back(problem);
    }
  }
  if (count == 0) {
    std::string why;
    for (const auto& u : opened.unreachable) why += "\n  " + u;
    return Status::index_error("no shard of the index could be opened" + why);
  }
  return opened;
}

}  // namespace searcher
