// @brief Tests for read_document_list and print_document_list.
#define BOOST_TEST_MODULE document_list
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "index_format/record_codec.h"
#include <xapian.h>

#include "searcher/document_list.h"
#include "searcher/document_list_printer.h"

using searcher::DocumentEntry;

namespace {

// A glass database in a fresh temporary directory, removed at exit (Xapian's in-memory backend
// cannot list metadata keys).
class TempDb {
 public:
  TempDb() {
    std::string pattern = (std::filesystem::temp_directory_path() / "document-list-XXXXXX").string();
    dir_ = ::mkdtemp(pattern.data());
    db_ = Xapian::WritableDatabase(dir_, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
  }
  ~TempDb() {
    db_.close();
    std::filesystem::remove_all(dir_);
  }
  Xapian::WritableDatabase& db() { return db_; }

 private:
  std::string dir_;
  Xapian::WritableDatabase db_;
};

// Manifests as the indexer writes them, plus a broken one and keys that are not manifests.
void write_fixture(Xapian::WritableDatabase& db) {
  db.set_metadata("doc:un-reply",
                  index_format::encode_document_info({"un-reply", "corpus/un.txt", "Reply of Japan", "", "2019", ""}));
  db.set_metadata("doc:iiss", index_format::encode_document_info({"iiss", "corpus/iiss.txt", "Japan\tchapter 7", "", "", ""}));
  db.set_metadata("doc:broken", "not an entry");
  db.set_metadata("doc_hash:iiss", "abc");
  db.set_metadata("acronyms:iiss", "[]");
  db.set_metadata("schema_version", "7");
  db.commit();
}

std::string print(const std::vector<DocumentEntry>& documents, searcher::Format format) {
  std::ostringstream out;
  searcher::print_document_list(documents, format, out);
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_manifest_is_listed_by_id) {
  TempDb temp;
  write_fixture(temp.db());
  // Files as an index records them, relative to its corpus root (here /p), located from /p.
  const auto documents = searcher::read_document_list(temp.db(), searcher::FileLocator("/p", "/p"));
  struct Row {
    const char* id;
    const char* title;
    const char* file;
  };
  const Row expected[] = {
      {"broken", "", ""},  // unreadable manifest: the id alone
      {"iiss", "Japan\tchapter 7", "corpus/iiss.txt"},
      {"un-reply", "Reply of Japan", "corpus/un.txt"},
  };
  BOOST_REQUIRE_EQUAL(documents.size(), std::size(expected));
  for (size_t i = 0; i < documents.size(); ++i) {
    BOOST_TEST_CONTEXT(expected[i].id) {
      BOOST_TEST(documents[i].id == expected[i].id);
      BOOST_TEST(documents[i].title == expected[i].title);
      BOOST_TEST(documents[i].file == expected[i].file);
      BOOST_TEST(documents[i].path == (*expected[i].file ? "/p/" + std::string(expected[i].file) : ""));
    }
  }
}

BOOST_AUTO_TEST_CASE(an_index_without_documents_lists_nothing) {
  TempDb temp;
  BOOST_TEST(searcher::read_document_list(temp.db(), searcher::FileLocator("", "/p")).empty());
}

BOOST_AUTO_TEST_CASE(three_formats) {
  const std::vector<DocumentEntry> documents = {{"iiss", "Japan\tchapter 7", "corpus/iiss.txt", "/p/corpus/iiss.txt"},
                                                {"un-reply", "Reply of Japan", "corpus/un.txt", "/p/corpus/un.txt"}};
  BOOST_TEST(print(documents, searcher::Format::kText) ==
             "iiss      Japan\tchapter 7  corpus/iiss.txt\n"
             "un-reply  Reply of Japan  corpus/un.txt\n");
  BOOST_TEST(print(documents, searcher::Format::kTsv) ==
             "id\ttitle\tfile\n"
             "iiss\tJapan\\tchapter 7\tcorpus/iiss.txt\n"
             "un-reply\tReply of Japan\tcorpus/un.txt\n");
  std::istringstream json(print(documents, searcher::Format::kJson));
  std::string line;
  std::vector<nlohmann::json> parsed;
  while (std::getline(json, line)) parsed.push_back(nlohmann::json::parse(line));
  BOOST_REQUIRE_EQUAL(parsed.size(), 2u);
  BOOST_TEST(parsed[0].at("id") == "iiss");
  BOOST_TEST(parsed[0].at("title") == "Japan\tchapter 7");
  BOOST_TEST(parsed[1].at("file") == "corpus/un.txt");
  BOOST_TEST(parsed[1].at("path") == "/p/corpus/un.txt");
}
