// @brief Tests of the per-document acronym definitions encoding: round trip, the document taken
// from the metadata key, and errors naming the document.
#define BOOST_TEST_MODULE acronym_definitions
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "index_format/acronym_definitions.h"
#include "index_format/tlv.h"

using index_format::AcronymDefinition;
using index_format::decode_acronym_definitions;
using index_format::encode_acronym_definitions;

BOOST_AUTO_TEST_CASE(definitions_round_trip_with_the_document_of_the_key) {
  const std::vector<std::vector<AcronymDefinition>> rows = {
      {},
      {{"MoD", "Ministry of Defense", "iiss-japan-2021", "corpus/iiss-japan-2021.txt", 12}},
      {{"NISC", "National center of Incident readiness and Strategy for Cybersecurity", "iiss-japan-2021",
        "corpus/iiss-japan-2021.txt", 30},
       {"C4I", "command, control, communications, computers and intelligence", "iiss-japan-2021",
        "corpus/iiss-japan-2021.txt", 2147483647},
       {"", "", "iiss-japan-2021", "", 0}},
  };
  for (const auto& definitions : rows) {
    BOOST_TEST_CONTEXT(definitions.size() << " definitions") {
      auto back = decode_acronym_definitions(encode_acronym_definitions(definitions), "iiss-japan-2021");
      BOOST_REQUIRE(back.is_ok());
      BOOST_TEST((back.value() == definitions));
    }
  }
}

// `doc` is not stored: a definition read under "acronyms:other" belongs to "other", whatever the
// definitions given to the encoder said.
BOOST_AUTO_TEST_CASE(the_document_comes_from_the_key_not_the_bytes) {
  const std::string data = encode_acronym_definitions({{"MoD", "Ministry of Defense", "written-as", "corpus/x.txt", 3}});
  BOOST_TEST(data.find("written-as") == std::string::npos);
  auto back = decode_acronym_definitions(data, "read-as");
  BOOST_REQUIRE(back.is_ok());
  BOOST_REQUIRE(back->size() == 1u);
  BOOST_TEST(back->front().doc == "read-as");
  BOOST_TEST(back->front().acronym == "MoD");
  BOOST_TEST(back->front().line == 3);
}

// A deleted entry reads back as "" from Xapian metadata: no definitions, not an error.
BOOST_AUTO_TEST_CASE(an_empty_value_is_no_definitions) {
  auto back = decode_acronym_definitions("", "d");
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST(back->empty());
}

BOOST_AUTO_TEST_CASE(unknown_tags_are_skipped) {
  std::string data = encode_acronym_definitions({{"MoD", "Ministry of Defense", "d", "corpus/d.txt", 3}});
  index_format::TlvWriter definition;
  definition.add_bytes(1, "CBM");
  definition.add_bytes(2, "confidence building measure");
  definition.add_bytes(9, "a field added later");
  index_format::TlvWriter list;
  list.add_bytes(7, "a list-level field added later");
  list.add_bytes(1, definition.data());
  data += list.data();
  auto back = decode_acronym_definitions(data, "d");
  BOOST_REQUIRE(back.is_ok());
  BOOST_REQUIRE(back->size() == 2u);
  BOOST_TEST((back->at(1) == AcronymDefinition{"CBM", "confidence building measure", "d", "", 0}));
}

BOOST_AUTO_TEST_CASE(malformed_definitions_are_an_error_naming_the_document) {
  const std::string good = encode_acronym_definitions({{"MoD", "Ministry of Defense", "d", "corpus/d.txt", 3}});
  index_format::TlvWriter bad_line;
  bad_line.add_bytes(4, "forty");
  index_format::TlvWriter huge_line;
  huge_line.add_uint(4, uint64_t{1} << 31);
  index_format::TlvWriter cut_inside;
  cut_inside.add_bytes(1, "\x01\x09MoD");  // the acronym field claims 9 bytes, has 3
  struct Row {
    std::string name;
    std::string data;
  };
  const std::vector<Row> rows = {
      {"old JSON", R"([{"acronym":"MoD","expansion":"Ministry of Defense"}])"},
      {"truncated list", good.substr(0, good.size() - 1)},
      {"truncated inside a definition", "\x01" + cut_inside.data()},
      {"line not a number", "\x01" + [&] {
         index_format::TlvWriter w;
         w.add_bytes(1, bad_line.data());
         return w.take();
       }()},
      {"line out of int range", "\x01" + [&] {
         index_format::TlvWriter w;
         w.add_bytes(1, huge_line.data());
         return w.take();
       }()},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      auto back = decode_acronym_definitions(row.data, "iiss-japan-2021");
      BOOST_REQUIRE(!back.is_ok());
      BOOST_TEST((back.status().kind() == analysis::Status::Kind::kIndexError));
      BOOST_TEST(back.status().message().find("'iiss-japan-2021'") != std::string::npos, back.status().message());
    }
  }
}
