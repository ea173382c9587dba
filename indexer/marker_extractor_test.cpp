#define BOOST_TEST_MODULE marker_extractor
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/marker_extractor.h"

using namespace indexer;

namespace {
struct Row {
  const char* name;
  std::string input;
  std::string rendered;         // render_markers(extract_markers(input))
  std::vector<int> numbers;     // find_markers
};
}  // namespace

BOOST_AUTO_TEST_CASE(markers_rows) {
  const std::vector<Row> rows = {
      {"after a word", "industrial robotics\u00B2\u2077 and", "industrial robotics[27] and", {27}},
      {"after a full stop", "its kind.\u00B9 (At the time", "its kind.[1] (At the time", {1}},
      {"after a comma", "cyber-defence unit,\u2078 though", "cyber-defence unit,[8] though", {8}},
      {"after a bracket", "(DIH)\u00B2\u00B2 and", "(DIH)[22] and", {22}},
      {"after a curly quote and stop", "of opponents\u2019.\u00B9\u00B2", "of opponents\u2019.[12]", {12}},
      {"multi-digit with zero", "considered.\u00B9\u2070 Japan", "considered.[10] Japan", {10}},
      {"seventy-four", "cooperation\u2077\u2074 include", "cooperation[74] include", {74}},
      {"every superscript digit", "a\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079",
       "a[0123456789]", {123456789}},
      {"two markers in a line", "year.\u00B2 In x,\u00B3 y", "year.[2] In x,[3] y", {2, 3}},
      {"after white space: left as printed", "see \u00B9 here", "see \u00B9 here", {}},
      {"line start: left as printed", "\u00B2 first", "\u00B2 first", {}},
      {"exponent after a digit: left as printed", "10\u2076 cells", "10\u2076 cells", {}},
      {"no superscripts", "plain text [1] stays", "plain text [1] stays", {}},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      const std::string encoded = extract_markers(row.input);
      BOOST_TEST(render_markers(encoded) == row.rendered);
      std::vector<int> numbers;
      for (const MarkerRef& ref : find_markers(encoded)) numbers.push_back(ref.number);
      BOOST_TEST(numbers == row.numbers, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(remove_markers_drops_marker_and_digits) {
  BOOST_TEST(remove_markers(extract_markers("kind.\u00B9 (At")) == "kind. (At");
  BOOST_TEST(remove_markers(extract_markers("US\u2077\u2074")) == "US");
}

BOOST_AUTO_TEST_CASE(lines_keep_numbers) {
  std::vector<Line> lines = {{4, "x\u00B3"}, {9, "y"}};
  const std::vector<Line> out = extract_markers(lines);
  BOOST_TEST(out[0].number == 4);
  BOOST_TEST(render_markers(out[0].text) == "x[3]");
  BOOST_TEST(out[1].number == 9);
}
