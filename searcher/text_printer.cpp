// @brief TextPrinter: the default, human-readable output.
#include "searcher/text_printer.h"

#include <cstdio>

#include "index_format/schema.h"

namespace searcher {

namespace {

constexpr const char* kSgrPath = "35";       // magenta, as ripgrep shows paths
constexpr const char* kSgrLine = "32";       // green line numbers
constexpr const char* kSgrMatch = "1;31";    // bold red matches
constexpr const char* kSgrDim = "2";         // faint: section and score
constexpr const char* kSgrBold = "1";
constexpr const char* kIndent = "   ";
constexpr const char* kSectionSeparator = " › ";

}  // namespace

std::string format_score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", score);
  return buffer;
}

std::string TextPrinter::style(const std::string& text, const char* sgr) const {
  if (!options_.color || text.empty()) return text;
  return std::string("\x1b[") + sgr + "m" + text + "\x1b[0m";
}

std::string TextPrinter::highlighted(const Snippet& snippet) const {
  if (!options_.color) return snippet.text;
  std::string shown;
  size_t at = 0;
  for (const HighlightSpan& span : snippet.highlights) {
    if (span.byte_begin < at || span.byte_end > snippet.text.size()) continue;
    shown += snippet.text.substr(at, span.byte_begin - at);
    shown += style(snippet.text.substr(span.byte_begin, span.byte_end - span.byte_begin), kSgrMatch);
    at = span.byte_end;
  }
  shown += snippet.text.substr(at);
  return shown;
}

void TextPrinter::print_explain(const QueryResult& result) {
  out_ << "parsed: " << result.parsed << '\n';
  for (const std::string& expansion : result.expansions) out_ << "expansion: " << expansion << '\n';
  for (const TermWeight& term : result.term_weights) {
    char weight[32];
    std::snprintf(weight, sizeof weight, "%.3f", term.weight);
    out_ << "term: " << term.term << "  docs " << term.termfreq << "  max weight " << weight << '\n';
  }
}

void TextPrinter::print_result(const QueryResult& result) {
  if (!first_query_) out_ << '\n';
  first_query_ = false;
  if (options_.batch) out_ << style("query: " + result.query, kSgrBold) << '\n';
  if (!result.suggestion.empty()) out_ << "Did you mean: " << style(result.suggestion, kSgrBold) << '\n';
  // Repairs and words matching nothing go to stderr, so that stdout stays the hits.
  print_diagnostics(result, err_);
  if (options_.explain) print_explain(result);
  if (result.hits.empty()) {
    // Paged past the end (--offset): say there was something before this page.
    if (result.matches_estimated > 0) {
      out_ << "(no matches on this page; about " << result.matches_estimated << " in all)\n";
    } else {
      out_ << "(no matches)\n";
    }
    return;
  }
  for (const Hit& hit : result.hits) print_hit(hit);
  const Hit& first = result.hits.front();
  const Hit& last = result.hits.back();
  out_ << '\n'
       << "showing " << first.rank << "-" << last.rank << " of about " << result.matches_estimated
       << " matches\n";
}

void TextPrinter::print_hit(const Hit& hit) {
  const index_format::PassageRecord& r = hit.record;
  std::string place = r.doc;
  for (const std::string& heading : r.section) place += kSectionSeparator + heading;
  std::string kind;
  if (r.kind == index_format::schema::kKindNote && r.number) {
    kind = "note " + std::to_string(*r.number) + "  ";
  } else if (r.kind != index_format::schema::kKindPassage) {
    kind = r.kind + "  ";
  }
  out_ << '\n'
       << style(std::to_string(hit.rank) + ".", kSgrBold) << ' ' << style(r.file, kSgrPath) << ':'
       << style(std::to_string(r.line_start) + "-" + std::to_string(r.line_end), kSgrLine) << "  "
       << style("[" + place + "]", kSgrDim) << "  " << kind << style("score " + format_score(hit.score), kSgrDim)
       << '\n';
  out_ << kIndent << r.title << '\n';
  out_ << kIndent << highlighted(hit.snippet) << '\n';
  if (options_.explain && !hit.matching_terms.empty()) {
    out_ << kIndent << "matching terms:";
    for (size_t i = 0; i < hit.matching_terms.size(); ++i) {
      out_ << ' ' << hit.matching_terms[i];
      if (i < hit.matching_weights.size()) out_ << '=' << format_score(hit.matching_weights[i]);
    }
    out_ << '\n';
  }
  const bool is_note = r.kind == index_format::schema::kKindNote;
  if (is_note) {
    for (const std::string& url : r.urls) out_ << kIndent << "url: " << url << '\n';
  }
  for (const ResolvedNote& note : hit.notes) {
    if (is_note) {
      // A note hit that is an Ibid.: its one resolved note is the note it repeats.
      out_ << kIndent << "= [" << note.number << "] " << (note.ibid_text.empty() ? note.text : note.ibid_text)
           << '\n';
      continue;
    }
    out_ << kIndent << style("[" + std::to_string(note.number) + "]", kSgrBold) << ' '
         << (note.found ? note.text : "(note not in the index)") << '\n';
    if (note.ibid_of && !note.ibid_text.empty()) {
      out_ << kIndent << "     = [" << *note.ibid_of << "] " << note.ibid_text << '\n';
    }
  }
  if (!hit.cited_by.empty()) {
    out_ << kIndent << "cited by:";
    for (const CitingPassage& citing : hit.cited_by) {
      out_ << ' ' << citing.id << " (" << style(citing.file, kSgrPath) << ':'
           << style(std::to_string(citing.line_start), kSgrLine) << ')';
    }
    out_ << '\n';
  }
}

void TextPrinter::end_query(const QueryResult& result, const QueryStats& stats) {
  if (!options_.stats) return;
  err_ << stats_line(result, stats) << '\n';
}

}  // namespace searcher
