// @brief End-to-end tests of --show, --similar and -C: the real searcher on the real corpus index,
// run from a directory other than the project root, checked against the corpus text and
// tests/fixtures/footnotes.json (the notes and markers as printed, written down by hand).
#define BOOST_TEST_MODULE record_view_e2e
#include <boost/test/unit_test.hpp>

#include <cctype>
#include <set>

#include <nlohmann/json.hpp>

#include "tests/searcher_e2e_test.h"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// The project root (CTest starts tests there); the tests then run from a temporary directory.
struct ElsewhereFixture {
  ElsewhereFixture() {
    root() = fs::current_path();
    std::string pattern = (fs::temp_directory_path() / "record-view-e2e-XXXXXX").string();
    dir = ::mkdtemp(pattern.data());
    fs::current_path(dir);
  }
  ~ElsewhereFixture() {
    fs::current_path(root());
    fs::remove_all(dir);
  }
  static fs::path& root() {
    static fs::path path;
    return path;
  }
  fs::path dir;
};
BOOST_TEST_GLOBAL_FIXTURE(ElsewhereFixture);

e2e::Run searcher(std::vector<std::string> args) {
  static const std::string binary = e2e::required_env("SEARCHER");
  static const std::string index = e2e::required_env("SEARCHER_INDEX");
  args.insert(args.begin(), {"--index", index});
  return e2e::run(binary, args);
}

