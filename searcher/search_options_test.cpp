// @brief Tests for parse_flags and resolve_options: good command lines and errors, colour rules.
#define BOOST_TEST_MODULE search_options
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <sstream>

#include "searcher/search_options.h"

using searcher::Environment;
using searcher::Format;

namespace {

analysis::Result<searcher::SearchOptions> resolve(std::vector<std::string> args, Environment env = {}) {
  args.insert(args.begin(), "searcher");
  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  auto flags = searcher::parse_flags(static_cast<int>(argv.size()), argv.data());
  if (!flags.is_ok()) return flags.status();
  return searcher::resolve_options(flags.value(), env);
}

const Environment kTty{true, false, false, 80, ""};
const Environment kTtyNoColor{true, true, false, 80, ""};
const Environment kPipe{false, false, false, 80, ""};
const Environment kDumb{true, false, true, 80, ""};

}  // namespace

BOOST_AUTO_TEST_CASE(good_command_lines) {
  struct Row {
    std::vector<std::string> args;
    Environment env;
    std::string query;
    Format format;
    bool color;
    unsigned limit;
    unsigned offset;
  };
  const std::vector<Row> rows = {
      {{"Ministry", "of", "Defense", "cyber", "units"}, kPipe, "Ministry of Defense cyber units", Format::kText, false, 10, 0},
      {{"cyber"}, kTty, "cyber", Format::kText, true, 10, 0},
      {{"cyber"}, kTtyNoColor, "cyber", Format::kText, false, 10, 0},
      {{"cyber"}, kDumb, "cyber", Format::kText, false, 10, 0},
      {{"--color=always", "cyber"}, kPipe, "cyber", Format::kText, true, 10, 0},
      {{"--color", "always", "cyber"}, kTtyNoColor, "cyber", Format::kText, true, 10, 0},
      {{"--color=never", "cyber"}, kTty, "cyber", Format::kText, false, 10, 0},
      {{"--format", "json", "--color=always", "cyber"}, kTty, "cyber", Format::kJson, false, 10, 0},
      {{"--format=tsv", "cyber"}, kPipe, "cyber", Format::kTsv, false, 10, 0},
      {{"--limit", "3", "--offset=20", "x"}, kPipe, "x", Format::kText, false, 3, 20},
      {{"--", "-olympic", "cyber"}, kPipe, "-olympic cyber", Format::kText, false, 10, 0},
      {{"\"national security\"", "NOT", "olympic"}, kPipe, "\"national security\" NOT olympic", Format::kText, false, 10, 0},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.args.front() << " … (" << row.args.size() << " args)") {
      auto options = resolve(row.args, row.env);
      BOOST_REQUIRE_MESSAGE(options.is_ok(), options.status().message());
      BOOST_TEST(options->query == row.query);
      BOOST_TEST((options->format == row.format));
      BOOST_TEST(options->printer.color == row.color);
      BOOST_TEST(options->rank.limit == row.limit);
      BOOST_TEST(options->rank.offset == row.offset);
      BOOST_TEST(options->index.empty());  // not given: locate_index finds it
    }
  }
}

BOOST_AUTO_TEST_CASE(switches_reach_their_objects) {
  auto options = resolve({"--all", "--no-synonyms", "--explain", "--stats", "--index", "/tmp/x", "q"});
  BOOST_REQUIRE(options.is_ok());
  BOOST_TEST(options->query_options.require_all);
  BOOST_TEST(!options->query_options.synonyms);
  BOOST_TEST(options->rank.explain);
  BOOST_TEST(options->printer.explain);
  BOOST_TEST(options->printer.stats);
  BOOST_TEST(options->index == "/tmp/x");

  auto batch = resolve({"--batch", "--format", "tsv"});
  BOOST_REQUIRE(batch.is_ok());
  BOOST_TEST(batch->batch);
  BOOST_TEST(batch->printer.batch);
  BOOST_TEST(batch->query.empty());

  auto defaults = resolve({"q"});
  BOOST_REQUIRE(defaults.is_ok());
  BOOST_TEST(!defaults->query_options.require_all);
  BOOST_TEST(defaults->query_options.synonyms);
  BOOST_TEST(!defaults->batch);
}

