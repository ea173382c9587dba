// @brief Search options: command line to Flags, Flags plus environment to SearchOptions.
#include "searcher/search_options.h"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include <boost/program_options.hpp>

#include "analysis/program_info.h"

namespace searcher {

namespace po = boost::program_options;
using analysis::Result;
using analysis::Status;

namespace {

constexpr long long kMaxLimit = 10000;

po::options_description describe(Flags& flags) {
  po::options_description options("options");
  options.add_options()
      ("index", po::value(&flags.index))
      ("format", po::value(&flags.format))
      ("color", po::value(&flags.color))
      ("limit", po::value(&flags.limit))
      ("offset", po::value(&flags.offset))
      ("all", po::bool_switch(&flags.all))
      ("no-synonyms", po::bool_switch(&flags.no_synonyms))
      ("strict", po::bool_switch(&flags.strict))
      ("explain", po::bool_switch(&flags.explain))
      ("batch", po::bool_switch(&flags.batch))
      ("stats", po::bool_switch(&flags.stats))
      ("timeout", po::value(&flags.timeout_ms))
      ("allow-partial", po::bool_switch(&flags.allow_partial))
      ("acronyms", po::bool_switch(&flags.acronyms))
      ("list-documents", po::bool_switch(&flags.list_documents))
      ("help,h", po::bool_switch(&flags.help))
      ("version", po::bool_switch(&flags.version))
      ("query", po::value(&flags.query_words));
  return options;
}

}  // namespace

Result<Flags> parse_flags(int argc, const char* const argv[]) {
  Flags flags;
  po::options_description options = describe(flags);
  po::positional_options_description positional;
  positional.add("query", -1);
  try {
    po::variables_map map;
    // Long options only, so "-defense" is never split into short options; "--" ends options.
    auto style = po::command_line_style::unix_style & ~po::command_line_style::allow_guessing;
    po::store(po::command_line_parser(argc, argv).options(options).positional(positional).style(style).run(), map);
    po::notify(map);
  } catch (const po::unknown_option& e) {
    return Status::invalid_input(std::string(e.what()) +
                                 " (to search for a word starting with '-', put the query after `--`)");
  } catch (const po::error& e) {
    return Status::invalid_input(e.what());
  }
  return flags;
}

Result<SearchOptions> resolve_options(const Flags& flags, const Environment& environment) {
  SearchOptions options;
  options.index = flags.index;
  options.batch = flags.batch;

  if (flags.format == "text") {
    options.format = Format::kText;
  } else if (flags.format == "json") {
    options.format = Format::kJson;
  } else if (flags.format == "tsv") {
    options.format = Format::kTsv;
  } else {
    return Status::invalid_input("--format: unknown format '" + flags.format + "' (expected text, json or tsv)");
  }

  if (flags.color == "always") {
    options.printer.color = true;
  } else if (flags.color == "never") {
    options.printer.color = false;
  } else if (flags.color == "auto") {
    options.printer.color = environment.stdout_is_tty && !environment.no_color && !environment.dumb_terminal;
  } else {
    return Status::invalid_input("--color: unknown value '" + flags.color + "' (expected never, always or auto)");
  }
  // Only people read text; JSON and TSV never carry escapes.
  if (options.format != Format::kText) options.printer.color = false;

  if (flags.limit < 1 || flags.limit > kMaxLimit) {
    return Status::invalid_input("--limit: " + std::to_string(flags.limit) + " is out of range (1 to " +
                                 std::to_string(kMaxLimit) + ")");
  }
  if (flags.offset < 0 || flags.offset > 1000000) {
    return Status::invalid_input("--offset: " + std::to_string(flags.offset) + " is out of range (0 to 1000000)");
  }
  options.rank.limit = static_cast<Xapian::doccount>(flags.limit);
  options.rank.offset = static_cast<Xapian::doccount>(flags.offset);
  options.rank.explain = flags.explain;

  if (flags.timeout_ms < 1 || flags.timeout_ms > 3600000) {
    return Status::invalid_input("--timeout: " + std::to_string(flags.timeout_ms) +
                                 " is out of range (1 to 3600000 milliseconds)");
  }
  options.shards.timeout_ms = static_cast<unsigned>(flags.timeout_ms);
  options.shards.allow_partial = flags.allow_partial;

  options.query_options.require_all = flags.all;
  options.query_options.synonyms = !flags.no_synonyms;
  options.query_options.strict = flags.strict;

  options.printer.batch = flags.batch;
  options.printer.explain = flags.explain;
  options.printer.stats = flags.stats;

  for (const std::string& word : flags.query_words) {
    if (!options.query.empty()) options.query += ' ';
    options.query += word;
  }
  options.list_acronyms = flags.acronyms;
  if (flags.acronyms) {
    if (flags.batch || !flags.query_words.empty() || flags.list_documents) {
      return Status::invalid_input("--acronyms lists the index's acronyms; give no query, no --batch and no --list-documents");
    }
    return options;
  }
  options.list_documents = flags.list_documents;
  if (flags.list_documents) {
    if (flags.batch || !flags.query_words.empty()) {
      return Status::invalid_input("--list-documents lists the index's documents; give no query and no --batch");
    }
    return options;
  }
  if (flags.batch && !flags.query_words.empty()) {
    return Status::invalid_input("--batch reads queries from standard input; give no query on the command line");
  }
  if (!flags.batch && flags.query_words.empty()) {
    return Status::invalid_input("no query given (try `searcher cyber units`, or --batch to read queries from stdin)");
  }
  return options;
}

Environment current_environment() {
  Environment environment;
  environment.stdout_is_tty = ::isatty(STDOUT_FILENO) == 1;
  const char* no_color = std::getenv("NO_COLOR");
  environment.no_color = no_color != nullptr && no_color[0] != '\0';
  const char* term = std::getenv("TERM");
  environment.dumb_terminal = term != nullptr && std::strcmp(term, "dumb") == 0;
  return environment;
}

std::string usage(const std::string& program) {
  std::string text = R"(Usage: searcher [OPTIONS] QUERY...
  or:  searcher [OPTIONS] --batch < queries.txt
Ranked passages of an indexed document collection, with their sources (document, section,
file:line) and the notes they cite, with the notes' text.

QUERY is Xapian query syntax over the indexed words:
  words (ranked by BM25)      searcher Ministry of Defense cyber units
  phrase                      searcher '"national security strategy"'
  AND OR NOT + - NEAR         searcher 'cyber AND (units OR command) NOT olympic'
  wildcard (capped)           searcher 'cyber*'
  source:ID                   searcher source:un-reply-japan-2019 norms
  section:WORD                searcher section:governance cyber
  kind:passage|note|glossary  searcher kind:note defense
  note:N (passages citing N)  searcher source:iiss-japan-2021 note:12
  URL or host name in notes   searcher mod.go.jp
Put a query starting with '-' after `--`:  searcher -- -olympic cyber
Pasted text is read as a search box reads it: an unknown "word:" is text, an
unclosed quote or bracket ends at the end, a stray operator is a word; each
repair is a notice (stderr; "notices" in json). Words the index does not hold
are named ("no passage has: …"; "unmatched" in json).

Options:
  --index DIR            index directory or stub file (default: index).
                         Example: searcher --index /tmp/idx cyber
  --format FORMAT        text (default), json (JSON Lines), tsv.
                         Example: searcher --format json cyber | jq .file
  --color WHEN           never, always, auto (default: on a TTY, unless NO_COLOR is set).
                         Example: searcher --color=always cyber | less -R
  --limit N              hits to show, 1 to 10000 (default: 10).
                         Example: searcher --limit 3 cyber
  --offset N             hits to skip first (default: 0).
                         Example: searcher --offset 10 cyber
  --all                  every word must match.
                         Example: searcher --all cyber defense units
  --no-synonyms          no acronym or spelling-variant expansion.
                         Example: searcher --no-synonyms MoD
  --strict               refuse a malformed query (exit 2, with its column)
                         instead of repairing it.
                         Example: searcher --strict 'author:smith'
  --explain              show the parsed query, expansions and term weights.
                         Example: searcher --explain MoD cyber
  --batch                one query per line of stdin, one index open.
                         Example: printf 'cyber\nnorms\n' | searcher --batch --format json
  --stats                microseconds spent parsing, matching, rendering per query
                         (stderr in text and tsv, a "stats" field in json).
                         Example: searcher --stats cyber
  --acronyms             list the acronyms the index learnt, with expansion and file:line.
                         Example: searcher --acronyms --format json | jq .acronym
  --list-documents       list the index's documents: id (for source:ID), title, file.
                         Example: searcher --list-documents --format tsv | cut -f1
  --timeout MS           remote shards: connect and answer within MS milliseconds
                         (default: 10000).
                         Example: searcher --index shards.stub --timeout 2000 cyber
  --allow-partial        search the shards that answer; warn about the others
                         (default: error).
                         Example: searcher --index shards.stub --allow-partial cyber
  -h, --help             this help
  --version              the version, and the Xapian and ICU versions it runs with

Exit status:
  0  at least one hit
  1  no hit
  2  an error (bad option or query, missing or incompatible index, a shard that does not
     answer); an error beats a hit

Examples:
  searcher Ministry of Defense cyber units
  searcher --format json --limit 20 cyber units | jq -r 'select(.type=="hit") | .file'
  searcher --format tsv source:iiss-japan-2021 cyber | cut -f5,6
  printf 'cyber\nnorms\n' | searcher --batch --format tsv
)";
  // Every "searcher" above is the command, which is installed under another name.
  return analysis::rename_program(text, "searcher", program);
}

}  // namespace searcher
