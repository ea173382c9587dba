// @brief read_stub_file and open_shards: the databases an index stub lists, local or served by
// xapian-tcpsrv, opened with timeouts and, on request, without the ones that do not answer.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/status.h"
#include "index_format/stub_file.h"

namespace searcher {

struct ShardOptions {
  unsigned timeout_ms = 10000;  // connecting to, and each exchange with, a remote shard
  bool allow_partial = false;   // search the shards that answer, warn about the others
};

struct OpenedShards {
  Xapian::Database db;                  // the shards that answered, in stub order
  std::vector<std::string> unreachable; // descriptions of those that did not (allow_partial only)
  bool remote = false;                  // whether any opened shard is remote
};

// Opens every shard. A shard that cannot be opened is an index_error naming it, unless
// options.allow_partial, when it is listed in `unreachable` instead; no shard at all is always an
// error. Remote shards get options.timeout_ms for connecting and for each exchange.
analysis::Result<OpenedShards> open_shards(const std::vector<index_format::ShardSpec>& shards, const ShardOptions& options);

}  // namespace searcher
