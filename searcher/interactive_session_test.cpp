// @brief Tests for InteractiveSession on the fixture index, fed lines from a stream: queries as
// numbered pages, paging, :show, :similar, :open (a recording opener), :help, errors, :q.
#define BOOST_TEST_MODULE interactive_session
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "searcher/fixture_index.h"
#include "searcher/interactive_session.h"

using searcher::testing::FixtureIndex;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Opened {
  std::string file;
  int line = 0;
};

// Runs `input` through a session with pages of `limit` hits; returns what it wrote.
std::string session(const std::string& input, unsigned limit, std::vector<Opened>* opened = nullptr,
                    bool color = false) {
  FixtureIndex fixture;
  auto index = searcher::IndexReader::open(fixture.dir());
  BOOST_REQUIRE(index.is_ok());
  searcher::SessionSettings settings;
  settings.rank.limit = limit;
  settings.printer.color = color;
  std::ostringstream out;
  searcher::InteractiveSession session(*index.value(), settings, out, [&](const std::string& file, int line) {
    if (opened) opened->push_back({file, line});
    return analysis::Status::ok();
  });
  std::istringstream in(input);
  searcher::StreamLineSource lines(in, out);
  session.run(lines);
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_query_is_a_numbered_page_and_n_p_page) {
  // "cyber" matches p1 and p2 (and nothing else of the fixture).
  const std::string out = session("cyber\nn\nn\np\np\n:q\n", 1);
  const size_t first = out.find("1. corpus/demo.txt:");
  const size_t second = out.find("2. corpus/demo.txt:");
  BOOST_REQUIRE(first != std::string::npos);
  BOOST_REQUIRE(second != std::string::npos);
  BOOST_TEST(first < second);
  BOOST_TEST(contains(out.substr(second), "(last page)"), out);
  BOOST_TEST(contains(out.substr(second), "1. corpus/demo.txt:"), "p goes back to the first page");
  BOOST_TEST(contains(out, "(first page)"), out);
  BOOST_TEST(out.rfind(searcher::InteractiveSession::kPrompt) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(show_similar_and_open_act_on_hit_n_of_the_page) {
  std::vector<Opened> opened;
  const std::string out = session("units\n:show 1\n:open 1\n:similar 1\n:show demo:note2\n", 10, &opened);
  // "units" finds p1 only: :show prints its whole text and its notes.
  BOOST_TEST(contains(out, "demo:p1  passage\ncorpus/demo.txt:3-3\n"), out);
  BOOST_TEST(contains(out, "The Ministry of Defence created cyber units in 2014.[1] Their budget grew.[2]\n"));
  BOOST_TEST(contains(out, "  [1] Ministry of Defense, Defense of Japan 2020"));
  BOOST_REQUIRE(opened.size() == 1u);
  BOOST_TEST(opened[0].file == "corpus/demo.txt");
  BOOST_TEST(opened[0].line == 3);
  // :similar 1 pages the records like p1: p2, numbered from 1.
  const size_t similar = out.find("1. corpus/demo.txt:5-7");
  BOOST_TEST(similar != std::string::npos, out);
  // An id as printed anywhere works too.
  BOOST_TEST(contains(out, "demo:note2  note 2\n"));
  BOOST_TEST(contains(out, "cited by:\n  demo:p1  corpus/demo.txt:3-3\n"));
}

BOOST_AUTO_TEST_CASE(errors_are_said_and_the_session_goes_on) {
  struct Row {
    std::string input;
    std::string message;
  };
  const std::vector<Row> rows = {
      {":show 1\n", "error: no hits on the page: type a query first"},
      {"n\n", "error: no query yet"},
      {"cyber\n:show 7\n", "error: no hit 7 on this page (it shows 1-2)"},
      {"cyber\n:open x\n", "error: expected the number of a hit on the page"},
      {":frobnicate\n", "error: unknown command :frobnicate (:help lists them)"},
      {"()\n", "error: query:1: error: nothing to search for"},
      {":show demo:p77\n", "error: no record 'demo:p77'"},
      {":similar\n", "error: :similar takes the number"},
  };
  for (const Row& row : rows) {
    const std::string out = session(row.input + "units\n", 10);
    BOOST_TEST(contains(out, row.message), row.input << " -> " << out);
    BOOST_TEST(contains(out, "1. corpus/demo.txt:3-3"), row.input << ": the next query is still answered");
  }
}

BOOST_AUTO_TEST_CASE(help_and_quit) {
  const std::string out = session(":help\n:q\ncyber\n", 10);
  BOOST_TEST(contains(out, ":open N"));
  BOOST_TEST(contains(out, ":similar N"));
  BOOST_TEST(!contains(out, "corpus/demo.txt"), ":q stops reading");
}

BOOST_AUTO_TEST_CASE(colour_is_as_decided_for_it) {
  // resolve_options decides (--color, NO_COLOR, a terminal); the session only follows.
  BOOST_TEST(contains(session("units\n:show 1\n", 10, nullptr, true), "\x1b["));
  BOOST_TEST(!contains(session("units\n:show 1\n", 10, nullptr, false), "\x1b["));
}
