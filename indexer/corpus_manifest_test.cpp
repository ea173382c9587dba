#define BOOST_TEST_MODULE corpus_manifest
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "indexer/content_hash.h"
#include "indexer/corpus_manifest.h"

namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path;
  TempDir() {
    char name[] = "/tmp/corpus_manifest_testXXXXXX";
    path = mkdtemp(name);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& content) { std::ofstream(path / name) << content; }
};
}  // namespace

BOOST_AUTO_TEST_CASE(reads_the_project_manifest) {
  auto corpus = indexer::read_corpus("corpus");
  BOOST_REQUIRE_MESSAGE(corpus.is_ok(), corpus.status().message());
  BOOST_REQUIRE(corpus->size() == 2u);
  BOOST_TEST(corpus.value()[0].id == "iiss-japan-2021");
  BOOST_TEST(corpus.value()[0].file == "corpus/iiss-japan-2021.txt");
  BOOST_TEST(corpus.value()[0].in_corpus == "iiss-japan-2021.txt");  // what the index records
  BOOST_TEST(corpus.value()[0].year == "2021");
  BOOST_TEST(corpus.value()[1].id == "un-reply-japan-2019");
  BOOST_TEST(corpus.value()[1].publisher == "Government of Japan");
}

BOOST_AUTO_TEST_CASE(without_manifest_every_txt_file_is_a_document) {
  TempDir dir;
  dir.write("b.txt", "x");
  dir.write("a.txt", "y");
  dir.write("notes.md", "z");
  auto corpus = indexer::read_corpus(dir.path.string());
  BOOST_REQUIRE(corpus.is_ok());
  BOOST_REQUIRE(corpus->size() == 2u);
  BOOST_TEST(corpus.value()[0].id == "a");
  BOOST_TEST(corpus.value()[0].title == "a");
}

BOOST_AUTO_TEST_CASE(files_the_manifest_does_not_list_are_named) {
  TempDir dir;
  dir.write("corpus.tsv", "id\tfile\ttitle\na\ta.txt\tA\n");
  dir.write("a.txt", "listed");
  dir.write("forgotten.txt", "not listed");
  dir.write("notes.md", "not listed either");
  dir.write(".hidden", "an editor's file");
  fs::create_directory(dir.path / "sub");
  auto corpus = indexer::read_corpus(dir.path.string());
  BOOST_REQUIRE(corpus.is_ok());
  BOOST_REQUIRE(corpus->size() == 1u);
  const std::string d = dir.path.string();
  const std::vector<std::string> expected = {
      d + "/forgotten.txt: warning: not listed in " + d + "/corpus.tsv, not indexed",
      d + "/notes.md: warning: not listed in " + d + "/corpus.tsv, not indexed",
  };
  BOOST_TEST(indexer::unlisted_files(d, corpus.value()) == expected, boost::test_tools::per_element());

  // The project's corpus lists all its files; without a manifest nothing is reported.
  BOOST_TEST(indexer::unlisted_files("corpus", indexer::read_corpus("corpus").value()).empty());
  TempDir bare;
  bare.write("b.txt", "x");
  bare.write("notes.md", "z");
  BOOST_TEST(indexer::unlisted_files(bare.path.string(), indexer::read_corpus(bare.path.string()).value()).empty());
}

BOOST_AUTO_TEST_CASE(errors_name_the_place) {
  struct Row { std::string manifest, expected; };
  const Row rows[] = {
      {"id\tfile\ttitle\nonly-an-id\n", "corpus.tsv:2: error: expected tab-separated"},
      {"id\tfile\ttitle\na\ta.txt\tA\na\tb.txt\tB\n", "corpus.tsv:3: error: duplicate document id 'a'"},
  };
  for (const auto& row : rows) {
    TempDir dir;
    dir.write("corpus.tsv", row.manifest);
    auto corpus = indexer::read_corpus(dir.path.string());
    BOOST_REQUIRE(!corpus.is_ok());
    BOOST_TEST(corpus.status().message().find(row.expected) != std::string::npos, corpus.status().message());
  }
  auto missing = indexer::read_corpus("/nonexistent/corpus");
  BOOST_TEST(!missing.is_ok());
  BOOST_TEST(missing.status().message() == "/nonexistent/corpus: error: corpus directory does not exist");
  TempDir dir;
  dir.write("file.txt", "x");
  auto not_dir = indexer::read_corpus((dir.path / "file.txt").string());
  BOOST_TEST(not_dir.status().message().find("not a directory") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sha256_matches_known_digests) {
  BOOST_TEST(indexer::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  BOOST_TEST(indexer::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

BOOST_AUTO_TEST_CASE(files_are_recorded_relative_to_the_corpus_root) {
  TempDir dir;
  dir.write("corpus.tsv", "id\tfile\ttitle\n"
                          "a\t./sub/../a.txt\tA\n"
                          "b\tsub/b.txt\tB\n"
                          "c\t/abs/c.txt\tC\n");
  auto corpus = indexer::read_corpus(dir.path.string());
  BOOST_REQUIRE_MESSAGE(corpus.is_ok(), corpus.status().message());
  BOOST_REQUIRE_EQUAL(corpus->size(), 3u);
  BOOST_TEST(corpus.value()[0].in_corpus == "a.txt");
  BOOST_TEST(corpus.value()[1].in_corpus == "sub/b.txt");
  BOOST_TEST(corpus.value()[2].in_corpus == "/abs/c.txt");

  TempDir plain;
  plain.write("x.txt", "x");
  auto scanned = indexer::read_corpus(plain.path.string());
  BOOST_REQUIRE(scanned.is_ok());
  BOOST_TEST(scanned.value()[0].in_corpus == "x.txt");
}

BOOST_AUTO_TEST_CASE(the_corpus_root_is_absolute_and_normal) {
  const std::string cwd = fs::current_path().generic_string();
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"corpus", cwd + "/corpus"},
      {"corpus/", cwd + "/corpus"},
      {"./corpus/../corpus", cwd + "/corpus"},
      {"/data/papers/", "/data/papers"},
      {"/", "/"},
  };
  for (const auto& [given, root] : rows) BOOST_TEST(indexer::corpus_root(given) == root, given);
}
