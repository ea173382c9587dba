#define BOOST_TEST_MODULE word_list
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <fstream>

#include "analysis/word_list.h"

namespace {
std::string write_temp(const std::string& content) {
  char name[] = "/tmp/word_list_testXXXXXX";
  int fd = mkstemp(name);
  close(fd);
  std::ofstream(name) << content;
  return name;
}
}  // namespace

BOOST_AUTO_TEST_CASE(reads_lists_with_comments) {
  auto path = write_temp("# comment\nthe\n\n  Of  # trailing comment\n");
  auto list = analysis::read_word_list(path);
  BOOST_REQUIRE(list.is_ok());
  BOOST_TEST(list->size() == 2u);
  BOOST_TEST(list->count("of") == 1u);
  std::remove(path.c_str());
}

BOOST_AUTO_TEST_CASE(map_errors_name_file_and_line) {
  auto path = write_temp("defence\tdefense\ncolour\n");
  auto map = analysis::read_word_map(path);
  BOOST_REQUIRE(!map.is_ok());
  BOOST_TEST(map.status().message().find(path + ":2:") == 0u);
  std::remove(path.c_str());
  auto missing = analysis::read_word_map("/nonexistent/variants.tsv");
  BOOST_TEST(!missing.is_ok());
  BOOST_TEST(missing.status().message().find("/nonexistent/variants.tsv") != std::string::npos);
}
