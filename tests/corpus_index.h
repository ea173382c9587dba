// @brief open_corpus_index: the corpus index the CTest fixture built (SEARCHER_INDEX), opened
// for tests that call the searcher library on it.
#pragma once

#include <cstdlib>
#include <memory>

#include <boost/test/unit_test.hpp>

#include "searcher/index_reader.h"

namespace testing_support {

// The index SEARCHER_INDEX names, open; fails the test (REQUIRE) when it is unset or unreadable.
inline std::unique_ptr<searcher::IndexReader> open_corpus_index() {
  const char* dir = std::getenv("SEARCHER_INDEX");
  BOOST_REQUIRE_MESSAGE(dir, "SEARCHER_INDEX must name the corpus index");
  auto opened = searcher::IndexReader::open(dir);
  BOOST_REQUIRE_MESSAGE(opened.is_ok(), opened.status().message());
  return std::move(opened).value();
}

}  // namespace testing_support
