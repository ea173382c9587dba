// @brief Search options in two stages: parse_flags reads the command line as typed (strings and
// numbers, no judgement), resolve_options turns flags plus the environment into the objects the
// searcher runs with (format, colour decided once, query and rank options).
#pragma once

#include <string>
#include <vector>

#include "analysis/status.h"
#include "searcher/printer.h"
#include "searcher/query_builder.h"
#include "searcher/ranker.h"
#include "searcher/shard_set.h"

namespace searcher {

// Stage 1: the command line as typed.
struct Flags {
  std::vector<std::string> query_words;  // positional arguments, joined with spaces into the query
  std::string index;  // empty: found by locate_index (index_locator.h)
  std::string format = "text";
  std::string color = "auto";
  long long limit = 10;
  long long offset = 0;
  bool all = false;
  bool no_synonyms = false;
  bool strict = false;
  bool explain = false;
  bool batch = false;
  bool stats = false;
  long long timeout_ms = 10000;
  bool allow_partial = false;
  bool acronyms = false;
  bool list_documents = false;
  std::string show;     // --show ID
  std::string similar;  // --similar ID
  long long context = 0;  // -C, --context N
  bool interactive = false;  // -i, --interactive
  // Views of the results (README "Output views").
  bool count = false;               // -c, --count
  bool files_with_matches = false;  // -l, --files-with-matches
  bool vimgrep = false;             // --vimgrep
  std::string sort = "relevance";   // --sort relevance|document
  std::string notes = "short";      // --notes full|short|none
  bool help = false;
  bool version = false;
};

// What resolve_options needs to know about the world, so it stays testable.
struct Environment {
  bool stdout_is_tty = false;
  bool no_color = false;  // NO_COLOR is set to a non-empty value
  bool dumb_terminal = false;  // TERM=dumb
  int columns = 80;            // text width: COLUMNS, else the terminal's, else 80
  std::string index_variable;  // the value of kIndexVariable (index_locator.h), empty when unset
};

// Stage 2: what the searcher runs with.
struct SearchOptions {
  std::string index;  // --index as given, empty when not (then locate_index finds it)
  std::string query;  // empty in batch mode
  bool batch = false;
  bool list_acronyms = false;  // --acronyms: list the index's acronyms instead of searching
  bool list_documents = false;  // --list-documents: list the index's documents instead of searching
  std::string show;     // --show: print this record whole instead of searching
  std::string similar;  // --similar: rank the records like this one instead of a query
  bool interactive = false;  // -i: a prompt (interactive_session.h); the query, if any, is its first
  Format format = Format::kText;
  PrinterOptions printer;  // printer.context: -C N
  QueryOptions query_options;
  RankOptions rank;
  ShardOptions shards;
};

// Parses argv with Boost.Program_options. As in rg, the last occurrence of an option wins
// (`--limit 20 --limit 5` is 5), and -j is --format json. Errors are invalid_input Statuses naming
// the option; an unknown option names the nearest one ("unknown option --limt; did you mean
// --limit?"), else says that a query word starting with '-' goes after `--`.
analysis::Result<Flags> parse_flags(int argc, const char* const argv[]);

// Checks and converts flags: --format text|json|tsv; --color never|always|auto (auto: colour only
// on a TTY, without NO_COLOR, not on TERM=dumb; always wins over NO_COLOR); --limit 1..10000;
// --offset >= 0; a query, or --batch, but not both; --acronyms and --list-documents take neither;
// --show and --similar take an id and no query, --batch or each other; -C 0..50; --interactive
// takes no --batch and writes text. Errors are invalid_input naming the option.
// --count and --files-with-matches exclude each other and --vimgrep; --sort relevance|document;
// --notes full|short|none. Errors are invalid_input naming the option.
// REQUIRES: !flags.help && !flags.version (those are answered before resolving).
analysis::Result<SearchOptions> resolve_options(const Flags& flags, const Environment& environment);

// The text width: `columns_variable` (COLUMNS) when it is a positive number, else the width of
// the terminal on `fd` (TIOCGWINSZ), else 80.
int terminal_columns(const char* columns_variable, int fd);

// The option of `names` (long names, without dashes) nearest to `typed` ("--limt"), as
// "--limit", or "" when none is near enough to be what was meant.
std::string nearest_option(const std::string& typed, const std::vector<std::string>& names);

// The environment of this process (isatty(1), NO_COLOR, TERM, COLUMNS or the terminal's width,
// the index variable).
Environment current_environment();

// The --help text: every option with an example, and the exit codes, naming the program
// `program` (the name it was started under). Laid out as help2man reads it ("Usage:", "Options:",
// "Exit status:", "Examples:"), since the man page is generated from it.
std::string usage(const std::string& program = "searcher");

}  // namespace searcher
