#define BOOST_TEST_MODULE corpus_files
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "indexer/content_hash.h"

// The corpus is kept byte for byte as published: any edit, re-encoding or line-ending change
// would move line numbers and break every file:line the index records.
BOOST_AUTO_TEST_CASE(corpus_files_are_the_published_bytes) {
  struct Row { const char* file; const char* sha256; };
  const Row rows[] = {
      {"corpus/un-reply-japan-2019.txt", "f55f83d0400ab75ef8c427f11907e0a088a0feac7d5a313ee943d127698f20d4"},
      {"corpus/iiss-japan-2021.txt", "b2ae9828402a790ef957c339e183d5e796275b1671c6d0ab1d80ecedfd0e6235"},
  };
  for (const auto& row : rows) {
    std::ifstream in(row.file, std::ios::binary);
    BOOST_REQUIRE_MESSAGE(in, row.file);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    BOOST_TEST(indexer::sha256_hex(bytes.str()) == row.sha256, row.file);
  }
}
