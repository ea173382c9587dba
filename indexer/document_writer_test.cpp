#define BOOST_TEST_MODULE document_writer
#include <boost/test/unit_test.hpp>

#include <string>

#include "indexer/document_writer.h"

BOOST_AUTO_TEST_CASE(duplicate_note_numbers_keep_both_notes) {
  indexer::CorpusEntry entry;
  entry.id = "doc";
  indexer::ParsedDocument parsed;
  for (const char* text : {"First note twelve.", "Second note twelve."}) {
    indexer::Note note;
    note.number = 12;
    note.text = text;
    parsed.notes.push_back(note);
  }
  const auto records = indexer::build_records(entry, parsed);
  BOOST_REQUIRE_EQUAL(records.size(), 2u);
  BOOST_TEST(records[0].id == "doc:note12");
  BOOST_TEST(records[1].id == "doc:note12-2");
  BOOST_TEST(records[1].text == "Second note twelve.");
}

BOOST_AUTO_TEST_CASE(passages_carry_their_notes_resolved) {
  indexer::CorpusEntry entry;
  entry.id = "doc";
  entry.file = "corpus/doc.txt";
  indexer::ParsedDocument parsed;
  indexer::Passage passage;
  passage.ordinal = 1;
  passage.line_start = 4;
  passage.line_end = 6;
  passage.text = "Budgets grew.[1] They grew again.[2] See the annex.[7]";
  passage.cited_notes = {1, 2, 7};
  parsed.passages.push_back(passage);
  indexer::Note first;
  first.number = 1;
  first.text = "Treasury, Annual Report 2019, https://example.org/r.pdf.";
  first.urls = {"https://example.org/r.pdf"};
  indexer::Note second;
  second.number = 2;
  second.text = "Ibid., p. 4.";
  second.ibid_of = 1;
  parsed.notes = {first, second};
  const auto records = indexer::build_records(entry, parsed);
  BOOST_REQUIRE_EQUAL(records.size(), 3u);
  const auto& cited = records[0].cited_notes;
  BOOST_REQUIRE_EQUAL(cited.size(), 3u);
  BOOST_TEST(cited[0].text == first.text);
  BOOST_TEST(cited[0].urls == first.urls, boost::test_tools::per_element());
  BOOST_TEST(cited[1].text == "Ibid., p. 4.");
  BOOST_TEST(cited[1].ibid_text == first.text);
  BOOST_TEST(!cited[2].found);  // a marker without a note
  BOOST_REQUIRE_EQUAL(records[1].cited_by.size(), 1u);
  BOOST_TEST(records[1].cited_by[0].id == "doc:p1");
  BOOST_TEST(records[1].cited_by[0].line_start == 4);
  BOOST_REQUIRE_EQUAL(records[2].cited_notes.size(), 1u);  // the Ibid. note shows the note it repeats
  BOOST_TEST(records[2].cited_notes[0].number == 1);
}
