// @brief Search options: command line to Flags, Flags plus environment to SearchOptions.
#include "searcher/search_options.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <set>

#include <boost/program_options.hpp>

#include "analysis/program_info.h"
#include "searcher/index_locator.h"

namespace searcher {

namespace po = boost::program_options;
using analysis::Result;
using analysis::Status;

namespace {

constexpr long long kMaxLimit = 10000;
constexpr long long kMaxContext = 50;

po::options_description describe(Flags& flags) {
  po::options_description options("options");
  options.add_options()
      ("index", po::value(&flags.index))
      ("format", po::value(&flags.format))
      ("json,j", po::bool_switch())  // an alias, rewritten to --format json (parse_flags)
      ("color", po::value(&flags.color))
      ("limit,m", po::value(&flags.limit))
      (",n", po::value<long long>())  // an alias, rewritten to --limit (parse_flags)
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
      ("show", po::value(&flags.show))
      ("similar", po::value(&flags.similar))
      ("context,C", po::value(&flags.context))
      ("interactive,i", po::bool_switch(&flags.interactive))
      // Views of the results.
      ("count,c", po::bool_switch(&flags.count))
      ("files-with-matches,l", po::bool_switch(&flags.files_with_matches))
      ("vimgrep", po::bool_switch(&flags.vimgrep))
      ("sort", po::value(&flags.sort))
      ("notes", po::value(&flags.notes))
      ("help,h", po::bool_switch(&flags.help))
      ("version", po::bool_switch(&flags.version))
      ("query", po::value(&flags.query_words));
  return options;
}

// --show, --similar and --interactive each replace the query; at most one of them, alone.
Status check_record_modes(const Flags& flags) {
  const int modes = !flags.show.empty() + !flags.similar.empty() + flags.interactive + flags.acronyms +
                    flags.list_documents + flags.batch;
  const bool record_mode = !flags.show.empty() || !flags.similar.empty() || flags.interactive;
  if (record_mode && modes > 1) {
    return Status::invalid_input(
        "--show, --similar, --interactive, --batch, --acronyms and --list-documents exclude each other");
  }
  if ((!flags.show.empty() || !flags.similar.empty()) && !flags.query_words.empty()) {
    return Status::invalid_input(std::string(flags.show.empty() ? "--similar" : "--show") +
                                 " takes a record id and no query");
  }
  return Status::ok();
}

// Levenshtein distance between `a` and `b`.
size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// Aliases of other options, rewritten before storing so that the last occurrence wins across
// both spellings (`--format tsv -j` is JSON).
void rewrite_aliases(po::parsed_options& parsed) {
  for (po::option& option : parsed.options) {
    if (option.string_key == "json") {
      option.string_key = "format";
      option.value = {"json"};
    } else if (option.string_key == "-n" || option.string_key == "n") {
      option.string_key = "limit";
    }
  }
}

// As in rg and most Unix tools, a later occurrence of an option overrides an earlier one
// (an alias or a script's default followed by the user's choice); Program_options would refuse
// the second value. Positional words (the query) are all kept.
void keep_last_occurrences(po::parsed_options& parsed) {
  std::set<std::string> seen;
  std::vector<po::option> kept;
  for (auto it = parsed.options.rbegin(); it != parsed.options.rend(); ++it) {
    if (it->position_key == -1 && !seen.insert(it->string_key).second) continue;
    kept.push_back(*it);
  }
  parsed.options.assign(kept.rbegin(), kept.rend());
}

}  // namespace

namespace {

// The long names of `options`, for naming the nearest one to an unknown option.
std::vector<std::string> long_names(const po::options_description& options) {
  std::vector<std::string> names;
  for (const auto& description : options.options()) {
    const std::string name = description->long_name();
    if (!name.empty() && name != "query") names.push_back(name);
  }
  return names;
}

}  // namespace

std::string nearest_option(const std::string& typed, const std::vector<std::string>& names) {
  std::string stripped = typed.substr(typed.find_first_not_of('-') == std::string::npos ? typed.size()
                                                                                       : typed.find_first_not_of('-'));
  stripped = stripped.substr(0, stripped.find('='));
  std::string best;
  size_t best_distance = 0;
  for (const std::string& name : names) {
    size_t distance = edit_distance(stripped, name);
    // A prefix or suffix is near whatever its length: `--files` means `--files-with-matches`,
    // `--synonyms` `--no-synonyms`.
    const bool part = name.size() > stripped.size() &&
                      (name.rfind(stripped, 0) == 0 || name.compare(name.size() - stripped.size(), stripped.size(), stripped) == 0);
    if (stripped.size() >= 3 && part) distance = 1;
    if (best.empty() || distance < best_distance) {
      best = name;
      best_distance = distance;
    }
  }
  // Farther than a third of the word, a suggestion is a guess, not a correction.
  if (best.empty() || best_distance > std::max<size_t>(1, stripped.size() / 3)) return "";
  return "--" + best;
}

Result<Flags> parse_flags(int argc, const char* const argv[]) {
  Flags flags;
  po::options_description options = describe(flags);
  po::positional_options_description positional;
  positional.add("query", -1);
  try {
    po::variables_map map;
    // No guessing of abbreviations, so "--lim" is never silently --limit; "--" ends options.
    auto style = po::command_line_style::unix_style & ~po::command_line_style::allow_guessing;
    po::parsed_options parsed =
        po::command_line_parser(argc, argv).options(options).positional(positional).style(style).run();
    rewrite_aliases(parsed);
    keep_last_occurrences(parsed);
    po::store(parsed, map);
    po::notify(map);
  } catch (const po::unknown_option& e) {
    const std::string typed = e.get_option_name();
    const std::vector<std::string> names = long_names(options);
    // "-limit" is near "--limit" too; a single letter ("-x") is too short to guess from.
    const std::string nearest = typed.size() > 2 ? nearest_option(typed, names) : "";
    if (!nearest.empty()) return Status::invalid_input("unknown option " + typed + "; did you mean " + nearest + "?");
    return Status::invalid_input("unknown option " + typed +
                                 " (to search for a word starting with '-', put the query after `--`)");
  } catch (const po::error& e) {
    // "-nation" is -n with the value "ation": a query word, most likely.
    for (int i = 1; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg == "--") break;
      if (arg.size() > 2 && arg[0] == '-' && arg[1] != '-' && !std::isdigit(static_cast<unsigned char>(arg[2]))) {
        // "-limit" reads as -l -i -m "it": a long option typed with one dash, most likely.
        const std::string nearest = nearest_option(arg, long_names(options));
        if (!nearest.empty()) return Status::invalid_input("unknown option " + arg + "; did you mean " + nearest + "?");
        return Status::invalid_input(std::string(e.what()) +
                                     " (to search for a word starting with '-', put the query after `--`)");
      }
    }
    return Status::invalid_input(e.what());
  }
  return flags;
}

