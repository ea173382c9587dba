// @brief The stub-file grammar: parsing Xapian stub lines, and writing the indexer's.
#include "index_format/stub_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace index_format {
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
  std::ostringstream text;
  text << in.rdbuf();
  return parse_stub(text.str(), stub_path);
}

Result<std::vector<ShardSpec>> parse_stub(const std::string& text, const std::string& stub_path) {
  std::istringstream in(text);
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
      spec.written_path = path;
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

std::string format_stub(const std::vector<std::string>& local_paths) {
  std::string out;
  for (const auto& path : local_paths) out += "auto " + path + "\n";
  return out;
}

}  // namespace index_format
