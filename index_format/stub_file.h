// @brief The index stub file: the Xapian stub an index directory holds (kStubFileName), naming
// its live generation or shards, and the stub files a user writes to list remote shards. Parsed
// here, for indexer and searcher alike, rather than by Xapian, because Xapian opens stub lines
// without timeouts and fails whole on the first dead shard.
//
// Grammar, one database per line; blank lines and lines starting with '#' are skipped:
//   auto PATH | glass PATH          a local database; a relative PATH is from the stub's directory
//   remote HOST:PORT                xapian-tcpsrv ("[::1]:PORT" for IPv6)
//   remote tcp HOST PORT            the same, Xapian's long form
//   remote :PROGRAM ARGS            xapian-progsrv run as a child
// The indexer writes only "auto gen-NNNNNN" or "auto gen-NNNNNN/shard-K" lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/status.h"

namespace index_format {

// Name of the stub file inside an index directory.
inline constexpr std::string_view kStubFileName = "XAPIANDB";

struct ShardSpec {
  enum class Kind { kLocal, kTcp, kProgram };
  Kind kind = Kind::kLocal;
  std::string path;          // kLocal: resolved against the stub's directory
  std::string written_path;  // kLocal: as the line has it
  std::string host;          // kTcp
  unsigned port = 0;         // kTcp
  std::string program;       // kProgram
  std::string args;          // kProgram
  std::string where;         // "STUB:LINE", for messages
  std::string describe() const;  // "shard STUB:LINE (remote 127.0.0.1:17001)"
};

// Reads and parses a stub file. Errors (index_error): unreadable file, no database listed, or a
// line naming what is wrong ("STUB:3: error: bad remote HOST:PORT (expected …)").
analysis::Result<std::vector<ShardSpec>> read_stub_file(const std::string& stub_path);
analysis::Result<std::vector<ShardSpec>> parse_stub(const std::string& text, const std::string& stub_path);

// The stub text listing local databases, one "auto PATH" line each.
std::string format_stub(const std::vector<std::string>& local_paths);

}  // namespace index_format
