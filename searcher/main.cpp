// @brief searcher: command-line entry point. Parses options, opens the index once, runs each
// query through QueryRunner and hands the results to the chosen printer. Exit codes like grep:
// 0 at least one hit, 1 no hit, 2 an error (an error beats a hit); a broken pipe ends quietly.
#include <csignal>
#include <cstdlib>
#include <chrono>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>

#include "analysis/program_info.h"
#include "searcher/acronym_printer.h"
#include "searcher/document_list.h"
#include "searcher/document_list_printer.h"
#include "searcher/context_finder.h"
#include "searcher/editor_launcher.h"
#include "searcher/index_locator.h"
#include "searcher/index_reader.h"
#include "searcher/interactive_session.h"
#include "searcher/line_editor.h"
#include "searcher/passage_viewer.h"
#include "searcher/printer.h"
#include "searcher/query_runner.h"
#include "searcher/search_options.h"
#include "searcher/similar_finder.h"
#include "searcher/view_printer.h"

namespace {

constexpr int kExitHit = 0;
constexpr int kExitNoHit = 1;
constexpr int kExitError = 2;

// `program` is the name this process was started under (`searcher` in the build tree,
// `passage-search` installed): messages, --help and --version name the command the user typed.
int fail(const std::string& program, const std::string& message) {
  std::cerr << program << ": " << message << '\n';
  return kExitError;
}

int run(const std::string& program, int argc, const char* const argv[]) {
  auto flags = searcher::parse_flags(argc, argv);
  if (!flags.is_ok()) return fail(program, "error: " + flags.status().message() + "\ntry `" + program + " --help`");
  if (flags->help) {
    std::cout << searcher::usage(program);
    return kExitHit;
  }
  if (flags->version) {
    std::cout << analysis::version_text(program);
    return kExitHit;
  }
  const searcher::Environment environment = searcher::current_environment();
  auto options = searcher::resolve_options(flags.value(), environment);
  if (!options.is_ok()) return fail(program, "error: " + options.status().message() + "\ntry `" + program + " --help`");

  std::error_code cwd_error;
  const std::string cwd = std::filesystem::current_path(cwd_error).string();
  auto located = searcher::locate_index(options->index, environment.index_variable, cwd);
  if (!located.is_ok()) return fail(program, "error: " + located.status().message());
  auto index = searcher::IndexReader::open(located->path, options->shards);
  if (!index.is_ok()) {
    const std::string from = located->source == searcher::kIndexVariable ? std::string(" (from ") + searcher::kIndexVariable + ")" : "";
    return fail(program, "error: " + index.status().message() + from);
  }
  size_t warned = 0;
  // Shards left out under --allow-partial, at opening or mid-run: said once each, on stderr.
  auto warn_partial = [&]() {
    const auto& warnings = index.value()->warnings();
    for (; warned < warnings.size(); ++warned) {
      std::cerr << program << ": warning: " << warnings[warned] << "; results are partial\n";
    }
  };
  warn_partial();
  if (options->list_acronyms) {
    auto definitions = index.value()->acronym_definitions();
    if (!definitions.is_ok()) return fail(program, "error: " + definitions.status().message());
    const bool none = definitions->empty();
    searcher::print_acronyms(std::move(definitions).value(), options->format, std::cout);
    std::cout.flush();
    return none ? kExitNoHit : kExitHit;
  }
  if (options->list_documents) {
    std::vector<searcher::DocumentEntry> documents;
    try {
      documents = searcher::read_document_list(index.value()->db(), index.value()->locator());
    } catch (const Xapian::Error& e) {
      return fail(program, "error: index at " + located->path + ": " + e.get_description());
    }
    searcher::print_document_list(documents, options->format, std::cout);
    std::cout.flush();
    return documents.empty() ? kExitNoHit : kExitHit;
  }

  // An id that names no record is "nothing found" (exit 1), like a query without hits; a malformed
  // id or an unreadable index is an error (exit 2).
  auto record_failure = [&](const analysis::Status& status) {
    std::cerr << program << ": " << (status.kind() == analysis::Status::Kind::kNotFound ? "" : "error: ")
              << status.message() << '\n';
    return status.kind() == analysis::Status::Kind::kNotFound ? kExitNoHit : kExitError;
  };
  if (!options->show.empty()) {
    auto views = searcher::view_records(*index.value(), options->show, options->printer.context);
    if (!views.is_ok()) return record_failure(views.status());
    auto printer = searcher::make_view_printer(options->format, options->printer, std::cout);
    printer->begin();
    for (const auto& view : views.value()) printer->print_view(view);
    std::cout.flush();
    return kExitHit;
  }
  if (options->interactive) {
    searcher::InteractiveSession session(
        *index.value(), {options->query_options, options->rank, options->printer}, std::cout,
        [&](const std::string& file, int line) {
          return searcher::open_in_editor(searcher::editor_command(std::getenv("VISUAL"), std::getenv("EDITOR")),
                                          searcher::locate_record_file(file, options->index), line);
        });
    auto editor = searcher::LineEditor::open(searcher::history_path(std::getenv("XDG_STATE_HOME"), std::getenv("HOME")));
    if (!editor.is_ok()) {
      std::cerr << program << ": " << editor.status().message() << '\n';
      return kExitError;
    }
    if (!editor.value()->history_problem().empty()) std::cerr << program << ": warning: " << editor.value()->history_problem() << '\n';
    if (!options->query.empty()) session.handle(options->query);
    session.run(*editor.value());
    return kExitHit;
  }

  searcher::QueryRunner runner(*index.value(), options->query_options, options->rank);
  auto printer = searcher::make_printer(options->format, options->printer, std::cout, std::cerr);
  bool any_hit = false;
  bool any_error = false;

  // Answers one query (or --similar); returns false once stdout is gone (a closed pipe), to stop
  // quietly. `line` is the query's line of --batch input, 0 for a query on the command line.
  auto answer = [&](const std::string& query, long line) {
    searcher::QueryStats stats;
    auto result = options->similar.empty() ? runner.run(query, &stats)
                                           : searcher::find_similar(*index.value(), options->similar, options->rank);
    warn_partial();
    if (result.is_ok()) {
      analysis::Status context = searcher::attach_context(*index.value(), result->hits, options->printer.context);
      if (!context.is_ok()) result = context;
    }
    if (!result.is_ok() && result.status().kind() == analysis::Status::Kind::kNotFound) {
      std::cout.flush();
      std::cerr << program << ": " << result.status().message() << '\n';
      return static_cast<bool>(std::cout);
    }
    if (!result.is_ok()) {
      any_error = true;
      const std::string& message = result.status().message();
      printer->print_error({line, query, searcher::query_error_column(message), message});
      std::cout.flush();
      std::cerr << program << ": " << (line > 0 ? "stdin:" + std::to_string(line) + ": " : "") << message << '\n';
      return static_cast<bool>(std::cout);
    }
    result->line = line;
    any_hit = any_hit || !result->hits.empty() || !result->documents.empty();
    auto start = std::chrono::steady_clock::now();
    printer->print_result(result.value());
    stats.render_us =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    printer->end_query(result.value(), stats);
    std::cout.flush();
    return static_cast<bool>(std::cout);
  };

  printer->begin();
  if (options->batch) {
    std::string line;
    for (long number = 1; std::getline(std::cin, line); ++number) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      // A blank line is no query: skipping it keeps `grep -v` or editor-made files usable.
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      if (!answer(line, number)) break;
    }
  } else {
    answer(options->query, 0);
  }
  if (std::cout) printer->finish();
  std::cout.flush();
  // The process ends with this function: closing the index (Xapian's tables and caches, the word
  // lists, the acronym groups) is work no one waits for, 2.7 % of the instructions of a process
  // answering one query (callgrind). Left open, and reachable, so leak checkers still count
  // only what is lost.
  [[maybe_unused]] static const searcher::IndexReader* volatile left_open = nullptr;
  left_open = index.value().release();
  // A reader that went away (`searcher … | head`) is not an error: end quietly.
  if (any_error) return kExitError;
  return any_hit ? kExitHit : kExitNoHit;
}

}  // namespace

int main(int argc, char* argv[]) {
  // Writes to a closed pipe then fail with EPIPE instead of killing the process.
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);
  const std::string program = analysis::program_name(argc > 0 ? argv[0] : nullptr, "searcher");
  try {
    return run(program, argc, argv);
  } catch (const std::exception& e) {
    return fail(program, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(program, "internal error");
  }
}