BOOST_AUTO_TEST_CASE(help_and_version_are_flags) {
  const char* help[] = {"searcher", "--help"};
  auto flags = searcher::parse_flags(2, help);
  BOOST_REQUIRE(flags.is_ok());
  BOOST_TEST(flags->help);
  const char* version[] = {"searcher", "--version"};
  BOOST_TEST(searcher::parse_flags(2, version)->version);
  // --help lists every option with an example and the exit codes.
  const std::string text = searcher::usage();
  for (const char* part : {"--index", "--format", "--color", "--limit", "--offset", "--all", "--no-synonyms",
                           "-j, --json", "-n, -m, --limit", "-c, --count", "-l, --files-with-matches", "--vimgrep",
                           "--sort", "--notes", "PASSAGE_SEARCH_INDEX", "COLUMNS",
                           "--explain", "--batch", "--stats", "--acronyms", "--list-documents", "--timeout",
                           "--allow-partial", "--help", "--version", "source:", "section:", "kind:",
                           "note:", "0  at least one hit", "1  no hit", "2  an error"}) {
    BOOST_TEST(text.find(part) != std::string::npos, part);
  }
}

BOOST_AUTO_TEST_CASE(help_fits_80_columns_under_the_installed_name) {
  std::istringstream text(searcher::usage("passage-search"));
  for (std::string line; std::getline(text, line);) BOOST_TEST(line.size() <= 80u, line);
}

