// @brief Test-only: the invariant every pipeline test checks on a parsed document (line spans
// ascend and stay inside the file, ordinals count up, every marker resolves to a note).
#pragma once

#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include "indexer/document_model.h"

namespace indexer::testing {

// Checks `doc`, parsed from a file of `line_count` lines. With `markers_resolve`, every cited
// note number must be a note of `doc` and appear as "[n]" in the passage text.
inline void check_invariants(const ParsedDocument& doc, int line_count, bool markers_resolve = true) {
  std::set<int> notes;
  for (const Note& note : doc.notes) {
    notes.insert(note.number);
    BOOST_TEST(note.line_start >= 1);
    BOOST_TEST(note.line_start <= note.line_end);
    BOOST_TEST(note.line_end <= line_count);
  }
  int previous_start = 0;
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    const Passage& p = doc.passages[i];
    BOOST_TEST_CONTEXT("passage " << p.ordinal << " lines " << p.line_start << "-" << p.line_end) {
      BOOST_TEST(p.ordinal == static_cast<int>(i) + 1);
      BOOST_TEST(p.line_start > previous_start);
      BOOST_TEST(p.line_start <= p.line_end);
      BOOST_TEST(p.line_end <= line_count);
      BOOST_TEST(!p.text.empty());
      BOOST_TEST(p.index_text.find('\x01') == std::string::npos);
      previous_start = p.line_start;
      std::set<int> seen;
      for (int n : p.cited_notes) {
        BOOST_TEST(seen.insert(n).second, "note " << n << " cited twice in cited_notes");
        BOOST_TEST(p.text.find("[" + std::to_string(n) + "]") != std::string::npos);
        if (markers_resolve) BOOST_TEST(notes.count(n) == 1u, "marker " << n << " has no note");
      }
    }
  }
  for (const AcronymDefinition& pair : doc.glossary) {
    BOOST_TEST(pair.line >= 1);
    BOOST_TEST(pair.line <= line_count);
  }
}

}  // namespace indexer::testing
