// @brief Test support: builds a small index in a temporary directory through the index format's
// own mapping (index_format/document_mapping.h) and metadata encodings, laid out as the indexer
// lays one out (generation directory, stub file), so searcher unit tests run without the real
// corpus or the indexer binary.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "index_format/acronym_definitions.h"
#include "index_format/acronym_groups.h"
#include "index_format/document_mapping.h"
#include "index_format/note_links.h"
#include "index_format/passage_record.h"
#include "index_format/record_codec.h"
#include "index_format/stub_file.h"
#include "index_format/word_lists_codec.h"
#include "index_format/schema.h"

namespace searcher::testing {

// The fixture document "demo": two passages, a glossary entry and three notes, of which note 2
// is an Ibid. of note 1 and note 3 is cited by nothing. Passage p1 cites notes 1 and 2, p2 cites
// note 2 and note 9, which does not exist. Notes are linked by index_format::link_notes, as the
// indexer links them.
inline std::vector<index_format::PassageRecord> fixture_records() {
  using index_format::PassageRecord;
  auto record = [](std::string id, std::string kind, std::vector<std::string> section, int ordinal, int line_start,
                   int line_end, std::string text) {
    PassageRecord r;
    r.id = std::move(id);
    r.kind = std::move(kind);
    r.doc = "demo";
    r.title = "Demo Document";
    r.file = "corpus/demo.txt";
    r.section = std::move(section);
    r.ordinal = ordinal;
    r.line_start = line_start;
    r.line_end = line_end;
    r.text = std::move(text);
    return r;
  };
  PassageRecord p1 = record("demo:p1", "passage", {"Strategy"}, 1, 3, 3,
                            "The Ministry of Defence created cyber units in 2014.[1] Their budget grew.[2]");
  p1.notes = {1, 2};
  PassageRecord p2 = record("demo:p2", "passage", {"Strategy", "Cyber command"}, 2, 5, 7,
                            "Cyber command & control <C4I> was reorganised.[2] See also the annex.[9]");
  p2.notes = {2, 9};
  PassageRecord g1 = record("demo:glossary1", "glossary", {"List of acronyms"}, 3, 9, 10,
                            "MoD Ministry of Defense\nJSDF Japan Self-Defense Forces");
  PassageRecord n1 = record("demo:note1", "note", {"Notes"}, 4, 20, 20,
                            "Ministry of Defense, Defense of Japan 2020, p. 41, https://www.mod.go.jp/e/.");
  n1.number = 1;
  n1.urls = {"https://www.mod.go.jp/e/"};
  PassageRecord n2 = record("demo:note2", "note", {"Notes"}, 5, 21, 21, "Ibid., pp. 218, 267.");
  n2.number = 2;
  n2.ibid_of = 1;
  PassageRecord n3 = record("demo:note3", "note", {"Notes"}, 6, 22, 22, "An uncited note about budgets.");
  n3.number = 3;
  std::vector<PassageRecord> records = {p1, p2, g1, n1, n2, n3};
  index_format::link_notes(records);
  return records;
}

// The glossary's definitions, as the indexer would learn them.
inline std::vector<index_format::AcronymDefinition> fixture_acronyms() {
  return {{"MoD", "Ministry of Defense", "demo", "corpus/demo.txt", 9},
          {"JSDF", "Japan Self-Defense Forces", "demo", "corpus/demo.txt", 10}};
}

inline analysis::Analyzer fixture_analyzer() {
  analysis::WordLists lists;
  lists.stopwords = {"the", "of", "in", "and", "was", "their"};
  lists.variants = {{"defence", "defense"}};
  lists.bigram_words = {"the", "of", "in", "and", "was"};
  return analysis::Analyzer(lists);
}

// A temporary index directory, removed on destruction. `schema_version` lets a test write an
// index the searcher must refuse.
class FixtureIndex {
 public:
  explicit FixtureIndex(int schema_version = index_format::schema::kSchemaVersion) {
    namespace fs = std::filesystem;
    std::string pattern = (fs::temp_directory_path() / "searcher-fixture-XXXXXX").string();
    dir_ = ::mkdtemp(pattern.data());
    const analysis::Analyzer analyzer = fixture_analyzer();
    Xapian::WritableDatabase db((fs::path(dir_) / "gen1").string(), Xapian::DB_CREATE_OR_OVERWRITE);
    const auto groups = index_format::AcronymGroups::build(fixture_acronyms(), analyzer);
    for (const auto& record : fixture_records()) db.add_document(index_format::to_xapian_document(record, analyzer, groups));
    namespace schema = index_format::schema;
    db.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema_version));
    db.set_metadata(std::string(schema::kMetaWordLists), index_format::encode_word_lists(analyzer.lists()));
    db.set_metadata(std::string(schema::kMetaAcronymGroups), groups.encode());
    db.set_metadata(std::string(schema::kMetaAcronymsPrefix) + "demo",
                    index_format::encode_acronym_definitions(fixture_acronyms()));
    db.set_metadata(std::string(schema::kMetaDocumentPrefix) + "demo",
                    index_format::encode_document_info({"demo", "corpus/demo.txt", "Demo Document", "", "", ""}));
    db.commit();
    std::ofstream(fs::path(dir_) / index_format::kStubFileName) << "auto gen1\n";
  }
  ~FixtureIndex() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  FixtureIndex(const FixtureIndex&) = delete;
  FixtureIndex& operator=(const FixtureIndex&) = delete;

  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

}  // namespace searcher::testing
