#define BOOST_TEST_MODULE url_terms
#include <boost/test/unit_test.hpp>

#include "index_format/url_terms.h"

BOOST_AUTO_TEST_CASE(normalises_urls) {
  struct Row { std::string url, normalised; };
  const std::vector<Row> rows = {
      {"https://www.MOD.go.jp/j/press/", "mod.go.jp/j/press"},
      {"<http://www.nisc.go.jp/eng/index.html#top>.", "nisc.go.jp/eng/index.html"},
      {"mod.go.jp", "mod.go.jp"},
      {"www.un.org/Disarmament/", "un.org/Disarmament"},  // the path keeps its case
      {"https://", ""},
      {"", ""},
  };
  for (const auto& row : rows) BOOST_TEST(index_format::normalise_url(row.url) == row.normalised, row.url);
}

BOOST_AUTO_TEST_CASE(index_and_query_terms) {
  using V = std::vector<std::string>;
  BOOST_TEST(index_format::url_index_terms("https://www.mod.go.jp/e/publ/") ==
                 (V{"XUmod.go.jp/e/publ", "XUmod.go.jp", "XUgo.jp"}),
             boost::test_tools::per_element());
  BOOST_TEST(index_format::url_index_terms("http://example.com") == (V{"XUexample.com"}),
             boost::test_tools::per_element());
  BOOST_TEST(index_format::url_index_terms("not a url").empty());
  // A URL too long for a Xapian term is indexed by its host.
  BOOST_TEST(index_format::url_index_terms("https://a.org/" + std::string(300, 'x')) == (V{"XUa.org"}),
             boost::test_tools::per_element());
  BOOST_TEST(index_format::url_query_terms("https://www.mod.go.jp/e/publ/") == (V{"XUmod.go.jp/e/publ", "XUmod.go.jp"}),
             boost::test_tools::per_element());
  BOOST_TEST(index_format::url_query_terms("go.jp") == (V{"XUgo.jp"}), boost::test_tools::per_element());
}
