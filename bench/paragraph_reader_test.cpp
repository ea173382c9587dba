// @brief Tests for ParagraphReader: superscript markers and blank-line paragraphs.
#define BOOST_TEST_MODULE paragraph_reader
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include "bench/paragraph_reader.h"

BOOST_AUTO_TEST_CASE(superscript_numbers_table) {
  struct Row {
    const char* text;
    std::vector<int> numbers;
  };
  const Row rows[] = {
      {"no markers", {}},
      {"the year.¹", {1}},
      {"in 2013.² Then⁷⁴ and ¹⁰", {2, 74, 10}},  // ⁷⁴: the IISS chapter's last notes
      {"unit,⁸ though", {8}},
      {"x²³ y⁰", {23, 0}},
      {"ⁱ is not a digit", {}},  // U+2071, between ⁰ and ⁴
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.text) { BOOST_TEST(bench::superscript_numbers(row.text) == row.numbers); }
  }
}

BOOST_AUTO_TEST_CASE(blank_and_space_only_lines_split_paragraphs) {
  auto dir = std::filesystem::temp_directory_path() / "paragraph_reader_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.txt") << "\nTitle\n\nfirst line\nsecond line.¹²\n \nlast\n";
  std::vector<bench::Paragraph> seen;
  auto status = bench::for_each_paragraph(dir.string(), [&](const bench::Paragraph& p) {
    seen.push_back(p);
    return analysis::Status::ok();
  });
  BOOST_REQUIRE(status.is_ok());
  BOOST_REQUIRE(seen.size() == 3u);
  BOOST_TEST(seen[0].doc == "a");
  BOOST_TEST(seen[0].line == 2);
  BOOST_TEST(seen[1].line == 4);
  BOOST_TEST(seen[1].text == "first line\nsecond line.¹²");
  BOOST_TEST((seen[1].notes == std::vector<int>{12}));
  BOOST_TEST(seen[2].line == 7);
  std::filesystem::remove_all(dir);

  auto missing = bench::for_each_paragraph((dir / "nope").string(), [](const bench::Paragraph&) {
    return analysis::Status::ok();
  });
  BOOST_TEST(!missing.is_ok());
}