std::vector<json> json_lines(const std::string& out) {
  std::vector<json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

// Lower-case words (letters and digits) of `text`, joined by one space: compares text across
// the corpus's line breaks, punctuation and markup ("*Title*", "<http://…>").
std::string words_of(const std::string& text) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += word;
    word.clear();
  };
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// `text` without its "[n]" note markers.
std::string without_markers(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') {
      size_t j = i + 1;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i + 1 && j < text.size() && text[j] == ']') {
        out += ' ';
        i = j;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::vector<std::string> file_lines(const std::string& relative) {
  std::vector<std::string> lines;
  std::ifstream in(ElsewhereFixture::root() / relative);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const json& footnotes() {
  static const json truth = json::parse(e2e::read_file((ElsewhereFixture::root() / "tests/fixtures/footnotes.json").string()));
  return truth;
}

}  // namespace

BOOST_AUTO_TEST_CASE(show_note_12_lists_the_passages_citing_it) {
  // footnotes.json: the markers of note 12, each with the six words before it.
  std::vector<std::string> contexts;
  for (const json& marker : footnotes()["markers"]) {
    if (marker["number"] == 12) contexts.push_back(words_of(marker["context"].get<std::string>()));
  }
  BOOST_REQUIRE(!contexts.empty());
  auto run = searcher({"--show", "note:12", "--format", "json"});
  BOOST_TEST(run.exit_code == 0, run.err);
  json note;
  for (const json& line : json_lines(run.out)) {
    if (line["doc"] == "iiss-japan-2021") note = line;
  }
  BOOST_REQUIRE(note.is_object());
  BOOST_TEST(note["id"] == "iiss-japan-2021:note12");
  BOOST_TEST(note["number"] == 12);
  // Each marker's words are in a citing passage, right before its [12].
  for (const std::string& context : contexts) {
    bool found = false;
    for (const json& citing : note["cited_by"]) {
      const std::string text = citing["text"];
      const size_t marker = text.find("[12]");
      found = found || (marker != std::string::npos && contains(words_of(text.substr(0, marker)), context));
    }
    BOOST_TEST(found, "no passage citing note 12 after '" << context << "'");
  }
  BOOST_TEST(note["cited_by"].size() <= contexts.size());
  // The text form names the same passages, each with file:line.
  auto text = searcher({"--show", "iiss-japan-2021:note12"});
  BOOST_TEST(text.exit_code == 0);
  BOOST_TEST(contains(text.out, "cited by:\n"), text.out);
  for (const json& citing : note["cited_by"]) {
    // The file as it opens from the directory the searcher ran in, as JSON gives it.
    BOOST_TEST(contains(text.out, citing["id"].get<std::string>() + "  " + citing["file"].get<std::string>() + ":" +
                                      std::to_string(citing["line_start"].get<int>()) + "-"));
  }
}

BOOST_AUTO_TEST_CASE(every_note_shows_as_printed_with_its_citing_passages) {
  for (const json& truth : footnotes()["notes"]) {
    const int number = truth["number"];
    const std::string id = "iiss-japan-2021:note" + std::to_string(number);
    auto run = searcher({"--show", id, "--format", "json"});
    BOOST_REQUIRE_MESSAGE(run.exit_code == 0, id << ": " << run.err);
    const json note = json_lines(run.out).at(0);
    BOOST_TEST(words_of(note["text"].get<std::string>()) == words_of(truth["text"].get<std::string>()), id);
    if (truth["ibid_of"].is_number()) BOOST_TEST(note["ibid_of"] == truth["ibid_of"], id);
    // Every passage citing it holds its marker; every marker of it is in one of them.
    size_t markers = 0;
    for (const json& marker : footnotes()["markers"]) markers += marker["number"] == number;
    BOOST_TEST(note["cited_by"].size() >= (markers > 0 ? 1u : 0u), id);
    for (const json& citing : note["cited_by"]) {
      BOOST_TEST(contains(citing["text"].get<std::string>(), "[" + std::to_string(number) + "]"), id);
    }
  }
}

BOOST_AUTO_TEST_CASE(show_prints_the_whole_passage_as_in_the_file) {
  auto hits = searcher({"--format", "json", "--limit", "6", "kind:passage", "cyber", "defence", "units"});
  BOOST_REQUIRE(hits.exit_code == 0);
  int checked = 0;
  for (const json& hit : json_lines(hits.out)) {
    if (hit["type"] != "hit") continue;
    const std::string id = hit["id"];
    auto run = searcher({"--show", id});
    BOOST_REQUIRE_MESSAGE(run.exit_code == 0, id << ": " << run.err);
    const std::string text = hit["text"];
    const std::string file = hit["file"];
    const int start = hit["line_start"], end = hit["line_end"];
    BOOST_TEST(run.out.rfind(id + "  passage\n" + file + ":" + std::to_string(start) + "-" + std::to_string(end) + "\n", 0) == 0u,
               run.out);
    BOOST_TEST(contains(run.out, "\n" + text + "\n"), id << ": the whole text");
    // The text is the file's lines start..end: its first and last words are there, in order.
    const auto lines = file_lines(file);
    std::string span;
    for (int line = start; line <= end; ++line) span += lines.at(line - 1) + "\n";
    const std::string words = words_of(without_markers(text));
    const std::string in_file = words_of(span);
    const std::string head = words.substr(0, words.find(' ', 40));
    const std::string tail = words.substr(words.rfind(' ', words.size() - 40) + 1);
    BOOST_TEST(in_file.rfind(head, 0) == 0u, id << ": '" << head << "' does not open " << file << ":" << start);
    BOOST_TEST(contains(in_file, tail), id << ": '" << tail << "' not in " << file << ":" << start << "-" << end);
    // The file:line of its text header names it too, as does that file's path from here.
    const std::string place = file + ":" + std::to_string(end);
    BOOST_TEST(searcher({"--show", place}).out == run.out, place);
    const std::string absolute = (ElsewhereFixture::root() / file).string() + ":" + std::to_string(start);
    BOOST_TEST(searcher({"--show", absolute}).out == run.out, absolute);
    // Every note it cites, in full.
    for (const json& note : hit["notes"]) {
      if (note["text"].is_string()) BOOST_TEST(contains(run.out, "[" + std::to_string(note["number"].get<int>()) + "] " + note["text"].get<std::string>()));
    }
    ++checked;
  }
  BOOST_TEST(checked == 6);
}

BOOST_AUTO_TEST_CASE(context_is_the_records_around_in_file_order) {
  auto run = searcher({"--format", "json", "--limit", "5", "-C", "2", "kind:passage", "cyber", "units"});
  BOOST_REQUIRE(run.exit_code == 0);
  for (const json& hit : json_lines(run.out)) {
    if (hit["type"] != "hit") continue;
    const std::string id = hit["id"];
    std::vector<json> order;
    for (const json& r : hit["context_before"]) order.push_back(r);
    order.push_back(hit);
    for (const json& r : hit["context_after"]) order.push_back(r);
    BOOST_TEST(hit["context_before"].size() + hit["context_after"].size() >= 2u, id);
    for (size_t i = 1; i < order.size(); ++i) {
      BOOST_TEST(order[i - 1]["line_end"].get<int>() < order[i]["line_start"].get<int>(), id);
      BOOST_TEST(order[i]["doc"] == hit["doc"]);
    }
    // Nothing of the document lies between a context record and the hit: the record just before
    // the hit, shown with -C 1, is the last of -C 2's.
    if (!hit["context_before"].empty()) {
      auto one = json_lines(searcher({"--show", id, "-C", "1", "--format", "json"}).out).at(0);
      BOOST_TEST(one["context_before"].back()["id"] == hit["context_before"].back()["id"], id);
    }
  }
  // TSV marks them with a role.
  auto tsv = searcher({"--format", "tsv", "--limit", "1", "-C", "1", "kind:passage", "cyber", "units"});
  std::istringstream lines(tsv.out);
  std::vector<std::string> roles;
  for (std::string line; std::getline(lines, line);) roles.push_back(line.substr(line.rfind('\t') + 1));
  BOOST_TEST(roles.front() == "role");
  BOOST_TEST(std::count(roles.begin(), roles.end(), "hit") == 1);
}

BOOST_AUTO_TEST_CASE(similar_leaves_the_record_out_and_keeps_its_kind) {
  auto run = searcher({"--similar", "iiss-japan-2021:p25", "--format", "json", "--limit", "5"});
  BOOST_TEST(run.exit_code == 0, run.err);
  int hits = 0;
  for (const json& hit : json_lines(run.out)) {
    if (hit["type"] != "hit") continue;
    ++hits;
    BOOST_TEST(hit["id"] != "iiss-japan-2021:p25");
    BOOST_TEST(hit["kind"] == "passage");
    BOOST_TEST(hit["query"] == "similar:iiss-japan-2021:p25");
  }
  BOOST_TEST(hits == 5);
}

BOOST_AUTO_TEST_CASE(unknown_and_malformed_ids) {
  struct Row {
    std::vector<std::string> args;
    int exit_code;
    std::string message;
  };
  const std::vector<Row> rows = {
      {{"--show", "iiss-japan-2021:p9999"}, 1, "no record 'iiss-japan-2021:p9999'"},
      {{"--similar", "nosuch:p1"}, 1, "no record 'nosuch:p1'"},
      {{"--show", "note:999"}, 1, "has a note 999"},
      {{"--show", "note:twelve"}, 2, "error: record id 'note:twelve'"},
      {{"--show", "iiss-japan-2021:p1 p2"}, 2, "holds a space"},
      {{"--show", "iiss-japan-2021:p1", "cyber"}, 2, "--show takes a record id and no query"},
  };
  for (const Row& row : rows) {
    auto run = searcher(row.args);
    BOOST_TEST(run.exit_code == row.exit_code, row.args[1]);
    BOOST_TEST(run.out.empty(), row.args[1]);
    BOOST_TEST(contains(run.err, row.message), run.err);
  }
}

BOOST_AUTO_TEST_CASE(help_fits_80_columns) {
  auto run = searcher({"--help"});
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    size_t columns = 0;
    for (unsigned char c : line) columns += (c & 0xC0) != 0x80;
    BOOST_TEST(columns <= 80u, line);
  }
}
