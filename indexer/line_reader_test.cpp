#define BOOST_TEST_MODULE line_reader
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/line_reader.h"

using indexer::read_lines;

namespace {

struct GoodRow {
  const char* name;
  std::string input;
  std::vector<std::string> lines;
};

struct ErrorRow {
  const char* name;
  std::string input;
  std::string message;  // the whole expected message
};

}  // namespace

BOOST_AUTO_TEST_CASE(good_inputs) {
  const std::vector<GoodRow> rows = {
      {"plain LF", "a\nb\n", {"a", "b"}},
      {"no final newline (IISS ends so)", "a\nb", {"a", "b"}},
      {"BOM stripped", "\xEF\xBB\xBFtitle\nbody\n", {"title", "body"}},
      {"CRLF", "a\r\nb\r\n\r\nc", {"a", "b", "", "c"}},
      {"lone CR", "a\rb", {"a", "b"}},
      {"white space kept (UN paragraph break \" \")", "text \n \n\nmore", {"text ", " ", "", "more"}},
      {"UTF-8 and tab", "Juntench\xC5\x8D\tsei \xE2\x80\x99 \xE2\x81\xB7\xE2\x81\xB4", {"Juntench\xC5\x8D\tsei \xE2\x80\x99 \xE2\x81\xB7\xE2\x81\xB4"}},
      {"leading blank lines keep numbering", "\n\n7. Japan", {"", "", "7. Japan"}},
  };
  for (const GoodRow& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      auto result = read_lines("f.txt", row.input);
      BOOST_REQUIRE_MESSAGE(result.is_ok(), result.status().message());
      BOOST_REQUIRE_EQUAL(result->size(), row.lines.size());
      for (size_t i = 0; i < row.lines.size(); ++i) {
        BOOST_TEST(result.value()[i].number == static_cast<int>(i) + 1);
        BOOST_TEST(result.value()[i].text == row.lines[i]);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(error_inputs) {
  const std::vector<ErrorRow> rows = {
      {"empty file", "", "f.txt:1: error: empty file: no text to index"},
      {"only white space", " \n\n \r\n", "f.txt:1: error: empty file: no text to index"},
      {"only a BOM", "\xEF\xBB\xBF", "f.txt:1: error: empty file: no text to index"},
      {"NUL byte", std::string("ok\nab\0c", 7), "f.txt:2:3: error: NUL byte: binary content, not text"},
      {"control character", "a\x07", "f.txt:1:2: error: control character 0x07: binary content, not text"},
      {"bad lead byte, column in characters", "ok\n\xE2\x80\x99x\xFF", "f.txt:2:3: error: invalid UTF-8 (byte 0xFF)"},
      {"truncated sequence", "abc\xE2\x80", "f.txt:1:4: error: invalid UTF-8 (byte 0xE2)"},
      {"overlong", "\xC0\xAF", "f.txt:1:1: error: invalid UTF-8 (byte 0xC0)"},
      {"surrogate", "x\xED\xA0\x80", "f.txt:1:2: error: invalid UTF-8 (byte 0xED)"},
      {"latin-1 text", "caf\xE9\n", "f.txt:1:4: error: invalid UTF-8 (byte 0xE9)"},
      {"one huge line", "ok\n" + std::string(indexer::kMaxLineBytes + 1, 'a'),
       "f.txt:2: error: line longer than 1048576 bytes: not text that splits into passages"},
  };
  for (const ErrorRow& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      auto result = read_lines("f.txt", row.input);
      BOOST_REQUIRE(!result.is_ok());
      BOOST_TEST((result.status().kind() == analysis::Status::Kind::kInvalidInput));
      BOOST_TEST(result.status().message() == row.message);
    }
  }
}

BOOST_AUTO_TEST_CASE(utf8_length_counts_characters) {
  BOOST_TEST(indexer::utf8_length("Japan\xE2\x80\x99s") == 7);
  BOOST_TEST(indexer::utf8_length("") == 0);
}
