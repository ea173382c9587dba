// @brief libFuzzer target: arbitrary bytes as one corpus document through the indexer's whole
// text pipeline (parse_document: lines, markers, layout, blocks, passages, notes, Ibid.), then
// the records, acronyms and Xapian documents the indexer would write from it. Besides the
// sanitizers, it checks what the rest of the system relies on: errors name file:line, spans lie
// inside the file, ordinals count up, every cited marker is in its passage's text, records read
// back as written, no term is too long for Xapian.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "analysis/analyzer.h"
#include "index_format/document_mapping.h"
#include "index_format/passage_record.h"
#include "index_format/record_codec.h"
#include "indexer/acronym_finder.h"
#include "indexer/corpus_manifest.h"
#include "indexer/document_parser.h"
#include "index_format/document_mapping.h"
#include "index_format/record_codec.h"
#include "indexer/document_writer.h"
#include "indexer/line_reader.h"

namespace {

constexpr const char* kFile = "fuzz.txt";
constexpr size_t kXapianMaxTermBytes = 245;

[[noreturn]] void broken(const std::string& what) {
  std::fprintf(stderr, "document_parser_fuzzer: invariant broken: %s\n", what.c_str());
  std::abort();
}

const analysis::Analyzer& analyzer() {
  static const analysis::Analyzer instance = [] {
    auto lists = analysis::read_word_lists(PS_SOURCE_DIR "/stopwords");
    if (!lists.is_ok()) broken("cannot read the word lists: " + lists.status().message());
    return analysis::Analyzer(std::move(lists).value());
  }();
  return instance;
}

void check_span(const std::string& what, int start, int end, int line_count) {
  if (start < 1 || start > end || end > line_count) {
    broken(what + " spans lines " + std::to_string(start) + "-" + std::to_string(end) + " of " + std::to_string(line_count));
  }
}

// The file's lines as run_indexing hands them to find_acronyms.
std::vector<std::string> split_lines(const std::string& bytes) {
  std::vector<std::string> lines;
  std::istringstream in(bytes);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  auto parsed = indexer::parse_document(kFile, bytes);
  if (!parsed.is_ok()) {
    const std::string& message = parsed.status().message();
    if (message.rfind(std::string(kFile) + ":", 0) != 0 || message.find(": error: ") == std::string::npos) {
      broken("an error that does not name file:line: " + message);
    }
    return 0;
  }
  const int line_count = static_cast<int>(indexer::read_lines(kFile, bytes)->size());
  const indexer::ParsedDocument& doc = parsed.value();
  int previous_start = 0;
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    const indexer::Passage& p = doc.passages[i];
    const std::string what = "passage " + std::to_string(p.ordinal);
    if (p.ordinal != static_cast<int>(i) + 1) broken(what + " has ordinal out of sequence");
    check_span(what, p.line_start, p.line_end, line_count);
    if (p.line_start <= previous_start) broken(what + " starts before the passage before it");
    previous_start = p.line_start;
    if (p.text.empty()) broken(what + " is empty");
    for (int n : p.cited_notes) {
      if (p.text.find("[" + std::to_string(n) + "]") == std::string::npos) broken(what + " cites a marker not in its text");
    }
  }
  for (const indexer::Note& note : doc.notes) check_span("note " + std::to_string(note.number), note.line_start, note.line_end, line_count);
  for (const indexer::Warning& w : doc.warnings) {
    if (w.file != kFile || w.line < 1 || w.line > line_count) broken("a warning without its place: " + w.to_string());
  }

  indexer::CorpusEntry entry;
  entry.id = "fuzz";
  entry.path = entry.file = kFile;
  entry.title = "Fuzz";
  const auto records = indexer::build_records(entry, doc);
  indexer::find_acronyms(doc, records, split_lines(bytes));
  const auto groups = index_format::AcronymGroups::build({}, analyzer());
  for (const auto& record : records) {
    index_format::PassageRecord stored = record;
    stored.title.clear();  // the document's, stored once per document
    stored.file.clear();
    auto decoded = index_format::decode_record(index_format::encode_record(record));
    if (!decoded.is_ok() || !(decoded.value() == stored)) broken("record " + record.id + " does not read back as written");
    const Xapian::Document xapian_doc = index_format::to_xapian_document(record, analyzer(), groups);
    for (auto it = xapian_doc.termlist_begin(); it != xapian_doc.termlist_end(); ++it) {
      if ((*it).size() > kXapianMaxTermBytes) broken("a term Xapian would refuse: " + (*it).substr(0, 80));
    }
  }
  return 0;
}
