#define BOOST_TEST_MODULE acronym_printer
#include <boost/test/unit_test.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "searcher/acronym_printer.h"

namespace {
std::vector<index_format::AcronymDefinition> table() {
  return {{"NISC", "National Center of Incident Readiness and Strategy for Cybersecurity", "iiss", "corpus/iiss.txt", 28},
          {"MoD", "Ministry of Defense", "iiss", "corpus/iiss.txt", 27}};
}
std::string print(searcher::Format format) {
  std::ostringstream out;
  searcher::print_acronyms(table(), format, out);
  return out.str();
}
}  // namespace

BOOST_AUTO_TEST_CASE(text_lists_each_definition_with_file_and_line) {
  BOOST_TEST(print(searcher::Format::kText) ==
             "MoD   Ministry of Defense  corpus/iiss.txt:27\n"
             "NISC  National Center of Incident Readiness and Strategy for Cybersecurity  corpus/iiss.txt:28\n");
}

BOOST_AUTO_TEST_CASE(json_lines_parse_back) {
  std::istringstream lines(print(searcher::Format::kJson));
  std::string line;
  std::getline(lines, line);
  auto j = nlohmann::json::parse(line);
  BOOST_TEST(j.at("acronym") == "MoD");
  BOOST_TEST(j.at("expansion") == "Ministry of Defense");
  BOOST_TEST(j.at("doc") == "iiss");
  BOOST_TEST(j.at("line") == 27);
}

BOOST_AUTO_TEST_CASE(tsv_has_a_header_and_five_columns) {
  std::istringstream lines(print(searcher::Format::kTsv));
  std::string header, row;
  std::getline(lines, header);
  std::getline(lines, row);
  BOOST_TEST(header == "acronym\texpansion\tdoc\tfile\tline");
  BOOST_TEST(std::count(row.begin(), row.end(), '\t') == 4);
}
