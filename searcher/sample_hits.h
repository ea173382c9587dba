// @brief Test support: hand-made QueryResults for the printer tests (no Xapian involved).
#pragma once

#include "searcher/hit.h"

namespace searcher::testing {

// A passage citing note 11 and note 12 (an Ibid. of 11), with "cyber" highlighted.
inline Hit sample_passage_hit() {
  Hit hit;
  hit.rank = 1;
  hit.score = 12.345;
  hit.percent = 100;
  hit.record = {"iiss-japan-2021:p30", "passage", "iiss-japan-2021", "Japan (chapter 7)",
                {"Strategy and doctrine"}, "corpus/iiss-japan-2021.txt", 30, 82, 84,
                "Japan's 2020 defence white paper\tsays cyber.[11] It stresses C4I.[12]", {11, 12},
                std::nullopt, {}, std::nullopt, {}, {}, "/p/corpus/iiss-japan-2021.txt"};
  hit.snippet = {"Japan's 2020 defence white paper says cyber.", {{38, 43, 38, 43}}};
  hit.notes = {{11, "Ministry of Defense, Defense of Japan 2020, 2020, p. 41.", {"https://www.mod.go.jp/e/"},
                std::nullopt, "", true},
               {12, "Ibid., pp. 218, 267.", {}, 11, "Ministry of Defense, Defense of Japan 2020, 2020, p. 41.", true}};
  return hit;
}

// Note 12 itself: an Ibid. of 11, cited by one passage.
inline Hit sample_note_hit() {
  Hit hit;
  hit.rank = 2;
  hit.score = 3.0;
  hit.percent = 25;
  hit.record = {"iiss-japan-2021:note12", "note", "iiss-japan-2021", "Japan (chapter 7)", {"Notes"},
                "corpus/iiss-japan-2021.txt", 70, 168, 168, "Ibid., pp. 218, 267.", {}, 12, {}, 11,
                {{"iiss-japan-2021:p30", 82, 84}}, {}, "/p/corpus/iiss-japan-2021.txt"};
  hit.snippet = {"Ibid., pp. 218, 267.", {}};
  hit.notes = {{11, "Ministry of Defense, Defense of Japan 2020, 2020, p. 41.", {}, std::nullopt, "", true}};
  hit.cited_by = {{"iiss-japan-2021:p30", "corpus/iiss-japan-2021.txt", 82, 84}};
  return hit;
}

// A glossary entry with no section and a line break in its text, citing a note the index lacks.
inline Hit sample_glossary_hit() {
  Hit hit;
  hit.rank = 3;
  hit.score = 1.25;
  hit.percent = 10;
  hit.record = {"iiss-japan-2021:glossary1", "glossary", "iiss-japan-2021", "Japan (chapter 7)", {},
                "corpus/iiss-japan-2021.txt", 5, 20, 30, "MoD Ministry of Defense\nJSDF Japan Self-Defense Forces",
                {9}, std::nullopt, {}, std::nullopt, {}, {}, "/p/corpus/iiss-japan-2021.txt"};
  hit.snippet = {"MoD Ministry of Defense JSDF", {{0, 3, 0, 3}}};
  hit.notes = {{9, "", {}, std::nullopt, "", false}};
  return hit;
}

inline QueryResult sample_result() {
  QueryResult result;
  result.query = "cyber \"white paper\"";
  result.matches_estimated = 42;
  result.hits = {sample_passage_hit(), sample_note_hit(), sample_glossary_hit()};
  return result;
}

inline QueryResult empty_result() {
  QueryResult result;
  result.query = "cybersecurty";
  result.suggestion = "cybersecurity";
  return result;
}

}  // namespace searcher::testing
