// @brief Tests of the record and document-entry codecs: every field round trips, the field mask
// skips what a reader does not ask for, unknown tags are tolerated, malformed values are errors,
// and a record is smaller than the JSON it replaced.
#define BOOST_TEST_MODULE record_codec
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "index_format/record_codec.h"
#include "index_format/record_compression.h"
#include "index_format/tlv.h"
#include "index_format/word_lists_codec.h"

using index_format::CitedNote;
using index_format::CitingRef;
using index_format::DocumentInfo;
using index_format::PassageRecord;
using index_format::decode_record;
using index_format::encode_record;

namespace {

// The plain form (format byte 1, fields as they are) of an encoded record, compressed or not:
// what tests that edit a record's fields work on.
std::string plain(const std::string& encoded) {
  if (encoded.empty() || encoded[0] != index_format::kCompressedRecordFormat) return encoded;
  auto fields = index_format::decompress_fields(std::string_view(encoded).substr(1));
  BOOST_REQUIRE(fields.is_ok());
  return std::string(1, index_format::kRecordFormat) + fields.value();
}

// A passage as the indexer writes it: section path, cited notes resolved (one an Ibid., one a
// marker without a note).
PassageRecord typical_passage() {
  PassageRecord r;
  r.id = index_format::passage_id("iiss-japan-2021", 14);
  r.kind = "passage";
  r.doc = "iiss-japan-2021";
  r.section = {"Strategy and doctrine", "Defence white paper"};
  r.ordinal = 14;
  r.line_start = 43;
  r.line_end = 45;
  r.text =
      "Japan's 2020 defence white paper emphasises that cyberspace 'could drastically change the conduct "
      "of warfare'.[11] It also notes that the Ministry of Defense (MoD) has built up its cyber units.[12][13]";
  r.notes = {11, 12, 13};
  r.cited_notes = {
      {11, "Ministry of Defense, Defense of Japan 2020, 2020, p. 41.", {"https://www.mod.go.jp/e/publ/w_paper/"},
       std::nullopt, "", true},
      {12, "Ibid., pp. 218, 267.", {}, 11, "Ministry of Defense, Defense of Japan 2020, 2020, p. 41.", true},
      {13, "", {}, std::nullopt, "", false},
  };
  return r;
}

// A note: number, URLs, Ibid. link, the passages citing it and the note it repeats.
PassageRecord typical_note() {
  PassageRecord r;
  r.id = index_format::note_id("iiss-japan-2021", 12);
  r.kind = "note";
  r.doc = "iiss-japan-2021";
  r.section = {"Notes"};
  r.ordinal = 12;
  r.line_start = 168;
  r.line_end = 169;
  r.text = "Ibid., pp. 218, 267, https://www.mod.go.jp/e/";
  r.number = 12;
  r.urls = {"https://www.mod.go.jp/e/", "http://example.org/x"};
  r.ibid_of = 11;
  r.cited_by = {{"iiss-japan-2021:p14", 43, 45}, {"iiss-japan-2021:p20", 60, 60}};
  r.cited_notes = {{11, "Ministry of Defense, Defense of Japan 2020.", {"https://www.mod.go.jp/"}, std::nullopt, "", true}};
  return r;
}

// The JSON the records were stored as before the binary format (field names as the old record).
std::string as_json(const PassageRecord& r) {
  nlohmann::json j;
  j["id"] = r.id;
  j["kind"] = r.kind;
  j["doc"] = r.doc;
  j["title"] = "Japan (chapter 7 of Cyber Capabilities and National Power: A Net Assessment)";
  j["file"] = "corpus/iiss-japan-2021.txt";
  j["section"] = r.section;
  j["ordinal"] = r.ordinal;
  j["line_start"] = r.line_start;
  j["line_end"] = r.line_end;
  j["text"] = r.text;
  j["notes"] = r.notes;
  if (r.number) j["number"] = *r.number;
  j["urls"] = r.urls;
  if (r.ibid_of) j["ibid_of"] = *r.ibid_of;
  nlohmann::json citing = nlohmann::json::array();
  for (const auto& c : r.cited_by) citing.push_back({{"id", c.id}, {"line_start", c.line_start}, {"line_end", c.line_end}});
  j["cited_by"] = citing;
  nlohmann::json cited = nlohmann::json::array();
  for (const auto& n : r.cited_notes) {
    nlohmann::json c;
    c["number"] = n.number;
    c["text"] = n.text;
    c["urls"] = n.urls;
    if (n.ibid_of) c["ibid_of"] = *n.ibid_of;
    c["ibid_text"] = n.ibid_text;
    c["found"] = n.found;
    cited.push_back(c);
  }
  j["cited_notes"] = cited;
  return j.dump();
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_stored_field_round_trips) {
  for (const PassageRecord& r : {typical_passage(), typical_note()}) {
    BOOST_TEST_CONTEXT(r.id) {
      auto back = decode_record(encode_record(r));
      BOOST_REQUIRE(back.is_ok());
      BOOST_TEST((back.value() == r));
    }
  }
}

BOOST_AUTO_TEST_CASE(stable_ids) {
  BOOST_TEST(index_format::passage_id("d", 3) == "d:p3");
  BOOST_TEST(index_format::note_id("iiss-japan-2021", 12) == "iiss-japan-2021:note12");
  BOOST_TEST(index_format::glossary_id("d", 1) == "d:glossary1");
}

BOOST_AUTO_TEST_CASE(a_passage_is_told_from_its_id) {
  for (const std::string doc : {"d", "reply-2019", "odd:p7", "p1"}) {
    BOOST_TEST_CONTEXT(doc) {
      BOOST_TEST(index_format::is_passage_id(index_format::passage_id(doc, 1)));
      BOOST_TEST(index_format::is_passage_id(index_format::passage_id(doc, 120)));
      BOOST_TEST(!index_format::is_passage_id(index_format::note_id(doc, 3)));
      BOOST_TEST(!index_format::is_passage_id(index_format::glossary_id(doc, 1)));
    }
  }
  for (const char* id : {"", "p1", "d:", "d:p", "d:px", "d:p1x", "d:note1"}) BOOST_TEST(!index_format::is_passage_id(id), id);
}

BOOST_AUTO_TEST_CASE(title_and_file_are_not_stored_in_the_record) {
  PassageRecord r = typical_passage();
  r.title = "Japan (chapter 7)";
  r.file = "corpus/iiss-japan-2021.txt";
  const std::string data = encode_record(r);
  BOOST_TEST(data.find("chapter 7") == std::string::npos);
  BOOST_TEST(data.find("corpus/") == std::string::npos);
  auto back = decode_record(data);
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST(back->title.empty());
  BOOST_TEST(back->file.empty());
}

BOOST_AUTO_TEST_CASE(empty_and_absent_fields_round_trip) {
  PassageRecord r;
  r.id = "d:glossary1";
  r.kind = "glossary";
  r.doc = "d";
  auto back = decode_record(encode_record(r));
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST((back.value() == r));
  BOOST_TEST(!back->number.has_value());
  BOOST_TEST(!back->ibid_of.has_value());
}

BOOST_AUTO_TEST_CASE(the_field_mask_skips_what_is_not_asked_for_but_keeps_identity) {
  struct Row {
    std::string name;
    uint32_t fields;
    bool section, text, notes, urls, cited_by;
  };
  using namespace index_format;
  const std::vector<Row> rows = {
      {"identity only", kFieldIdentity, false, false, false, false, false},
      {"nothing asked", 0, false, false, false, false, false},
      {"section", kFieldSection, true, false, false, false, false},
      {"text", kFieldText, false, true, false, false, false},
      {"notes", kFieldNotes, false, false, true, false, false},
      {"urls", kFieldUrls, false, false, false, true, false},
      {"cited_by", kFieldCitedBy, false, false, false, false, true},
      {"text and notes", kFieldText | kFieldNotes, false, true, true, false, false},
      {"all", kAllFields, true, true, true, true, true},
  };
  // A record with every field set, so each flag has something to keep or skip.
  PassageRecord full = typical_note();
  full.notes = {3, 4};
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      auto back = decode_record(encode_record(full), row.fields);
      BOOST_REQUIRE(back.is_ok());
      const PassageRecord& r = back.value();
      BOOST_TEST(r.id == full.id);
      BOOST_TEST(r.kind == full.kind);
      BOOST_TEST(r.doc == full.doc);
      BOOST_TEST(r.ordinal == full.ordinal);
      BOOST_TEST(r.line_start == full.line_start);
      BOOST_TEST(r.line_end == full.line_end);
      BOOST_TEST((r.number == full.number));
      BOOST_TEST((r.ibid_of == full.ibid_of));
      BOOST_TEST((r.section == (row.section ? full.section : std::vector<std::string>{})));
      BOOST_TEST(r.text == (row.text ? full.text : std::string()));
      BOOST_TEST((r.notes == (row.notes ? full.notes : std::vector<int>{})));
      BOOST_TEST((r.cited_notes == (row.notes ? full.cited_notes : std::vector<CitedNote>{})));
      BOOST_TEST((r.urls == (row.urls ? full.urls : std::vector<std::string>{})));
      BOOST_TEST((r.cited_by == (row.cited_by ? full.cited_by : std::vector<CitingRef>{})));
    }
  }
}

