// @brief Test support: builds a small index in a temporary directory the way the indexer lays one
// out (generation directory, stub file, metadata, records as document data, id/source/kind/note
// terms), so searcher unit tests run without the real corpus or the indexer binary.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/passage_record.h"
#include "analysis/schema.h"

namespace searcher::testing {

// The fixture document "demo": two passages, a glossary entry and three notes, of which note 2
// is an Ibid. of note 1 and note 3 is cited by nothing. Passage p1 cites notes 1 and 2, p2 cites
// note 2 and note 9, which does not exist.
inline std::vector<analysis::PassageRecord> fixture_records() {
  using analysis::PassageRecord;
  const std::string doc = "demo";
  const std::string title = "Demo Document";
  const std::string file = "corpus/demo.txt";
  PassageRecord p1{"demo:p1", "passage", doc, title, {"Strategy"}, file, 1, 3, 3,
                   "The Ministry of Defence created cyber units in 2014.[1] Their budget grew.[2]", {1, 2},
                   std::nullopt, {}, std::nullopt, {}};
  PassageRecord p2{"demo:p2", "passage", doc, title, {"Strategy", "Cyber command"}, file, 2, 5, 7,
                   "Cyber command & control <C4I> was reorganised.[2] See also the annex.[9]", {2, 9},
                   std::nullopt, {}, std::nullopt, {}};
  PassageRecord g1{"demo:glossary1", "glossary", doc, title, {"List of acronyms"}, file, 3, 9, 10,
                   "MoD Ministry of Defense\nJSDF Japan Self-Defense Forces", {}, std::nullopt, {}, std::nullopt, {}};
  PassageRecord n1{"demo:note1", "note", doc, title, {"Notes"}, file, 4, 20, 20,
                   "Ministry of Defense, Defense of Japan 2020, p. 41, https://www.mod.go.jp/e/.", {}, 1,
                   {"https://www.mod.go.jp/e/"}, std::nullopt, {"demo:p1"}};
  PassageRecord n2{"demo:note2", "note", doc, title, {"Notes"}, file, 5, 21, 21, "Ibid., pp. 218, 267.", {}, 2,
                   {}, 1, {"demo:p1", "demo:p2"}};
  PassageRecord n3{"demo:note3", "note", doc, title, {"Notes"}, file, 6, 22, 22, "An uncited note about budgets.",
                   {}, 3, {}, std::nullopt, {}};
  return {p1, p2, g1, n1, n2, n3};
}

inline analysis::Analyzer fixture_analyzer() {
  analysis::WordLists lists;
  lists.stopwords = {"the", "of", "in", "and", "was", "their"};
  lists.variants = {{"defence", "defense"}};
  return analysis::Analyzer(lists);
}

// A temporary index directory, removed on destruction. `schema_version` lets a test write an
// index the searcher must refuse.
class FixtureIndex {
 public:
  explicit FixtureIndex(int schema_version = analysis::schema::kSchemaVersion) {
    namespace fs = std::filesystem;
    std::string pattern = (fs::temp_directory_path() / "searcher-fixture-XXXXXX").string();
    dir_ = ::mkdtemp(pattern.data());
    const analysis::Analyzer analyzer = fixture_analyzer();
    Xapian::WritableDatabase db((fs::path(dir_) / "gen1").string(), Xapian::DB_CREATE_OR_OVERWRITE);
    for (const auto& record : fixture_records()) {
      Xapian::Document doc;
      Xapian::termpos pos = 0;
      analyzer.index_text(doc, record.text, &pos);
      for (const auto& heading : record.section) {
        Xapian::termpos section_pos = 0;
        analyzer.index_text(doc, heading, &section_pos, std::string(analysis::schema::kPrefixSection));
      }
      doc.add_boolean_term(std::string(analysis::schema::kPrefixId) + record.id);
      doc.add_boolean_term(std::string(analysis::schema::kPrefixSource) + record.doc);
      doc.add_boolean_term(std::string(analysis::schema::kPrefixKind) + record.kind);
      for (int note : record.notes) {
        doc.add_boolean_term(std::string(analysis::schema::kPrefixCitesNote) + std::to_string(note));
      }
      doc.add_value(analysis::schema::kSlotOrdinal, Xapian::sortable_serialise(record.ordinal));
      doc.set_data(analysis::encode_record(record));
      db.replace_document(std::string(analysis::schema::kPrefixId) + record.id, doc);
    }
    db.set_metadata(std::string(analysis::schema::kMetaSchemaVersion), std::to_string(schema_version));
    db.set_metadata(std::string(analysis::schema::kMetaWordLists), analyzer.encode_lists());
    db.set_metadata(std::string(analysis::schema::kMetaDocumentPrefix) + "demo",
                    R"({"id":"demo","title":"Demo Document","file":"demo.txt"})");
    db.commit();
    std::ofstream(fs::path(dir_) / analysis::schema::kStubFileName) << "auto gen1\n";
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
