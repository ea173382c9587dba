// @brief InteractiveSession: queries, paging and commands on hits of the page.
#include "searcher/interactive_session.h"

#include <algorithm>
#include <cctype>

#include "searcher/context_finder.h"
#include "searcher/passage_viewer.h"
#include "searcher/query_runner.h"
#include "searcher/similar_finder.h"
#include "searcher/view_printer.h"

namespace searcher {

namespace {

std::string trim(const std::string& text) {
  const size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

}  // namespace

std::string interactive_help() {
  return "Type a query (the same syntax as on the command line) to see its first page of hits.\n"
         "  n, p          next page, previous page\n"
         "  :show N       hit N of the page whole, with its notes (N may also be an id)\n"
         "  :similar N    records like hit N (or an id), as pages\n"
         "  :open N       hit N in $VISUAL or $EDITOR at its first line (+LINE FILE)\n"
         "  :help         this help\n"
         "  :q, Ctrl-D    leave\n";
}

InteractiveSession::InteractiveSession(IndexReader& index, SessionSettings settings, std::ostream& out,
                                       OpenFile open_file)
    : index_(index), settings_(std::move(settings)), out_(out), open_file_(std::move(open_file)) {}

void InteractiveSession::run(LineSource& input) {
  while (auto line = input.read_line(kPrompt)) {
    const bool more = handle(*line);
    // The line editor writes the next prompt straight to the terminal: what this line printed
    // must be out before it.
    out_.flush();
    if (!more) return;
  }
  out_ << '\n';  // Ctrl-D leaves the cursor after the prompt
}

bool InteractiveSession::handle(const std::string& raw) {
  const std::string line = trim(raw);
  if (line.empty()) return true;
  if (line == ":q" || line == ":quit") return false;
  if (line == "n" || line == "p") {
    if (query_.empty() && similar_.empty()) {
      error("no query yet: type one first");
    } else if (line == "n") {
      // The ranker counts matches exactly as far as one past the page.
      if (page_.hits.size() < settings_.rank.limit || offset_ + page_.hits.size() >= page_.matches_estimated) {
        out_ << "(last page)\n";
      } else {
        show_page(query_, similar_, offset_ + settings_.rank.limit);
      }
    } else if (offset_ == 0) {
      out_ << "(first page)\n";
    } else {
      show_page(query_, similar_, offset_ > settings_.rank.limit ? offset_ - settings_.rank.limit : 0);
    }
    return true;
  }
  if (line[0] == ':') {
    const size_t space = line.find_first_of(" \t");
    command(line.substr(0, space), space == std::string::npos ? "" : trim(line.substr(space)));
    return true;
  }
  show_page(line, "", 0);
  return true;
}

void InteractiveSession::show_page(const std::string& query, const std::string& similar, Xapian::doccount offset) {
  RankOptions rank = settings_.rank;
  rank.offset = offset;
  analysis::Result<QueryResult> result = analysis::Status::ok();
  if (!similar.empty()) {
    result = find_similar(index_, similar, rank);
  } else {
    QueryRunner runner(index_, settings_.query, rank);
    result = runner.run(query, nullptr);
  }
  if (!result.is_ok()) {
    error(result.status().message());
    return;
  }
  analysis::Status context = attach_context(index_, result->hits, settings_.printer.context);
  if (!context.is_ok()) {
    error(context.message());
    return;
  }
  query_ = query;
  similar_ = similar;
  offset_ = offset;
  page_ = std::move(result).value();
  auto printer = make_printer(Format::kText, settings_.printer, out_, out_);
  printer->print_result(page_);
  out_.flush();
}

const Hit* InteractiveSession::hit_numbered(const std::string& argument) {
  if (argument.empty() || !std::all_of(argument.begin(), argument.end(), [](unsigned char c) { return std::isdigit(c); })) {
    error("expected the number of a hit on the page, e.g. 1");
    return nullptr;
  }
  const long number = argument.size() > 9 ? -1 : std::stol(argument);
  for (const Hit& hit : page_.hits) {
    if (hit.rank == number) return &hit;
  }
  if (page_.hits.empty()) {
    error("no hits on the page: type a query first");
  } else {
    error("no hit " + argument + " on this page (it shows " + std::to_string(page_.hits.front().rank) + "-" +
          std::to_string(page_.hits.back().rank) + ")");
  }
  return nullptr;
}

void InteractiveSession::command(const std::string& name, const std::string& argument) {
  if (name == ":help" || name == ":h") {
    out_ << interactive_help();
    return;
  }
  if (name != ":show" && name != ":similar" && name != ":open") {
    error("unknown command " + name + " (:help lists them)");
    return;
  }
  // :show and :similar also take an id, as printed anywhere ("cited by: doc:p12").
  const bool is_number = !argument.empty() && std::isdigit(static_cast<unsigned char>(argument[0]));
  std::string id = argument;
  const Hit* hit = nullptr;
  if (is_number || name == ":open") {
    hit = hit_numbered(argument);
    if (!hit) return;
    id = hit->record.id;
  }
  if (name == ":open") {
    analysis::Status opened = open_file_(hit->record.file, hit->record.line_start);
    if (!opened.is_ok()) error(opened.message());
    return;
  }
  if (name == ":similar") {
    if (id.empty()) {
      error(":similar takes the number of a hit on the page (or an id)");
      return;
    }
    show_page("", id, 0);
    return;
  }
  auto views = view_records(index_, id, settings_.printer.context);
  if (!views.is_ok()) {
    error(views.status().message());
    return;
  }
  auto printer = make_view_printer(Format::kText, settings_.printer, out_);
  for (const PassageView& view : views.value()) printer->print_view(view);
  out_.flush();
}

void InteractiveSession::error(const std::string& message) { out_ << "error: " << message << '\n'; }

}  // namespace searcher
