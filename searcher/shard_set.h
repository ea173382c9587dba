// @brief read_stub_file and open_shards: the databases an index stub lists, local or served by
// xapian-tcpsrv, opened with timeouts and, on request, without the ones that do not answer.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/status.h"

namespace searcher {

struct ShardOptions {
  unsigned timeout_ms = 10000;  // connecting to, and each exchange with, a remote shard
  bool allow_partial = false;   // search the shards that answer, warn about the others
};

// One line of a stub file. Xapian's own stub syntax ("auto PATH", "glass PATH",
// "remote HOST:PORT", "remote :PROGRAM ARGS"; relative paths from the stub's directory), plus
// "remote tcp HOST PORT". Parsed here rather than by Xapian because Xapian opens stub lines
// without timeouts and fails whole on the first dead shard.
struct ShardSpec {
  enum class Kind { kLocal, kTcp, kProgram };
  Kind kind = Kind::kLocal;
  std::string path;         // kLocal
  std::string host;         // kTcp
  unsigned port = 0;        // kTcp
  std::string program;      // kProgram
  std::string args;         // kProgram
  std::string where;        // "STUB:LINE", for messages
  std::string describe() const;  // "shard STUB:LINE (remote 127.0.0.1:17001)"
};

// Reads a stub file. Errors (index_error): unreadable file, or a line naming what is wrong
// ("STUB:3: error: expected auto PATH, glass PATH or remote HOST:PORT").
analysis::Result<std::vector<ShardSpec>> read_stub_file(const std::string& stub_path);

struct OpenedShards {
  Xapian::Database db;                  // the shards that answered, in stub order
  std::vector<std::string> unreachable; // descriptions of those that did not (allow_partial only)
  bool remote = false;                  // whether any opened shard is remote
};

// Opens every shard. A shard that cannot be opened is an index_error naming it, unless
// options.allow_partial, when it is listed in `unreachable` instead; no shard at all is always an
// error. Remote shards get options.timeout_ms for connecting and for each exchange.
analysis::Result<OpenedShards> open_shards(const std::vector<ShardSpec>& shards, const ShardOptions& options);

}  // namespace searcher
