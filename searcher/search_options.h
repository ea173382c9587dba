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
  std::string index = "index";
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
  bool help = false;
  bool version = false;
};

// What resolve_options needs to know about the world, so it stays testable.
struct Environment {
  bool stdout_is_tty = false;
  bool no_color = false;  // NO_COLOR is set to a non-empty value
  bool dumb_terminal = false;  // TERM=dumb
};

// Stage 2: what the searcher runs with.
struct SearchOptions {
  std::string index;
  std::string query;  // empty in batch mode
  bool batch = false;
  bool list_acronyms = false;  // --acronyms: list the index's acronyms instead of searching
  bool list_documents = false;  // --list-documents: list the index's documents instead of searching
  Format format = Format::kText;
  PrinterOptions printer;
  QueryOptions query_options;
  RankOptions rank;
  ShardOptions shards;
};

// Parses argv with Boost.Program_options. Errors are invalid_input Statuses naming the option
// ("unrecognised option '--colour'"); a query word starting with '-' is taken as an option, so
// the message suggests putting the query after `--`.
analysis::Result<Flags> parse_flags(int argc, const char* const argv[]);

// Checks and converts flags: --format text|json|tsv; --color never|always|auto (auto: colour only
// on a TTY, without NO_COLOR, not on TERM=dumb; always wins over NO_COLOR); --limit 1..10000;
// --offset >= 0; a query, or --batch, but not both; --acronyms and --list-documents take neither. Errors are invalid_input naming the option.
// REQUIRES: !flags.help && !flags.version (those are answered before resolving).
analysis::Result<SearchOptions> resolve_options(const Flags& flags, const Environment& environment);

// The environment of this process (isatty(1), NO_COLOR, TERM).
Environment current_environment();

// The --help text: every option with an example, and the exit codes, naming the program
// `program` (the name it was started under). Laid out as help2man reads it ("Usage:", "Options:",
// "Exit status:", "Examples:"), since the man page is generated from it.
std::string usage(const std::string& program = "searcher");

}  // namespace searcher
