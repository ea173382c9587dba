// @brief Stub files and shard opening with timeouts and partial results.
#include "searcher/shard_set.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace searcher {
using index_format::ShardSpec;
namespace fs = std::filesystem;
using analysis::Result;
using analysis::Status;

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