// A field added by a later version (an unknown tag, here also inside a cited note) must not stop
// an older reader: that is what lets a field be added without a schema bump.
BOOST_AUTO_TEST_CASE(a_record_with_fields_added_later_still_decodes) {
  const PassageRecord r = typical_passage();
  std::string data = plain(encode_record(r));
  index_format::TlvWriter extra;
  extra.add_bytes(1000, "a field of a later version");
  extra.add_uint(77, 123456789);
  data += extra.data();
  // And a cited note carrying an unknown tag of its own (tag 14 is the record's cited note).
  index_format::TlvWriter note;
  note.add_uint(1, 99);
  note.add_bytes(2, "a note");
  note.add_bytes(500, "unknown inside the note");
  index_format::TlvWriter nested;
  nested.add_bytes(14, note.data());
  data += nested.data();

  auto back = decode_record(data);
  BOOST_REQUIRE(back.is_ok());
  PassageRecord expected = r;
  expected.cited_notes.push_back({99, "a note", {}, std::nullopt, "", true});
  BOOST_TEST((back.value() == expected));
}

BOOST_AUTO_TEST_CASE(malformed_records_are_errors_with_a_message) {
  struct Row {
    std::string name;
    std::string data;
    std::string message;  // a part of the message
  };
  const std::string good = plain(encode_record(typical_passage()));
  const std::string packed = encode_record(typical_passage());
  index_format::TlvWriter no_kind;
  no_kind.add_bytes(1, "d:p1");
  index_format::TlvWriter huge_ordinal;
  huge_ordinal.add_bytes(1, "d:p1");
  huge_ordinal.add_bytes(2, "passage");
  huge_ordinal.add_uint(5, uint64_t{1} << 40);
  index_format::TlvWriter text_ordinal;
  text_ordinal.add_bytes(1, "d:p1");
  text_ordinal.add_bytes(2, "passage");
  text_ordinal.add_bytes(5, "twelve");
  index_format::TlvWriter bad_cited_note;
  bad_cited_note.add_bytes(1, "d:p1");
  bad_cited_note.add_bytes(2, "passage");
  bad_cited_note.add_bytes(14, "\x01\x05");  // a note number field cut short
  const std::vector<Row> rows = {
      {"empty", "", "format 1 or 2"},
      {"old JSON record", R"({"id":"d:p1","kind":"passage","text":"cyber"})", "another schema version"},
      {"JSON array", "[1,2]", "format 1 or 2"},
      {"format byte alone", std::string(1, index_format::kRecordFormat), "no id or kind"},
      {"truncated by one byte", good.substr(0, good.size() - 1), "truncated"},
      {"truncated in the middle", good.substr(0, good.size() / 2), "truncated"},
      {"no kind", std::string(1, index_format::kRecordFormat) + no_kind.data(), "no id or kind"},
      {"ordinal out of int range", std::string(1, index_format::kRecordFormat) + huge_ordinal.data(), "out of range"},
      {"ordinal not a varint", std::string(1, index_format::kRecordFormat) + text_ordinal.data(), "out of range"},
      {"cited note truncated", std::string(1, index_format::kRecordFormat) + bad_cited_note.data(), "truncated"},
      {"compressed, truncated", packed.substr(0, packed.size() - 1), "damaged compressed data"},
      {"compressed, cut in the header", packed.substr(0, 3), "zstd"},
      {"compressed, not a frame", std::string(1, index_format::kCompressedRecordFormat) + "not zstd at all", "not a zstd frame"},
      {"compressed, damaged inside", packed.substr(0, packed.size() / 2) + std::string(packed.size() - packed.size() / 2, 'x'),
       "damaged compressed data"},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.name) {
      auto back = decode_record(row.data);
      BOOST_REQUIRE(!back.is_ok());
      BOOST_TEST((back.status().kind() == analysis::Status::Kind::kIndexError));
      BOOST_TEST(back.status().message().find("malformed record") != std::string::npos, back.status().message());
      BOOST_TEST(back.status().message().find(row.message) != std::string::npos, back.status().message());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_truncated_field_names_the_record_when_its_id_was_read) {
  const std::string good = plain(encode_record(typical_passage()));
  auto back = decode_record(good.substr(0, good.size() - 3));
  BOOST_REQUIRE(!back.is_ok());
  BOOST_TEST(back.status().message().find("iiss-japan-2021:p14") != std::string::npos, back.status().message());
}

BOOST_AUTO_TEST_CASE(records_zstd_shortens_are_stored_compressed_and_short_ones_plain) {
  const std::string passage = encode_record(typical_passage());
  BOOST_TEST(passage[0] == index_format::kCompressedRecordFormat);
  BOOST_TEST(passage.size() < plain(passage).size());
  PassageRecord tiny;
  tiny.id = "d:p1";
  tiny.kind = "passage";
  tiny.text = "Short.";
  const std::string short_one = encode_record(tiny);
  BOOST_TEST(short_one[0] == index_format::kRecordFormat);
  for (const std::string& data : {passage, short_one, plain(passage)}) {
    auto back = decode_record(data);
    BOOST_REQUIRE(back.is_ok());
    BOOST_TEST(back->id == (data == short_one ? tiny.id : typical_passage().id));
  }
}

BOOST_AUTO_TEST_CASE(a_frame_saying_it_holds_more_than_a_record_may_is_refused_unread) {
  const std::string zeros(index_format::kMaxRecordBytes + 1, '\0');
  const std::string frame = index_format::compress_fields(zeros);
  BOOST_REQUIRE(!frame.empty());
  auto back = decode_record(std::string(1, index_format::kCompressedRecordFormat) + frame);
  BOOST_REQUIRE(!back.is_ok());
  BOOST_TEST(back.status().message().find("excessive size") != std::string::npos, back.status().message());
}

BOOST_AUTO_TEST_CASE(document_info_round_trips) {
  const std::vector<DocumentInfo> rows = {
      {"iiss-japan-2021", "corpus/iiss-japan-2021.txt", "Japan (chapter 7 of Cyber Capabilities and National Power)",
       "IISS", "2021", ""},
      {"bare", "bare.txt", "bare", "", "", ""},  // publisher and year left out
      {"", "", "", "", "", ""},
  };
  for (const auto& info : rows) {
    BOOST_TEST_CONTEXT(info.id) {
      auto back = index_format::decode_document_info(index_format::encode_document_info(info));
      BOOST_REQUIRE(back.is_ok());
      BOOST_TEST((back.value() == info));
    }
  }
}

BOOST_AUTO_TEST_CASE(document_info_skips_unknown_tags) {
  const DocumentInfo info{"d", "corpus/d.txt", "D", "P", "2020", ""};
  index_format::TlvWriter extra;
  extra.add_bytes(42, "language: en");
  auto back = index_format::decode_document_info(index_format::encode_document_info(info) + extra.data());
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST((back.value() == info));
}

BOOST_AUTO_TEST_CASE(malformed_document_info_is_an_error_with_a_message) {
  const std::string good = index_format::encode_document_info({"d", "corpus/d.txt", "Title", "P", "2020", ""});
  const std::vector<std::string> rows = {
      "",
      R"({"id":"d","file":"corpus/d.txt"})",
      good.substr(0, good.size() - 1),
  };
  for (const auto& data : rows) {
    BOOST_TEST_CONTEXT(data) {
      auto back = index_format::decode_document_info(data);
      BOOST_REQUIRE(!back.is_ok());
      BOOST_TEST(back.status().message().find("malformed document entry") != std::string::npos, back.status().message());
    }
  }
}

// The point of the binary format: smaller records mean fewer blocks read per hit. Title and file
// are no longer repeated in every passage; field names are one-byte tags.
BOOST_AUTO_TEST_CASE(a_record_is_smaller_than_its_json) {
  for (const PassageRecord& r : {typical_passage(), typical_note()}) {
    BOOST_TEST_CONTEXT(r.id) {
      const size_t binary = encode_record(r).size();
      const size_t json = as_json(r).size();
      BOOST_TEST(binary < json);
      BOOST_TEST_MESSAGE(r.id << ": " << binary << " bytes, JSON " << json << ", text " << r.text.size());
      // Most of the binary is the text itself: the overhead stays under half the JSON's.
      BOOST_TEST(binary - r.text.size() < (json - r.text.size()) / 2);
    }
  }
}

BOOST_AUTO_TEST_CASE(word_lists_round_trip_in_a_stable_order) {
  analysis::WordLists lists;
  lists.stopwords = {"of", "the", "and"};
  lists.variants = {{"defence", "defense"}, {"organise", "organize"}};
  const std::string encoded = index_format::encode_word_lists(lists);
  auto back = index_format::decode_word_lists(encoded);
  BOOST_REQUIRE(back.is_ok());
  BOOST_TEST((back->stopwords == lists.stopwords));
  BOOST_TEST((back->variants == lists.variants));
  analysis::WordLists same;  // the same lists built in another order encode to the same bytes
  same.variants = {{"organise", "organize"}, {"defence", "defense"}};
  same.stopwords = {"and", "the", "of"};
  BOOST_TEST(index_format::encode_word_lists(same) == encoded);
  for (const std::string& bad : {std::string(), std::string("{\"stopwords\":[]}"), encoded.substr(0, encoded.size() - 3)})
    BOOST_TEST(!index_format::decode_word_lists(bad).is_ok());
}
