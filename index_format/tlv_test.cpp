// @brief Tests of the tagged-field encoding: varints at their byte boundaries, fields read back in
// order, unknown tags skipped, and every kind of truncation reported through ok().
#define BOOST_TEST_MODULE tlv
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "index_format/tlv.h"

using index_format::TlvReader;
using index_format::TlvWriter;

BOOST_AUTO_TEST_CASE(varints_round_trip_at_their_byte_boundaries) {
  struct Row {
    uint64_t value;
    size_t bytes;  // LEB128: 7 bits a byte
  };
  const std::vector<Row> rows = {
      {0, 1},
      {127, 1},
      {128, 2},
      {16383, 2},
      {16384, 3},
      {uint64_t{1} << 32, 5},
      {UINT64_MAX, 10},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.value) {
      std::string out;
      TlvWriter::put_varint(out, row.value);
      BOOST_TEST(out.size() == row.bytes);
      size_t pos = 0;
      uint64_t back = 1;
      BOOST_TEST(TlvReader::get_varint(out, &pos, &back));
      BOOST_TEST(back == row.value);
      BOOST_TEST(pos == out.size());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_varint_cut_short_or_longer_than_ten_bytes_is_refused) {
  struct Row {
    std::string name;
    std::string bytes;
  };
  const std::vector<Row> rows = {
      {"empty", ""},
      {"continuation bit on the last byte", "\x80"},
      {"two continuation bytes and nothing after", "\xff\xff"},
      {"eleven bytes", std::string(10, '\x80') + '\x01'},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      size_t pos = 0;
      uint64_t value = 0;
      BOOST_TEST(!TlvReader::get_varint(row.bytes, &pos, &value));
    }
  }
}

BOOST_AUTO_TEST_CASE(fields_come_back_in_order_with_their_tags) {
  TlvWriter w;
  w.add_bytes(1, "Ministry of Defense");
  w.add_uint(2, 300);
  w.add_bytes(3, "");
  w.add_bytes(200, std::string("a\0b", 3));  // a tag over one byte, bytes holding a NUL
  w.add_uint(1, 0);                          // a repeated tag
  TlvReader r(w.data());
  uint64_t n = 0;

  BOOST_REQUIRE(r.next());
  BOOST_TEST(r.tag() == 1u);
  BOOST_TEST(r.bytes() == "Ministry of Defense");
  BOOST_REQUIRE(r.next());
  BOOST_TEST(r.tag() == 2u);
  BOOST_TEST(r.as_uint(&n));
  BOOST_TEST(n == 300u);
  BOOST_REQUIRE(r.next());
  BOOST_TEST(r.tag() == 3u);
  BOOST_TEST(r.bytes().empty());
  BOOST_REQUIRE(r.next());
  BOOST_TEST(r.tag() == 200u);
  BOOST_TEST(r.bytes() == std::string("a\0b", 3));
  BOOST_REQUIRE(r.next());
  BOOST_TEST(r.tag() == 1u);
  BOOST_TEST(r.as_uint(&n));
  BOOST_TEST(n == 0u);
  BOOST_TEST(!r.next());
  BOOST_TEST(r.ok());
}

BOOST_AUTO_TEST_CASE(take_leaves_the_writer_empty) {
  TlvWriter w;
  w.add_uint(1, 5);
  const std::string taken = w.take();
  BOOST_TEST(taken == std::string("\x01\x01\x05"));
  w.add_uint(2, 6);
  BOOST_TEST(w.data() == std::string("\x02\x01\x06"));
}

// What makes the format extensible: a reader that knows tags 1 and 3 gets them both, whatever
// lies between, by skipping on the length alone.
BOOST_AUTO_TEST_CASE(a_reader_skips_tags_it_does_not_know) {
  TlvWriter nested;
  nested.add_bytes(1, "inside");
  TlvWriter w;
  w.add_bytes(1, "first");
  w.add_bytes(99, nested.data());
  w.add_uint(100, UINT64_MAX);
  w.add_bytes(3, "last");
  std::vector<std::string> known;
  TlvReader r(w.data());
  while (r.next()) {
    if (r.tag() == 1 || r.tag() == 3) known.emplace_back(r.bytes());
  }
  BOOST_TEST(r.ok());
  BOOST_TEST(known == (std::vector<std::string>{"first", "last"}));
}

BOOST_AUTO_TEST_CASE(an_empty_buffer_has_no_fields_and_is_ok) {
  TlvReader r("");
  BOOST_TEST(!r.next());
  BOOST_TEST(r.ok());
}

BOOST_AUTO_TEST_CASE(malformed_fields_end_the_reading_with_ok_false) {
  struct Row {
    std::string name;
    std::string bytes;
  };
  TlvWriter good;
  good.add_bytes(1, "abc");
  const std::string field = good.data();  // "\x01\x03abc"
  const std::vector<Row> rows = {
      {"truncated tag varint", "\x81"},
      {"no length", "\x01"},
      {"truncated length varint", std::string("\x01\x83", 2)},
      {"length past the end", field.substr(0, field.size() - 1)},
      {"length past the end after a good field", field + "\x02\x05xy"},
      {"length near 2^64", field + std::string("\x02", 1) + std::string(9, '\xff') + '\x01'},
      {"tag over 32 bits", std::string("\x80\x80\x80\x80\x10\x00", 6)},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      TlvReader r(row.bytes);
      while (r.next()) {
      }
      BOOST_TEST(!r.ok());
      BOOST_TEST(!r.next());  // stays failed
    }
  }
}

BOOST_AUTO_TEST_CASE(as_uint_refuses_bytes_that_are_not_exactly_one_varint) {
  struct Row {
    std::string name;
    std::string bytes;
    bool ok;
    uint64_t value;
  };
  const std::vector<Row> rows = {
      {"one byte", "\x05", true, 5},
      {"two bytes", "\xac\x02", true, 300},
      {"empty", "", false, 0},
      {"text", "abc", false, 0},  // 'a' is a whole varint: bytes left over
      {"truncated", "\x80", false, 0},
      {"a varint and a byte more", "\x05\x06", false, 0},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      TlvWriter w;
      w.add_bytes(7, row.bytes);
      TlvReader r(w.data());
      BOOST_REQUIRE(r.next());
      uint64_t value = 0;
      BOOST_TEST(r.as_uint(&value) == row.ok);
      BOOST_TEST(r.ok() == row.ok);
      if (row.ok) BOOST_TEST(value == row.value);
    }
  }
}
