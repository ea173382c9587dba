#define BOOST_TEST_MODULE ibid_resolver
#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>
#include <vector>

#include "indexer/ibid_resolver.h"

using namespace indexer;

namespace {
Note note(int number, const std::string& text) {
  Note n;
  n.number = number;
  n.line_start = n.line_end = 100 + number;
  n.text = text;
  return n;
}
}  // namespace

BOOST_AUTO_TEST_CASE(is_ibid_rows) {
  BOOST_TEST(is_ibid("Ibid."));
  BOOST_TEST(is_ibid("Ibid., pp. 218, 267."));
  BOOST_TEST(is_ibid("ibid"));
  BOOST_TEST(!is_ibid("Ibidem Press, 2019."));
  BOOST_TEST(!is_ibid("See Ibid."));
  BOOST_TEST(!is_ibid(""));
}

BOOST_AUTO_TEST_CASE(links_to_nearest_non_ibid) {
  std::vector<Note> notes = {note(11, "Ministry of Defense, Defense of Japan 2020."), note(12, "Ibid., pp. 218, 267."),
                             note(13, "Ibid."), note(36, "METI, Framework."), note(37, "Ibid."),
                             note(38, "Chuvpilo, Rankings."), note(39, "Ibid.")};
  const std::vector<Warning> warnings = resolve_ibid("f.txt", notes);
  BOOST_TEST(warnings.empty());
  const std::vector<std::optional<int>> expected = {std::nullopt, 11, 11, std::nullopt, 36, std::nullopt, 38};
  for (size_t i = 0; i < notes.size(); ++i) {
    BOOST_TEST_CONTEXT("note " << notes[i].number) { BOOST_TEST((notes[i].ibid_of == expected[i])); }
  }
}

BOOST_AUTO_TEST_CASE(ibid_first_warns) {
  std::vector<Note> notes = {note(1, "Ibid."), note(2, "A source.")};
  const std::vector<Warning> warnings = resolve_ibid("f.txt", notes);
  BOOST_TEST(!notes[0].ibid_of.has_value());
  BOOST_REQUIRE_EQUAL(warnings.size(), 1u);
  BOOST_TEST(warnings[0].to_string() == "f.txt:101: warning: note 1 is Ibid. but no note precedes it");
}