BOOST_AUTO_TEST_CASE(help_names_the_program_as_started) {
  // Installed, the searcher is passage-search: its --help (and the man page made from it) must
  // show commands a user can type.
  const std::string text = searcher::usage("passage-search");
  BOOST_TEST(text.rfind("Usage: passage-search [OPTIONS] QUERY...\n", 0) == 0);
  BOOST_TEST(text.find("passage-search source:un-reply-japan-2019 norms") != std::string::npos);
  BOOST_TEST(text.find("searcher") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(list_documents_takes_no_query) {
  auto options = resolve({"--list-documents", "--format", "tsv", "--index", "/tmp/x"});
  BOOST_REQUIRE_MESSAGE(options.is_ok(), options.status().message());
  BOOST_TEST(options->list_documents);
  BOOST_TEST(!options->list_acronyms);
  BOOST_TEST((options->format == Format::kTsv));
  BOOST_TEST(options->index == "/tmp/x");
  BOOST_TEST(!resolve({"cyber"})->list_documents);
}

BOOST_AUTO_TEST_CASE(errors_name_the_option) {
  struct Row {
    std::vector<std::string> args;
    std::string expected;  // a substring of the message
  };
  const std::vector<Row> rows = {
      {{"--colour", "x"}, "--colour"},
      {{"-olympic"}, "put the query after `--`"},
      {{"--format", "xml", "x"}, "--format: unknown format 'xml'"},
      {{"--color", "sometimes", "x"}, "--color: unknown value 'sometimes'"},
      {{"--limit", "0", "x"}, "--limit: 0 is out of range"},
      {{"--limit", "-3", "x"}, "--limit"},
      {{"--limit", "ten", "x"}, "--limit"},
      {{"--limit", "100000", "x"}, "--limit"},
      {{"--offset", "-1", "x"}, "--offset"},
      {{"--limit"}, "--limit"},
      {{}, "no query given"},
      {{"--batch", "cyber"}, "--batch"},
      {{"--list-documents", "cyber"}, "--list-documents lists the index's documents"},
      {{"--list-documents", "--batch"}, "--list-documents"},
      {{"--acronyms", "--list-documents"}, "--acronyms"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.expected) {
      auto options = resolve(row.args);
      BOOST_REQUIRE(!options.is_ok());
      BOOST_TEST((options.status().kind() == analysis::Status::Kind::kInvalidInput));
      BOOST_TEST(options.status().message().find(row.expected) != std::string::npos, options.status().message());
    }
  }
}

BOOST_AUTO_TEST_CASE(the_last_occurrence_wins) {
  struct Row {
    std::vector<std::string> args;
    unsigned limit;
    Format format;
    bool color;
  };
  const std::vector<Row> rows = {
      {{"--limit", "20", "--limit", "5", "x"}, 5, Format::kText, false},
      {{"-n", "3", "x"}, 3, Format::kText, false},
      {{"-m", "4", "x"}, 4, Format::kText, false},
      {{"-m", "4", "-n", "7", "x"}, 7, Format::kText, false},
      {{"-n7", "--limit=2", "x"}, 2, Format::kText, false},
      {{"-j", "x"}, 10, Format::kJson, false},
      {{"--format", "tsv", "-j", "x"}, 10, Format::kJson, false},
      {{"-j", "--format", "tsv", "x"}, 10, Format::kTsv, false},
      {{"--color", "never", "--color=always", "x"}, 10, Format::kText, true},
      {{"--all", "--all", "x"}, 10, Format::kText, false},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.args.front() << " … " << row.args[row.args.size() - 2]) {
      auto options = resolve(row.args, kPipe);
      BOOST_REQUIRE_MESSAGE(options.is_ok(), options.status().message());
      BOOST_TEST(options->rank.limit == row.limit);
      BOOST_TEST((options->format == row.format));
      BOOST_TEST(options->printer.color == row.color);
      BOOST_TEST(options->query == "x");
    }
  }
}

BOOST_AUTO_TEST_CASE(an_unknown_option_names_the_nearest) {
  struct Row {
    std::vector<std::string> args;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {{"--limt", "5", "x"}, "unknown option --limt; did you mean --limit?"},
      {{"--colour=never", "x"}, "unknown option --colour=never; did you mean --color?"},
      {{"--formt", "json", "x"}, "did you mean --format?"},
      {{"--files", "x"}, "did you mean --files-with-matches?"},
      {{"--vimgerp", "x"}, "did you mean --vimgrep?"},
      {{"--synonyms", "x"}, "did you mean --no-synonyms?"},
      // Nothing near: the query-after-`--` hint instead of a wild guess.
      {{"--zzzzzzzz", "x"}, "put the query after `--`"},
      {{"-olympic"}, "put the query after `--`"},
      {{"-limit", "3", "x"}, "unknown option -limit; did you mean --limit?"},
      // -n with the value "ation": the word is a query's.
      {{"-nation"}, "put the query after `--`"},
  };
  for (const Row& row : rows) {
    BOOST_TEST_CONTEXT(row.args.front()) {
      auto options = resolve(row.args);
      BOOST_REQUIRE(!options.is_ok());
      BOOST_TEST(options.status().message().find(row.expected) != std::string::npos, options.status().message());
    }
  }
}

BOOST_AUTO_TEST_CASE(views_sort_notes_and_width) {
  BOOST_TEST((resolve({"x"})->printer.view == searcher::View::kHits));
  BOOST_TEST((resolve({"-c", "x"})->printer.view == searcher::View::kCount));
  BOOST_TEST((resolve({"--count", "x"})->printer.view == searcher::View::kCount));
  BOOST_TEST(resolve({"--count", "x"})->rank.per_document);
  BOOST_TEST((resolve({"-l", "x"})->printer.view == searcher::View::kFiles));
  BOOST_TEST(resolve({"-l", "x"})->rank.per_document);
  BOOST_TEST((resolve({"--vimgrep", "x"})->printer.view == searcher::View::kVimgrep));
  BOOST_TEST(!resolve({"--vimgrep", "x"})->rank.per_document);
  BOOST_TEST(!resolve({"x"})->rank.document_order);
  BOOST_TEST(resolve({"--sort", "document", "x"})->rank.document_order);
  BOOST_TEST(!resolve({"--sort", "document", "--sort=relevance", "x"})->rank.document_order);
  BOOST_TEST((resolve({"x"})->printer.notes == searcher::NoteDisplay::kShort));
  BOOST_TEST((resolve({"--notes", "full", "x"})->printer.notes == searcher::NoteDisplay::kFull));
  BOOST_TEST((resolve({"--notes=none", "x"})->printer.notes == searcher::NoteDisplay::kNone));
  BOOST_TEST(resolve({"x"}, Environment{false, false, false, 60, ""})->printer.width == 60);

  const std::vector<std::pair<std::vector<std::string>, std::string>> errors = {
      {{"-c", "-l", "x"}, "give one"},
      {{"--count", "--vimgrep", "x"}, "give one"},
      {{"--sort", "date", "x"}, "--sort: unknown order 'date'"},
      {{"--notes", "some", "x"}, "--notes: unknown value 'some'"},
      {{"--acronyms", "-l"}, "--acronyms is a listing of its own"},
  };
  for (const auto& [args, expected] : errors) {
    BOOST_TEST_CONTEXT(expected) {
      auto options = resolve(args);
      BOOST_REQUIRE(!options.is_ok());
      BOOST_TEST(options.status().message().find(expected) != std::string::npos, options.status().message());
    }
  }
}

BOOST_AUTO_TEST_CASE(terminal_columns_come_from_columns_then_the_terminal) {
  // A pipe has no window size: COLUMNS, else 80.
  int pipe_ends[2];
  BOOST_REQUIRE(::pipe(pipe_ends) == 0);
  BOOST_TEST(searcher::terminal_columns("60", pipe_ends[1]) == 60);
  BOOST_TEST(searcher::terminal_columns(nullptr, pipe_ends[1]) == 80);
  BOOST_TEST(searcher::terminal_columns("", pipe_ends[1]) == 80);
  BOOST_TEST(searcher::terminal_columns("wide", pipe_ends[1]) == 80);
  BOOST_TEST(searcher::terminal_columns("-5", pipe_ends[1]) == 80);
  ::close(pipe_ends[0]);
  ::close(pipe_ends[1]);
}
