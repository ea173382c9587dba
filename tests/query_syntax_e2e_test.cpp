// @brief End-to-end tests of queries as people paste and type them, through the real searcher on
// the real corpus index: lenient parsing and --strict, unmatched words, URL and host search,
// --batch records, and every query string of Xapian's own QueryParser test suite. Expectations
// come from the corpus text and tests/fixtures/footnotes.json, read by hand.
#define BOOST_TEST_MODULE query_syntax_e2e
#include <boost/test/unit_test.hpp>

#include <set>

#include <nlohmann/json.hpp>

#include "tests/searcher_e2e_test.h"

using nlohmann::json;

namespace {

const std::string kIndexEnv = "SEARCHER_INDEX";

e2e::Run searcher(std::vector<std::string> args, const std::string& input = "", const std::string& index = "") {
  static const std::string binary = e2e::required_env("SEARCHER");
  static const std::string corpus_index = e2e::required_env(kIndexEnv.c_str());
  args.insert(args.begin(), {"--index", index.empty() ? corpus_index : index});
  return e2e::run(binary, args, input);
}

std::vector<json> json_lines(const std::string& out) {
  std::vector<json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

std::vector<json> of_type(const std::vector<json>& lines, const std::string& type) {
  std::vector<json> out;
  for (const json& line : lines)
    if (line.at("type") == type) out.push_back(line);
  return out;
}

std::set<std::string> hit_ids(const std::string& query, std::vector<std::string> extra = {}) {
  extra.insert(extra.end(), {"--format", "json", "--limit", "100", "--", query});
  std::set<std::string> ids;
  for (const json& hit : of_type(json_lines(searcher(extra).out), "hit")) ids.insert(hit["id"]);
  return ids;
}

// Note ids of the IISS chapter whose text (footnotes.json, as printed) holds `part`.
std::set<std::string> notes_holding(const std::string& part) {
  const json notes = json::parse(e2e::read_file("tests/fixtures/footnotes.json")).at("notes");
  std::set<std::string> ids;
  for (const json& note : notes) {
    if (note.at("text").get<std::string>().find(part) != std::string::npos) {
      ids.insert("iiss-japan-2021:note" + std::to_string(note.at("number").get<int>()));
    }
  }
  return ids;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

// Pasted titles and sentences search instead of failing on "word:", a stray quote or bracket.
BOOST_AUTO_TEST_CASE(pasted_text_searches_with_a_notice) {
  struct Row {
    std::string query;
    std::string notice;     // on stderr
    std::string top_id;     // the one record that holds the text, found by hand; "" = see span
    std::string file;       // else: a hit among the first three spans `line` of `file`
    int line = 0;
  };
  const std::vector<Row> rows = {
      // The IISS chapter's note 2 cites this title (iiss-japan-2021.txt:158).
      {"Cybersecurity Strategy: Towards a World-Leading, Resilient and Vigorous Cyberspace",
       "query:15: note: unknown field 'Strategy:'", "iiss-japan-2021:note2", "", 0},
      // "Japan's position is that existing international law … applies" (un-reply-japan-2019.txt:318).
      {"Japan's position: international law applies", "query:9: note: unknown field 'position:'", "",
       "corpus/un-reply-japan-2019.txt", 318},
      // Only note 35 says "so-called" (iiss-japan-2021.txt:193); "active defence" is nowhere.
      {"the so-called \"active defence", "query:15: note: unbalanced quote", "iiss-japan-2021:note35", "", 0},
      {"(cyber units", "query:1: note: unbalanced bracket", "", "", 0},
      {"cyber units AND", "query:13: note: 'AND' needs something to search on each side", "", "", 0},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.query) {
      auto text = searcher({"--", row.query});
      BOOST_TEST(text.exit_code == 0, text.err);
      BOOST_TEST(contains(text.err, "searcher: ") == false, text.err);  // a notice, not an error
      BOOST_TEST(contains(text.err, row.notice), text.err);
      BOOST_TEST(!contains(text.out, "note:"), "notices stay off stdout");
      auto run = searcher({"--format", "json", "--limit", "3", "--", row.query});
      BOOST_TEST(run.exit_code == 0);
      const auto lines = json_lines(run.out);
      const auto hits = of_type(lines, "hit");
      BOOST_REQUIRE(!hits.empty());
      const auto summary = of_type(lines, "summary");
      BOOST_REQUIRE(summary.size() == 1u);
      BOOST_TEST(contains(summary[0]["notices"][0].get<std::string>(), row.notice), summary[0].dump());
      if (!row.top_id.empty()) BOOST_TEST(hits[0]["id"] == row.top_id);
      if (!row.file.empty()) {
        bool spanned = false;
        for (const json& hit : hits) {
          spanned = spanned || (hit["file"] == row.file && hit["line_start"] <= row.line && hit["line_end"] >= row.line);
        }
        BOOST_TEST(spanned);
      }
      auto strict = searcher({"--strict", "--", row.query});
      BOOST_TEST(strict.exit_code == 2);
      BOOST_TEST(contains(strict.err, "searcher: " + std::string(row.notice).replace(row.notice.find("note:"), 5, "error:")),
                 strict.err);
    }
  }
}

BOOST_AUTO_TEST_CASE(no_searchable_word_is_the_only_query_error) {
  for (const std::string query : {"*", "+=", "\"\"", "( )"}) {
    auto run = searcher({"--", query});
    BOOST_TEST(run.exit_code == 2, query);
    BOOST_TEST(contains(run.err, "query:1: error: nothing to search for"), run.err);
  }
  std::string deep = std::string(300, '(') + "cyber";
  auto run = searcher({"--", deep});
  BOOST_TEST(run.exit_code == 2);
  BOOST_TEST(contains(run.err, "query:257: error: brackets nested deeper than 256"), run.err);
}

// "attribution" is nowhere in the corpus (grep -ci attribut corpus/*.txt: 0); "cyber" is.
BOOST_AUTO_TEST_CASE(unmatched_words_are_named) {
  auto text = searcher({"cyber", "attribution"});
  BOOST_TEST(text.exit_code == 0);
  BOOST_TEST(contains(text.err, "no passage has: attribution\n"), text.err);
  auto json_run = searcher({"--format", "json", "--limit", "1", "cyber", "attribution"});
  const auto summary = of_type(json_lines(json_run.out), "summary");
  BOOST_REQUIRE(summary.size() == 1u);
  BOOST_TEST(summary[0]["unmatched"] == json::array({"attribution"}));
  auto tsv = searcher({"--format", "tsv", "attribution"});
  BOOST_TEST(tsv.exit_code == 1);
  BOOST_TEST(tsv.out == "rank\tscore\tid\tkind\tfile\tline_start\tline_end\tsection\tnotes\ttext\n");
  BOOST_TEST(contains(tsv.err, "no passage has: attribution"), tsv.err);
  BOOST_TEST(!contains(searcher({"cyber", "units"}).err, "no passage has"));
}

// The notes citing a site, from footnotes.json: a host name finds exactly them, a pasted URL its
// note first, and the word "MoD" none of them by their URLs alone.
BOOST_AUTO_TEST_CASE(hosts_and_urls_find_the_notes_citing_them) {
  for (const std::string host : {"mod.go.jp", "nisc.go.jp"}) {
    const auto expected = notes_holding(host);
    BOOST_REQUIRE(expected.size() >= 5u);
    BOOST_TEST(hit_ids(host) == expected, host);
    BOOST_TEST(hit_ids("www." + host) == expected, host);
  }
  auto url = searcher({"--format", "json", "--limit", "3", "http://www.nisc.go.jp/eng/pdf/national_strategy_001_eng.pdf"});
  BOOST_TEST(url.exit_code == 0, url.err);
  const auto hits = of_type(json_lines(url.out), "hit");
  BOOST_REQUIRE(!hits.empty());
  BOOST_TEST(hits[0]["id"] == "iiss-japan-2021:note1");  // the note citing that very page
  // No note citing www.mod.go.jp says "MoD" in its text: the word alone finds none of them.
  const auto mod_notes = notes_holding("mod.go.jp");
  for (const auto& id : hit_ids("MoD", {"--no-synonyms"})) BOOST_TEST(!mod_notes.count(id), id);
  BOOST_TEST(!contains(searcher({"mod.go.jp"}).err, "Did you mean"));
}

// Indexing URLs is no property of this corpus: the fixture documents of other subjects, indexed
// by the real indexer, answer their notes' hosts (chapter-rail.txt:34 and :38-40).
BOOST_AUTO_TEST_CASE(url_terms_on_documents_of_other_subjects) {
  const e2e::TempFile stamp;
  const std::string index = stamp.path() + ".index";
  const std::string indexer = std::filesystem::path(e2e::required_env("SEARCHER")).parent_path() / "indexer";
  auto built = e2e::run(indexer, {"--corpus", "tests/fixtures/documents", "--index", index, "--quiet", "--force"});
  BOOST_REQUIRE_MESSAGE(built.exit_code == 0, built.err);
  auto ids = [&](const std::string& query) {
    std::set<std::string> out;
    auto run = searcher({"--format", "json", "--", query}, "", index);
    for (const json& hit : of_type(json_lines(run.out), "hit")) out.insert(hit["id"]);
    return out;
  };
  BOOST_TEST((ids("gov.pl") == std::set<std::string>{"chapter-rail:note3", "chapter-rail:note7"}));
  BOOST_TEST((ids("cpk.pl") == std::set<std::string>{"chapter-rail:note7"}));
  BOOST_TEST((ids("https://utk.gov.pl/en/") .count("chapter-rail:note3") == 1u));
  BOOST_TEST((ids("ices.dk") == std::set<std::string>{"chapter-fisheries:note2"}));
  BOOST_TEST(ids("pl").empty());  // a label of a host is no word of any text
  std::filesystem::remove_all(index);
}

// --batch: one summary per query line and an error record per failed line, each with its line.
BOOST_AUTO_TEST_CASE(batch_records_match_input_lines) {
  const std::string input = "cyber units\n\n*\nattribution\nStrategy: cyber\n";
  auto run = searcher({"--batch", "--format", "json", "--limit", "2"}, input);
  BOOST_TEST(run.exit_code == 2);
  const auto lines = json_lines(run.out);
  std::vector<int> summary_lines;
  for (const json& s : of_type(lines, "summary")) summary_lines.push_back(s["line"]);
  BOOST_TEST(summary_lines == (std::vector<int>{1, 4, 5}), boost::test_tools::per_element());
  for (const json& hit : of_type(lines, "hit")) BOOST_TEST((hit["line"] == 1 || hit["line"] == 5));
  const auto errors = of_type(lines, "error");
  BOOST_REQUIRE(errors.size() == 1u);
  BOOST_TEST(errors[0]["line"] == 3);
  BOOST_TEST(errors[0]["column"] == 1);
  BOOST_TEST(errors[0]["query"] == "*");
  BOOST_TEST(contains(errors[0]["message"], "nothing to search for"));
  const auto summaries = of_type(lines, "summary");
  BOOST_TEST(summaries[1]["unmatched"] == json::array({"attribution"}));
  BOOST_TEST(summaries[2]["notices"].size() == 1u);
  BOOST_TEST(contains(run.err, "stdin:3: query:1: error: nothing to search for"), run.err);

  auto tsv = searcher({"--batch", "--format", "tsv", "--limit", "1"}, input);
  std::vector<std::string> rows;
  std::istringstream in(tsv.out);
  for (std::string row; std::getline(in, row);) rows.push_back(row);
  BOOST_REQUIRE(rows.size() == 4u);  // header, line 1's hit, line 3's error, line 5's hit
  BOOST_TEST(rows[0].rfind("line\tquery\trank\t", 0) == 0u);
  BOOST_TEST(rows[1].rfind("1\tcyber units\t1\t", 0) == 0u);
  BOOST_TEST(rows[2].rfind("3\t*\terror\t", 0) == 0u);
  BOOST_TEST(rows[3].rfind("5\tStrategy: cyber\t1\t", 0) == 0u);
  BOOST_TEST(contains(tsv.err, "stdin:4: no passage has: attribution"), tsv.err);
}

// Xapian's own QueryParser test strings (tests/fixtures/xapian_queryparser_queries.txt), each
// through the real binary with a time limit: none crashes or hangs, and at most 2 % are refused,
// each for having no word to search for.
BOOST_AUTO_TEST_CASE(xapian_queryparser_suite_queries) {
  std::vector<std::string> queries;
  std::istringstream in(e2e::read_file("tests/fixtures/xapian_queryparser_queries.txt"));
  std::string line;
  std::getline(in, line);  // the header naming the source and licence
  BOOST_TEST(line.rfind("# ", 0) == 0u);
  while (std::getline(in, line)) {
    std::string query;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] != '\\') {
        query += line[i];
      } else if (line[i + 1] == '\\') {
        query += '\\';
        ++i;
      } else {  // \xHH
        query += static_cast<char>(std::stoi(line.substr(i + 2, 2), nullptr, 16));
        i += 3;
      }
    }
    queries.push_back(query);
  }
  BOOST_REQUIRE(queries.size() >= 860u);
  const std::string binary = e2e::required_env("SEARCHER");
  const std::string index = e2e::required_env(kIndexEnv.c_str());
  size_t refused = 0;
  for (const std::string& query : queries) {
    BOOST_TEST_CONTEXT(query) {
      auto run = e2e::run("/usr/bin/timeout", {"10", binary, "--index", index, "--limit", "3", "--format", "json", "--", query});
      BOOST_TEST(run.exit_code <= 2, "exit " << run.exit_code << ": " << run.err);  // 124: timed out; >128: a signal
      if (run.exit_code == 2) {
        ++refused;
        BOOST_TEST(contains(run.err, "nothing to search for"), run.err);
      } else if (run.exit_code <= 1) {
        BOOST_TEST(of_type(json_lines(run.out), "hit").size() <= 3u);
      }
    }
  }
  BOOST_TEST(refused * 50 <= queries.size(), refused << " of " << queries.size() << " refused");
}
