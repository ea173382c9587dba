// @brief Tests of the stub-file grammar: a table of good stubs, a table of errors naming
// STUB:LINE, and the indexer's stubs read back.
#define BOOST_TEST_MODULE stub_file
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <string>
#include <vector>

#include "index_format/stub_file.h"

using index_format::ShardSpec;
using Kind = index_format::ShardSpec::Kind;

namespace {

// One parsed line, flattened for comparison: kind, then path or host:port or program|args.
std::string flat(const ShardSpec& s) {
  switch (s.kind) {
    case Kind::kLocal: return "local " + s.path + " (" + s.written_path + ")";
    case Kind::kTcp: return "tcp " + s.host + " " + std::to_string(s.port);
    case Kind::kProgram: return "program " + s.program + "|" + s.args;
  }
  return "?";
}

}  // namespace

BOOST_AUTO_TEST_CASE(good_stubs) {
  struct Row {
    std::string text;
    std::vector<std::string> shards;  // flat()
    std::vector<std::string> where;
  };
  const std::vector<Row> rows = {
      {"auto gen-000001\n", {"local index/gen-000001 (gen-000001)"}, {"index/XAPIANDB:1"}},
      {"glass gen-000002", {"local index/gen-000002 (gen-000002)"}, {"index/XAPIANDB:1"}},  // no final newline
      {"auto /srv/index/gen-000003\n", {"local /srv/index/gen-000003 (/srv/index/gen-000003)"}, {"index/XAPIANDB:1"}},
      {"auto gen-000004/shard-0\nauto gen-000004/shard-1\n",
       {"local index/gen-000004/shard-0 (gen-000004/shard-0)", "local index/gen-000004/shard-1 (gen-000004/shard-1)"},
       {"index/XAPIANDB:1", "index/XAPIANDB:2"}},
      {"auto my index\n", {"local index/my index (my index)"}, {"index/XAPIANDB:1"}},  // a path with a space, as Xapian reads it
      {"remote 127.0.0.1:17001\n", {"tcp 127.0.0.1 17001"}, {"index/XAPIANDB:1"}},
      {"remote shard.example.org:1\n", {"tcp shard.example.org 1"}, {"index/XAPIANDB:1"}},
      {"remote [::1]:65535\n", {"tcp ::1 65535"}, {"index/XAPIANDB:1"}},
      {"remote tcp 10.0.0.2 17002\n", {"tcp 10.0.0.2 17002"}, {"index/XAPIANDB:1"}},
      {"remote :xapian-progsrv /srv/index/gen-000001\n", {"program xapian-progsrv|/srv/index/gen-000001"}, {"index/XAPIANDB:1"}},
      {"remote :xapian-progsrv\n", {"program xapian-progsrv|"}, {"index/XAPIANDB:1"}},
      {"# shards of the archive\n\nremote 127.0.0.1:17001\n# the local one\nauto gen-000001\n",
       {"tcp 127.0.0.1 17001", "local index/gen-000001 (gen-000001)"},
       {"index/XAPIANDB:3", "index/XAPIANDB:5"}},
      {"auto gen-000001\r\nremote 127.0.0.1:17001\r\n",
       {"local index/gen-000001 (gen-000001)", "tcp 127.0.0.1 17001"},
       {"index/XAPIANDB:1", "index/XAPIANDB:2"}},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.text) {
      auto parsed = index_format::parse_stub(row.text, "index/XAPIANDB");
      BOOST_REQUIRE_MESSAGE(parsed.is_ok(), parsed.status().message());
      std::vector<std::string> shards, where;
      for (const auto& s : parsed.value()) {
        shards.push_back(flat(s));
        where.push_back(s.where);
      }
      BOOST_TEST(shards == row.shards, boost::test_tools::per_element());
      BOOST_TEST(where == row.where, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(bad_stubs_are_errors_naming_the_line) {
  struct Row {
    std::string text;
    std::string message;  // a part of the message
  };
  const std::vector<Row> rows = {
      {"remote 127.0.0.1:0\n", "index/XAPIANDB:1: error: bad remote HOST:PORT"},
      {"remote 127.0.0.1:70000\n", "index/XAPIANDB:1: error: bad remote HOST:PORT"},
      {"remote 127.0.0.1:123456\n", "index/XAPIANDB:1: error: bad remote HOST:PORT"},
      {"remote 127.0.0.1:abc\n", "index/XAPIANDB:1: error: bad remote HOST:PORT"},
      {"remote 127.0.0.1:\n", "index/XAPIANDB:1: error: bad remote HOST:PORT"},
      {"remote tcp 10.0.0.2 0\n", "index/XAPIANDB:1: error: bad remote tcp line"},
      {"remote tcp 10.0.0.2 70000\n", "index/XAPIANDB:1: error: bad remote tcp line"},
      {"remote tcp 10.0.0.2\n", "index/XAPIANDB:1: error: bad remote tcp line"},
      {"remote tcp\n", "index/XAPIANDB:1: error: bad remote tcp line"},
      {"# a comment\nauto gen-000001\nflint gen-000001\n", "index/XAPIANDB:3: error: unknown line"},
      {"auto\n", "index/XAPIANDB:1: error: unknown line"},
      {"remote\n", "index/XAPIANDB:1: error: unknown line"},
      {"remote 127.0.0.1\n", "index/XAPIANDB:1: error: unknown line"},
      {"", "index/XAPIANDB: error: the index stub lists no databases"},
      {"# only a comment\n\n", "index/XAPIANDB: error: the index stub lists no databases"},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.text) {
      auto parsed = index_format::parse_stub(row.text, "index/XAPIANDB");
      BOOST_REQUIRE(!parsed.is_ok());
      BOOST_TEST((parsed.status().kind() == analysis::Status::Kind::kIndexError));
      BOOST_TEST(parsed.status().message().find(row.message) != std::string::npos, parsed.status().message());
    }
  }
}

BOOST_AUTO_TEST_CASE(the_indexer_stubs_parse_back_to_their_paths) {
  const std::vector<std::vector<std::string>> rows = {
      {"gen-000001"},
      {"gen-000007/shard-0", "gen-000007/shard-1", "gen-000007/shard-2"},
  };
  for (const auto& paths : rows) {
    BOOST_TEST_CONTEXT(paths.front()) {
      const std::string text = index_format::format_stub(paths);
      auto parsed = index_format::parse_stub(text, "/srv/index/XAPIANDB");
      BOOST_REQUIRE(parsed.is_ok());
      std::vector<std::string> written, resolved;
      for (const auto& s : parsed.value()) {
        BOOST_TEST((s.kind == Kind::kLocal));
        written.push_back(s.written_path);
        resolved.push_back(s.path);
      }
      BOOST_TEST(written == paths, boost::test_tools::per_element());
      BOOST_TEST(resolved.front() == "/srv/index/" + paths.front());
    }
  }
  BOOST_TEST(index_format::format_stub({"gen-000001"}) == "auto gen-000001\n");
}

BOOST_AUTO_TEST_CASE(read_stub_file_reads_a_file_and_names_a_missing_one) {
  const auto dir = std::filesystem::temp_directory_path() / ("stub_file_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string stub = (dir / index_format::kStubFileName).string();
  std::ofstream(stub) << "auto gen-000001\n";
  auto parsed = index_format::read_stub_file(stub);
  BOOST_REQUIRE(parsed.is_ok());
  BOOST_TEST(parsed->at(0).path == (dir / "gen-000001").string());
  BOOST_TEST(parsed->at(0).where == stub + ":1");
  auto missing = index_format::read_stub_file((dir / "nothing").string());
  BOOST_REQUIRE(!missing.is_ok());
  BOOST_TEST(missing.status().message().find((dir / "nothing").string()) != std::string::npos);
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(describe_names_the_shard_and_where_it_is) {
  auto parsed = index_format::parse_stub("remote 127.0.0.1:17001\nauto gen-000001\nremote :xapian-progsrv x\n", "idx/XAPIANDB");
  BOOST_REQUIRE(parsed.is_ok());
  BOOST_TEST(parsed->at(0).describe() == "shard idx/XAPIANDB:1 (remote 127.0.0.1:17001)");
  BOOST_TEST(parsed->at(1).describe() == "shard idx/XAPIANDB:2 (idx/gen-000001)");
  BOOST_TEST(parsed->at(2).describe() == "shard idx/XAPIANDB:3 (remote program xapian-progsrv)");
}
