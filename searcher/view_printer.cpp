// @brief The --show printers: text, JSON Lines and TSV renderings of PassageView.
#include "searcher/view_printer.h"

#include "index_format/schema.h"
#include "searcher/context_text.h"
#include "searcher/record_json.h"
#include "searcher/tsv_printer.h"

namespace searcher {

namespace {

using json = nlohmann::ordered_json;
namespace schema = index_format::schema;

constexpr const char* kIndent = "  ";

std::string section_path(const index_format::PassageRecord& r, const char* separator) {
  std::string path = r.doc;
  for (const std::string& heading : r.section) path += separator + heading;
  return path;
}

class TextViewPrinter : public ViewPrinter {
 public:
  TextViewPrinter(const PrinterOptions& options, std::ostream& out) : options_(options), out_(out) {}

  void print_view(const PassageView& view) override {
    const index_format::PassageRecord& r = view.record;
    if (!first_) out_ << '\n';
    first_ = false;
    const bool is_note = r.kind == schema::kKindNote;
    const std::string kind = is_note && r.number ? "note " + std::to_string(*r.number) : r.kind;
    out_ << bold(r.id) << "  " << kind << '\n'
         << r.file << ':' << r.line_start << '-' << r.line_end << '\n'
         << r.title << '\n'
         << section_path(r, " › ") << "\n\n"
         << r.text << "\n\n";
    if (is_note) {
      for (const std::string& url : r.urls) out_ << "url: " << url << '\n';
      for (const ResolvedNote& note : r.cited_notes) {
        out_ << "= [" << note.number << "] " << (note.ibid_text.empty() ? note.text : note.ibid_text) << '\n';
      }
    } else if (!r.cited_notes.empty()) {
      out_ << bold("notes:") << '\n';
      for (const ResolvedNote& note : r.cited_notes) {
        out_ << kIndent << '[' << note.number << "] " << (note.found ? note.text : "(note not in the index)") << '\n';
        if (note.ibid_of && !note.ibid_text.empty()) {
          out_ << kIndent << "     = [" << *note.ibid_of << "] " << note.ibid_text << '\n';
        }
      }
    }
    if (is_note) {
      out_ << bold("cited by:") << (view.citing.empty() ? " (no passage)" : "") << '\n';
      for (const auto& citing : view.citing) {
        out_ << kIndent << record_place(citing) << '\n' << kIndent << kIndent << citing.text << '\n';
      }
    }
    print_context_text(out_, view.context, r.id, "");
  }

 private:
  std::string bold(const std::string& text) const {
    return options_.color ? "\x1b[1m" + text + "\x1b[0m" : text;
  }

  PrinterOptions options_;
  std::ostream& out_;
  bool first_ = true;
};

class JsonViewPrinter : public ViewPrinter {
 public:
  explicit JsonViewPrinter(std::ostream& out) : out_(out) {}

  void print_view(const PassageView& view) override {
    json line = {{"type", "record"}};
    line.update(record_json(view.record));
    json notes = json::array();
    for (const ResolvedNote& note : view.record.cited_notes) notes.push_back(note_json(note));
    line["notes"] = notes;
    if (view.record.kind == schema::kKindNote) line["cited_by"] = records_json(view.citing);
    line["context_before"] = records_json(view.context.before);
    line["context_after"] = records_json(view.context.after);
    write_json_line(out_, line);
  }

 private:
  std::ostream& out_;
};

class TsvViewPrinter : public ViewPrinter {
 public:
  explicit TsvViewPrinter(std::ostream& out) : out_(out) {}

  void begin() override { out_ << "role\tid\tkind\tfile\tline_start\tline_end\tsection\tnotes\ttext\n"; }

  void print_view(const PassageView& view) override {
    for (const auto& record : view.context.before) row("before", record);
    row("shown", view.record);
    for (const ResolvedNote& note : view.record.cited_notes) {
      out_ << "note\t" << escape_tsv_field(index_format::note_id(view.record.doc, note.number)) << '\t'
           << schema::kKindNote << "\t\t\t\t\t" << note.number << '\t'
           << escape_tsv_field(note.found ? note.text : "") << '\n';
    }
    for (const auto& record : view.citing) row("cited_by", record);
    for (const auto& record : view.context.after) row("after", record);
  }

 private:
  void row(const char* role, const index_format::PassageRecord& r) {
    std::string notes;
    if (r.kind == schema::kKindNote) {
      if (r.number) notes = std::to_string(*r.number);
    } else {
      for (int number : r.notes) notes += (notes.empty() ? "" : ",") + std::to_string(number);
    }
    std::string section;
    for (const std::string& heading : r.section) section += (section.empty() ? "" : " › ") + heading;
    out_ << role << '\t' << escape_tsv_field(r.id) << '\t' << escape_tsv_field(r.kind) << '\t'
         << escape_tsv_field(r.file) << '\t' << r.line_start << '\t' << r.line_end << '\t'
         << escape_tsv_field(section) << '\t' << notes << '\t' << escape_tsv_field(r.text) << '\n';
  }

  std::ostream& out_;
};

}  // namespace

std::unique_ptr<ViewPrinter> make_view_printer(Format format, const PrinterOptions& options, std::ostream& out) {
  switch (format) {
    case Format::kJson:
      return std::make_unique<JsonViewPrinter>(out);
    case Format::kTsv:
      return std::make_unique<TsvViewPrinter>(out);
    case Format::kText:
      break;
  }
  return std::make_unique<TextViewPrinter>(options, out);
}

}  // namespace searcher
