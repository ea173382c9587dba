// @brief print_context_text: context records as text.
#include "searcher/context_text.h"

namespace searcher {

std::string record_place(const index_format::PassageRecord& record) {
  return record.id + "  " + record.file + ":" + std::to_string(record.line_start) + "-" +
         std::to_string(record.line_end);
}

void print_context_text(std::ostream& out, const PassageContext& context, const std::string& self_id,
                        const std::string& indent) {
  if (context.empty()) return;
  auto print = [&](char mark, const index_format::PassageRecord& record) {
    out << indent << mark << ' ' << record_place(record) << '\n';
    // A record's text may hold newlines (a glossary box): each line keeps the indentation.
    for (size_t at = 0; at <= record.text.size();) {
      size_t end = record.text.find('\n', at);
      if (end == std::string::npos) end = record.text.size();
      out << indent << "  " << record.text.substr(at, end - at) << '\n';
      at = end + 1;
    }
  };
  out << indent << "context:\n";
  for (const auto& record : context.before) print('-', record);
  out << indent << "> " << self_id << '\n';
  for (const auto& record : context.after) print('+', record);
}

}  // namespace searcher
