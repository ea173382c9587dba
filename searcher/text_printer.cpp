// @brief TextPrinter: the default, human-readable output.
#include "searcher/text_printer.h"

#include <algorithm>
#include <cstdio>

#include "index_format/schema.h"
#include "searcher/context_text.h"
#include "searcher/text_wrap.h"

namespace searcher {

namespace {

constexpr const char* kSgrPath = "35";       // magenta, as ripgrep shows paths
constexpr const char* kSgrLine = "32";       // green line numbers
constexpr const char* kSgrMatch = "1;31";    // bold red matches
constexpr const char* kSgrDim = "2";         // faint: section and score
constexpr const char* kSgrBold = "1";
const std::string kIndent = "   ";
// A space at which a line must not break ("score 12.3"), shown as a space.
constexpr char kGlue = '\x01';
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

void TextPrinter::append_styled(std::string* out, std::string_view text, const char* sgr) const {
  if (!options_.color || text.empty()) {
    out->append(text);
    return;
  }
  out->append("\x1b[").append(sgr).append("m").append(text).append("\x1b[0m");
}

void TextPrinter::write_wrapped(const std::string& text, const std::vector<Styled>& styles,
                                const std::string& first_prefix, const std::string& next_prefix) {
  const auto room = [&](const std::string& prefix) {
    const size_t used = display_width(prefix);
    return static_cast<size_t>(options_.width) > used ? static_cast<size_t>(options_.width) - used : 1;
  };
  const std::vector<LineRange> lines = wrap_lines(text, room(first_prefix), room(next_prefix));
  const std::string_view all(text);
  std::string shown;  // one buffer for every line: pieces are appended as views, not copied twice
  for (size_t i = 0; i < lines.size(); ++i) {
    const LineRange& line = lines[i];
    shown.clear();
    size_t at = line.begin;
    for (const Styled& styled : styles) {
      if (styled.end <= at || styled.begin >= line.end || styled.end > text.size()) continue;
      const size_t begin = std::max(styled.begin, at);
      const size_t end = std::min(styled.end, line.end);
      shown.append(all.substr(at, begin - at));
      append_styled(&shown, all.substr(begin, end - begin), styled.sgr);
      at = end;
    }
    shown.append(all.substr(at, line.end - at));
    std::replace(shown.begin(), shown.end(), kGlue, ' ');
    out_ << (i == 0 ? first_prefix : next_prefix) << shown << '\n';
  }
}

void TextPrinter::write_shortened(const std::string& prefix, size_t prefix_columns, const std::string& text) {
  const size_t used = prefix_columns;
  const size_t room = static_cast<size_t>(options_.width) > used ? static_cast<size_t>(options_.width) - used : 1;
  out_ << prefix << shorten(text, room) << '\n';
}

void TextPrinter::print_explain(const QueryResult& result) {
  write_wrapped("parsed: " + result.parsed, {}, "", kIndent);
  for (const std::string& expansion : result.expansions) write_wrapped("expansion: " + expansion, {}, "", kIndent);
  for (const TermWeight& term : result.term_weights) {
    char weight[32];
    std::snprintf(weight, sizeof weight, "%.3f", term.weight);
    write_wrapped("term: " + term.term + "  docs " + std::to_string(term.termfreq) + "  max weight " + weight, {}, "",
                  kIndent);
  }
}

void TextPrinter::print_result(const QueryResult& result) {
  if (!first_query_) out_ << '\n';
  first_query_ = false;
  if (options_.batch) {
    const std::string line = "query: " + result.query;
    write_wrapped(line, {{0, line.size(), kSgrBold}}, "", kIndent);
  }
  if (!result.suggestion.empty()) {
    const std::string line = "Did you mean: " + result.suggestion;
    write_wrapped(line, {{line.size() - result.suggestion.size(), line.size(), kSgrBold}}, "", kIndent);
  }
  // Repairs and words matching nothing go to stderr, so that stdout stays the hits.
  print_diagnostics(result, err_);
  if (options_.explain) print_explain(result);
  if (result.hits.empty()) {
    // Paged past the end (--offset): say there was something before this page.
    if (result.matches_estimated > 0) {
      write_wrapped("(no matches on this page; about " + std::to_string(result.matches_estimated) + " in all)", {}, "",
                    kIndent);
    } else {
      out_ << "(no matches)\n";
    }
    return;
  }
  // The title once per run of hits from one document: with --sort document, once per document.
  const std::string* previous_doc = nullptr;
  for (const Hit& hit : result.hits) {
    print_hit(hit, previous_doc == nullptr || *previous_doc != hit.record.doc);
    previous_doc = &hit.record.doc;
  }
  const Hit& first = result.hits.front();
  const Hit& last = result.hits.back();
  out_ << '\n';
  write_wrapped("showing " + std::to_string(first.rank) + "-" + std::to_string(last.rank) + " of about " +
                    std::to_string(result.matches_estimated) + " matches",
                {}, "", kIndent);
}

void TextPrinter::print_note(const ResolvedNote& note) {
  const std::string number = "[" + std::to_string(note.number) + "]";
  const std::string text = note.found ? note.text : "(note not in the index)";
  const std::string ibid =
      note.ibid_of && !note.ibid_text.empty() ? "= [" + std::to_string(*note.ibid_of) + "] " + note.ibid_text : "";
  const std::string under(display_width(number) + 1, ' ');
  if (options_.notes == NoteDisplay::kFull) {
    write_wrapped(number + " " + text, {{0, number.size(), kSgrBold}}, kIndent, kIndent + under);
    if (!ibid.empty()) write_wrapped(ibid, {}, kIndent + under, kIndent + under + "     ");
    return;
  }
  write_shortened(kIndent + style(number, kSgrBold) + " ", kIndent.size() + under.size(), text);
  if (!ibid.empty()) write_shortened(kIndent + under, kIndent.size() + under.size(), ibid);
}

void TextPrinter::print_hit(const Hit& hit, bool show_title) {
  const index_format::PassageRecord& r = hit.record;
  std::string place = r.doc;
  for (const std::string& heading : r.section) place += kSectionSeparator + heading;
  std::string kind;
  if (r.kind == index_format::schema::kKindNote && r.number) {
    kind = std::string("note") + kGlue + std::to_string(*r.number) + "  ";
  } else if (r.kind != index_format::schema::kKindPassage) {
    kind = r.kind + "  ";
  }
  // The header, with the style of each part, wrapped like any other line.
  std::string header;
  std::vector<Styled> styles;
  auto add = [&](const std::string& part, const char* sgr) {
    if (sgr != nullptr) styles.push_back({header.size(), header.size() + part.size(), sgr});
    header += part;
  };
  add(std::to_string(hit.rank) + ".", kSgrBold);
  add(" ", nullptr);
  add(r.file, kSgrPath);
  add(":", nullptr);
  add(std::to_string(r.line_start) + "-" + std::to_string(r.line_end), kSgrLine);
  add("  ", nullptr);
  add("[" + place + "]", kSgrDim);
  add("  " + kind, nullptr);
  add(std::string("score") + kGlue + format_score(hit.score), kSgrDim);
  out_ << '\n';
  write_wrapped(header, styles, "", kIndent);
  if (show_title) write_wrapped(r.title, {}, kIndent, kIndent);
  std::vector<Styled> matches;
  for (const HighlightSpan& span : hit.snippet.highlights) {
    if (span.byte_end <= hit.snippet.text.size()) matches.push_back({span.byte_begin, span.byte_end, kSgrMatch});
  }
  write_wrapped(hit.snippet.text, matches, kIndent, kIndent);
  if (options_.explain && !hit.matching_terms.empty()) {
    std::string terms = "matching terms:";
    for (size_t i = 0; i < hit.matching_terms.size(); ++i) {
      terms += ' ' + hit.matching_terms[i];
      if (i < hit.matching_weights.size()) terms += '=' + format_score(hit.matching_weights[i]);
    }
    write_wrapped(terms, {}, kIndent, std::string(kIndent) + "  ");
  }
  const bool is_note = r.kind == index_format::schema::kKindNote;
  if (is_note) {
    for (const std::string& url : r.urls) write_wrapped("url: " + url, {}, kIndent, std::string(kIndent) + "     ");
  }
  for (const ResolvedNote& note : hit.notes) {
    if (is_note) {
      // A note hit that is an Ibid.: its one resolved note is the note it repeats (its text is
      // the hit's subject, so it is shown whole).
      write_wrapped("= [" + std::to_string(note.number) + "] " + (note.ibid_text.empty() ? note.text : note.ibid_text), {},
                    kIndent, std::string(kIndent) + "  ");
      continue;
    }
    if (options_.notes != NoteDisplay::kNone) print_note(note);
  }
  if (!hit.cited_by.empty()) {
    std::string line = "cited by:";
    std::vector<Styled> parts;
    for (const CitingPassage& citing : hit.cited_by) {
      line += ' ' + citing.id + " (";
      parts.push_back({line.size(), line.size() + citing.file.size(), kSgrPath});
      line += citing.file + ':';
      const std::string number = std::to_string(citing.line_start);
      parts.push_back({line.size(), line.size() + number.size(), kSgrLine});
      line += number + ')';
    }
    write_wrapped(line, parts, kIndent, std::string(kIndent) + "  ");
  }
  print_context_text(out_, hit.context, r.id, kIndent);
}

void TextPrinter::end_query(const QueryResult& result, const QueryStats& stats) {
  if (!options_.stats) return;
  err_ << stats_line(result, stats) << '\n';
}

}  // namespace searcher
