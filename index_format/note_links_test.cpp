// @brief Tests of link_notes: note citations resolved within one document at index time.
#define BOOST_TEST_MODULE note_links
#include <boost/test/unit_test.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "index_format/note_links.h"

using index_format::CitedNote;
using index_format::CitingRef;
using index_format::PassageRecord;

namespace {

PassageRecord passage(int ordinal, std::vector<int> notes, int line) {
  PassageRecord r;
  r.id = "d:p" + std::to_string(ordinal);
  r.kind = "passage";
  r.doc = "d";
  r.ordinal = ordinal;
  r.line_start = line;
  r.line_end = line + 1;
  r.notes = std::move(notes);
  return r;
}

PassageRecord note(int number, const std::string& text, std::optional<int> ibid_of = std::nullopt,
                   std::vector<std::string> urls = {}, const std::string& id_suffix = "") {
  PassageRecord r;
  r.id = "d:note" + std::to_string(number) + id_suffix;
  r.kind = "note";
  r.doc = "d";
  r.number = number;
  r.text = text;
  r.ibid_of = ibid_of;
  r.urls = std::move(urls);
  r.line_start = r.line_end = 100 + number;
  return r;
}

const PassageRecord& by_id(const std::vector<PassageRecord>& records, const std::string& id) {
  for (const auto& r : records) {
    if (r.id == id) return r;
  }
  throw std::runtime_error("no record " + id);
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_passage_cites_its_notes_in_order_resolved) {
  std::vector<PassageRecord> records = {
      passage(1, {2, 1}, 10),
      note(1, "Ministry of Defense, Defense of Japan 2020.", std::nullopt, {"https://www.mod.go.jp/"}),
      note(2, "NISC, Cybersecurity Strategy, 2018."),
  };
  index_format::link_notes(records);
  const std::vector<CitedNote> expected = {
      {2, "NISC, Cybersecurity Strategy, 2018.", {}, std::nullopt, "", true},
      {1, "Ministry of Defense, Defense of Japan 2020.", {"https://www.mod.go.jp/"}, std::nullopt, "", true},
  };
  BOOST_TEST((by_id(records, "d:p1").cited_notes == expected));
  BOOST_TEST(by_id(records, "d:p1").cited_by.empty());
}

BOOST_AUTO_TEST_CASE(an_ibid_gets_the_text_of_the_note_it_repeats_through_a_chain) {
  std::vector<PassageRecord> records = {
      passage(1, {12, 13}, 10),
      note(11, "Ministry of Defense, Defense of Japan 2020."),
      note(12, "Ibid., pp. 218, 267.", 11),
      note(13, "Ibid., p. 300.", 12),  // Ibid. of an Ibid.: the text is note 11's
  };
  index_format::link_notes(records);
  const auto& cited = by_id(records, "d:p1").cited_notes;
  BOOST_REQUIRE(cited.size() == 2u);
  BOOST_TEST((cited[0] == CitedNote{12, "Ibid., pp. 218, 267.", {}, 11, "Ministry of Defense, Defense of Japan 2020.", true}));
  BOOST_TEST((cited[1] == CitedNote{13, "Ibid., p. 300.", {}, 12, "Ministry of Defense, Defense of Japan 2020.", true}));
}

BOOST_AUTO_TEST_CASE(an_ibid_of_a_missing_note_has_no_ibid_text) {
  std::vector<PassageRecord> records = {passage(1, {12}, 10), note(12, "Ibid.", 11)};
  index_format::link_notes(records);
  const auto& cited = by_id(records, "d:p1").cited_notes;
  BOOST_REQUIRE(cited.size() == 1u);
  BOOST_TEST((cited[0] == CitedNote{12, "Ibid.", {}, 11, "", true}));
}

BOOST_AUTO_TEST_CASE(a_marker_without_a_note_is_not_found) {
  std::vector<PassageRecord> records = {passage(1, {7, 1}, 10), note(1, "A note.")};
  index_format::link_notes(records);
  const auto& cited = by_id(records, "d:p1").cited_notes;
  BOOST_REQUIRE(cited.size() == 2u);
  BOOST_TEST((cited[0] == CitedNote{7, "", {}, std::nullopt, "", false}));
  BOOST_TEST(cited[1].found);
  BOOST_TEST((by_id(records, "d:note1").cited_by == std::vector<CitingRef>{{"d:p1", 10, 11}}));
}

// The note parser warns about a repeated number; the indexer keeps both, the second as
// "<doc>:note<n>-2". Citations go to the first, as a reader of the document would take them.
BOOST_AUTO_TEST_CASE(the_first_note_of_a_duplicated_number_gets_the_citations) {
  std::vector<PassageRecord> records = {
      passage(1, {5}, 10),
      note(5, "The first note five."),
      passage(2, {5}, 20),
      note(5, "The second note five.", std::nullopt, {}, "-2"),
  };
  index_format::link_notes(records);
  BOOST_TEST((by_id(records, "d:note5").cited_by == std::vector<CitingRef>{{"d:p1", 10, 11}, {"d:p2", 20, 21}}));
  BOOST_TEST(by_id(records, "d:note5-2").cited_by.empty());
  BOOST_TEST(by_id(records, "d:p2").cited_notes.at(0).text == "The first note five.");
}

BOOST_AUTO_TEST_CASE(an_ibid_note_cites_the_note_it_repeats) {
  std::vector<PassageRecord> records = {
      note(11, "Ministry of Defense, Defense of Japan 2020.", std::nullopt, {"https://www.mod.go.jp/"}),
      note(12, "Ibid., pp. 218, 267.", 11),
  };
  index_format::link_notes(records);
  BOOST_TEST((by_id(records, "d:note12").cited_notes ==
              std::vector<CitedNote>{{11, "Ministry of Defense, Defense of Japan 2020.", {"https://www.mod.go.jp/"}, std::nullopt, "", true}}));
  BOOST_TEST(by_id(records, "d:note11").cited_notes.empty());
  // Being repeated by an Ibid. is not being cited by a passage.
  BOOST_TEST(by_id(records, "d:note11").cited_by.empty());
}

BOOST_AUTO_TEST_CASE(notes_pointing_at_each_other_terminate) {
  std::vector<PassageRecord> records = {
      passage(1, {1, 3}, 10),
      note(1, "Ibid. one", 2),
      note(2, "Ibid. two", 1),
      note(3, "Ibid. three", 3),  // points at itself
  };
  index_format::link_notes(records);
  const auto& cited = by_id(records, "d:p1").cited_notes;
  BOOST_REQUIRE(cited.size() == 2u);
  BOOST_TEST(cited[0].number == 1);
  BOOST_TEST((cited[0].ibid_of == std::optional<int>(2)));
  BOOST_TEST((cited[0].ibid_text == "Ibid. one" || cited[0].ibid_text == "Ibid. two"));
  BOOST_TEST(cited[1].ibid_text == "Ibid. three");
}

BOOST_AUTO_TEST_CASE(links_are_replaced_not_added_to) {
  std::vector<PassageRecord> records = {passage(1, {1}, 10), note(1, "A note.")};
  index_format::link_notes(records);
  index_format::link_notes(records);
  BOOST_TEST(by_id(records, "d:p1").cited_notes.size() == 1u);
  BOOST_TEST(by_id(records, "d:note1").cited_by.size() == 1u);
}

BOOST_AUTO_TEST_CASE(glossary_entries_cite_notes_like_passages) {
  std::vector<PassageRecord> records = {passage(1, {1}, 10), note(1, "A note.")};
  records[0].kind = "glossary";
  records[0].id = "d:glossary1";
  index_format::link_notes(records);
  BOOST_TEST(by_id(records, "d:glossary1").cited_notes.size() == 1u);
  BOOST_TEST((by_id(records, "d:note1").cited_by == std::vector<CitingRef>{{"d:glossary1", 10, 11}}));
}