Result<SearchOptions> resolve_options(const Flags& flags, const Environment& environment) {
  SearchOptions options;
  options.index = flags.index;
  options.batch = flags.batch;
  options.printer.width = std::max(20, environment.columns);

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

  if (flags.count + flags.files_with_matches + flags.vimgrep > 1) {
    return Status::invalid_input("--count, --files-with-matches and --vimgrep are views of their own; give one");
  }
  if (flags.count) options.printer.view = View::kCount;
  if (flags.files_with_matches) options.printer.view = View::kFiles;
  if (flags.vimgrep) options.printer.view = View::kVimgrep;
  options.rank.per_document = flags.count || flags.files_with_matches;
  options.rank.locate_matches = flags.vimgrep;
  if (flags.sort == "document") {
    options.rank.document_order = true;
  } else if (flags.sort != "relevance") {
    return Status::invalid_input("--sort: unknown order '" + flags.sort + "' (expected relevance or document)");
  }
  if (flags.notes == "short") {
    options.printer.notes = NoteDisplay::kShort;
  } else if (flags.notes == "full") {
    options.printer.notes = NoteDisplay::kFull;
  } else if (flags.notes == "none") {
    options.printer.notes = NoteDisplay::kNone;
  } else {
    return Status::invalid_input("--notes: unknown value '" + flags.notes + "' (expected full, short or none)");
  }

  for (const std::string& word : flags.query_words) {
    if (!options.query.empty()) options.query += ' ';
    options.query += word;
  }
  if (flags.context < 0 || flags.context > kMaxContext) {
    return Status::invalid_input("--context: " + std::to_string(flags.context) + " is out of range (0 to " +
                                 std::to_string(kMaxContext) + ")");
  }
  options.printer.context = static_cast<int>(flags.context);
  Status modes = check_record_modes(flags);
  if (!modes.is_ok()) return modes;
  options.show = flags.show;
  options.similar = flags.similar;
  options.interactive = flags.interactive;
  if (!flags.show.empty() || !flags.similar.empty()) return options;
  if (flags.interactive) {
    if (options.format != Format::kText) return Status::invalid_input("--interactive writes text; give no --format");
    return options;
  }
  options.list_acronyms = flags.acronyms;
  if ((flags.acronyms || flags.list_documents) && options.printer.view != View::kHits) {
    return Status::invalid_input(std::string(flags.acronyms ? "--acronyms" : "--list-documents") +
                                 " is a listing of its own; give no --count, --files-with-matches or --vimgrep");
  }
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

int terminal_columns(const char* columns_variable, int fd) {
  if (columns_variable != nullptr) {
    char* end = nullptr;
    const long columns = std::strtol(columns_variable, &end, 10);
    if (end != columns_variable && *end == '\0' && columns > 0 && columns <= 100000) return static_cast<int>(columns);
  }
  struct winsize size {};
  if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

Environment current_environment() {
  Environment environment;
  environment.stdout_is_tty = ::isatty(STDOUT_FILENO) == 1;
  const char* no_color = std::getenv("NO_COLOR");
  environment.no_color = no_color != nullptr && no_color[0] != '\0';
  const char* term = std::getenv("TERM");
  environment.dumb_terminal = term != nullptr && std::strcmp(term, "dumb") == 0;
  environment.columns = terminal_columns(std::getenv("COLUMNS"), STDOUT_FILENO);
  const char* index = std::getenv(kIndexVariable);
  if (index != nullptr) environment.index_variable = index;
  return environment;
}

std::string usage(const std::string& program) {
  // Within 80 columns with the installed name (passage-search, 6 more than searcher).
  std::string text = R"(Usage: searcher [OPTIONS] QUERY...
  or:  searcher [OPTIONS] --batch < queries.txt
  or:  searcher [OPTIONS] --show ID | --similar ID | --interactive
Ranked passages of an indexed document collection, with their sources
(document, section, file:line) and the notes they cite, with the notes' text.

QUERY is Xapian query syntax over the indexed words:
  words (ranked by BM25)    searcher Ministry of Defense cyber units
  phrase                    searcher '"national security strategy"'
  AND OR NOT + - NEAR       searcher 'cyber AND (units OR command)'
  wildcard (capped)         searcher 'cyber*'
  source:ID                 searcher source:un-reply-japan-2019 norms
  section:WORD              searcher section:governance cyber
  kind:passage|note|glossary  searcher kind:note defense
  note:N (passages citing N)  searcher source:iiss-japan-2021 note:12
  URL or host name in notes   searcher mod.go.jp
Put a query starting with '-' after `--`:  searcher -- -olympic cyber
Pasted text is read as a search box reads it: an unknown "word:" is text, an
unclosed quote or bracket ends at the end, a stray operator is a word; each
repair is a notice (stderr; "notices" in json). Words the index does not hold
are named ("no passage has: …"; "unmatched" in json).

Options:
  --index DIR            index directory or stub file (default:
                         $PASSAGE_SEARCH_INDEX, else the nearest index/ in
                         this directory or above).
                         Example: searcher --index /tmp/idx cyber
  --format FORMAT        text (default), json (JSON Lines), tsv.
                         Example: searcher --format json cyber | jq .file
  -j, --json             the same as --format json.
                         Example: searcher -j cyber | jq .path
  --color WHEN           never, always, auto (default: on a terminal,
                         unless NO_COLOR is set).
                         Example: searcher --color=always cyber | less -R
  -n, -m, --limit N      hits to show, 1 to 10000 (default: 10).
                         Example: searcher -n 3 cyber
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
  -c, --count            matching passages per document, as FILE:COUNT.
                         Example: searcher -c cyber
  -l, --files-with-matches
                         the files with a match, one per line.
                         Example: searcher -l cyber | xargs wc -l
  --vimgrep              FILE:LINE:COL:TEXT per hit, for vim -q and Emacs.
                         Example: vim -q <(searcher --vimgrep cyber)
  --sort ORDER           relevance (default), or document: the hits in the
                         documents' order (the same hits).
                         Example: searcher --sort document -n 20 cyber
  --notes HOW            text: cited notes short (default: one line each),
                         full, or none.
                         Example: searcher --notes full MoD
  --batch                one query per line of stdin, one index open.
                         Example: searcher --batch -j < queries.txt
  --stats                microseconds spent parsing, matching, rendering
                         (stderr in text and tsv, a "stats" field in json).
                         Example: searcher --stats cyber
  --acronyms             the acronyms the index learnt, with file:line.
                         Example: searcher --acronyms --format tsv
  --list-documents       the index's documents: id (for source:ID), title,
                         file.
                         Example: searcher --list-documents --format tsv
  --show ID              a record whole: text, section, file:line, its notes in
                         full; a note with the passages citing it. ID as printed
                         (doc:p12, doc:note3, doc:glossary1), FILE:LINE as text
                         prints it, or note:N (each document's note N).
                         Example: searcher --show note:12
  --similar ID           records like ID (relevance feedback), ID left out.
                         Example: searcher --similar iiss-japan-2021:p25
  -C, --context N        also the N records before and after each hit (or the
                         --show record), in document order, marked as context.
                         Example: searcher -C 1 cyber units
  -i, --interactive      a prompt: queries, n/p to page, :show N, :similar N,
                         :open N (in $VISUAL or $EDITOR), :help, :q; history
                         in $XDG_STATE_HOME/passage-search/history.
                         Example: searcher -i
  --timeout MS           remote shards: connect and answer within MS
                         milliseconds (default: 10000).
                         Example: searcher --timeout 2000 cyber
  --allow-partial        search the shards that answer; warn about the
                         others (default: error).
                         Example: searcher --allow-partial cyber
  -h, --help             this help
  --version              the version, with the Xapian and ICU versions

The last occurrence of an option wins (--limit 20 --limit 5 shows 5).
Text output wraps to $COLUMNS, else the terminal's width, else 80 columns.

Exit status:
  0  at least one hit
  1  no hit (--show, --similar: no record with that id)
  2  an error (bad option, query or id, missing or incompatible index, a shard
     that does not answer); an error beats a hit

Examples:
  searcher Ministry of Defense cyber units
  searcher -j -n 20 cyber units | jq -r 'select(.type=="hit") | .path'
  searcher --format tsv source:iiss-japan-2021 cyber | cut -f5,6
  printf 'cyber\nnorms\n' | searcher --batch --format tsv
  searcher --show iiss-japan-2021:note12)";
  // Every "searcher" above is the command, which is installed under another name.
  return analysis::rename_program(text, "searcher", program);
}

}  // namespace searcher
