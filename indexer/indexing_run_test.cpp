#define BOOST_TEST_MODULE indexing_run
#include <boost/test/unit_test.hpp>

#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include <xapian.h>

#include "index_format/passage_record.h"
#include "index_format/record_codec.h"
#include "index_format/record_dictionary.h"
#include "index_format/schema.h"
#include "indexer/index_lock.h"
#include "indexer/indexing_run.h"

namespace fs = std::filesystem;

namespace {

struct Fixture {
  fs::path root;
  indexer::IndexingOptions options;
  Fixture() {
    char name[] = "/tmp/indexing_run_testXXXXXX";
    root = mkdtemp(name);
    fs::create_directories(root / "corpus");
    options.corpus_dir = (root / "corpus").string();
    options.index_dir = (root / "index").string();
    options.word_lists_dir = "stopwords";
    write("alpha.txt", "Heading\n\nThe first paragraph speaks of satellites.\n\nThe second paragraph speaks of cables.\n");
    write("beta.txt", "Heading\n\nA paragraph about robots and chips.\n");
  }
  ~Fixture() { fs::remove_all(root); }
  void write(const std::string& file, const std::string& text) { std::ofstream(root / "corpus" / file) << text; }
  indexer::IndexingReport run() {
    auto report = indexer::run_indexing(options, {});
    BOOST_REQUIRE_MESSAGE(report.is_ok(), report.status().message());
    return report.value();
  }
  std::vector<std::string> entries() {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(root / "index")) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
  // Ids of the records matching an unstemmed word, through the published stub.
  std::vector<std::string> find(const std::string& word) {
    Xapian::Database db(options.index_dir);
    const auto dictionary = index_format::RecordDictionary::from_bytes(
        db.get_metadata(std::string(index_format::schema::kMetaRecordDictionary)));
    BOOST_REQUIRE(dictionary.is_ok());
    std::vector<std::string> ids;
    for (auto it = db.postlist_begin(word); it != db.postlist_end(word); ++it) {
      auto record = index_format::decode_record(db.get_document(*it).get_data(), index_format::kAllFields, dictionary.value());
      BOOST_REQUIRE_MESSAGE(record.is_ok(), record.status().message());
      ids.push_back(record->id);
    }
    return ids;
  }
  // Writes `count` documents of port reports (made-up text, repeated phrasing), five passages each;
  // the first one's pilots' association does `verb`.
  void write_ports(int count, const std::string& verb = "agreed") {
    for (int d = 0; d < count; ++d) {
      std::string text = "Harbour report\n\n";
      for (int p = 0; p < 5; ++p) {
        text += "The harbour board of port " + std::to_string(d) + " reported that the dredging of berth " +
                std::to_string(p) + " had deepened the channel for container ships and bulk carriers alike, " +
                "as far as the tide tables of the estuary allowed, and that the pilots' association " +
                (d == 0 ? verb : "agreed") + ".\n\n";
      }
      write("port" + std::to_string(d) + ".txt", text);
    }
  }
  // How many records decode with the index's dictionary but not without one.
  size_t needing_the_dictionary() {
    Xapian::Database db(options.index_dir);
    const auto dictionary = index_format::RecordDictionary::from_bytes(
        db.get_metadata(std::string(index_format::schema::kMetaRecordDictionary)));
    BOOST_REQUIRE(dictionary.is_ok());
    size_t needing = 0;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      const std::string data = db.get_document(*it).get_data();
      BOOST_REQUIRE(index_format::decode_record(data, index_format::kAllFields, dictionary.value()).is_ok());
      if (!index_format::decode_record(data).is_ok()) ++needing;
    }
    return needing;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(indexing_run, Fixture)

BOOST_AUTO_TEST_CASE(a_file_the_manifest_does_not_list_is_named_in_a_warning) {
  write("corpus.tsv", "id\tfile\ttitle\nalpha\talpha.txt\tAlpha\n");
  auto report = run();
  BOOST_TEST(report.documents == 1u);
  const std::string corpus = (root / "corpus").string();
  const std::string expected = corpus + "/beta.txt: warning: not listed in " + corpus + "/corpus.tsv, not indexed";
  BOOST_TEST((std::find(report.warnings.begin(), report.warnings.end(), expected) != report.warnings.end()));
  BOOST_TEST(find("robots").empty());
}

BOOST_AUTO_TEST_CASE(first_run_publishes_a_generation_and_leaves_no_temporary_directory) {
  auto report = run();
  BOOST_TEST(report.rewritten);
  BOOST_TEST(report.documents == 2u);
  BOOST_TEST(report.reindexed == 2u);
  BOOST_TEST(report.passages == 3u);
  BOOST_TEST((entries() == std::vector<std::string>{".lock", "XAPIANDB", "gen-000001"}));
  BOOST_TEST((find("satellites") == std::vector<std::string>{"alpha:p1"}));
  Xapian::Database db(options.index_dir);
  BOOST_TEST(db.get_metadata(std::string(index_format::schema::kMetaSchemaVersion)) ==
             std::to_string(index_format::schema::kSchemaVersion));
  BOOST_TEST(db.get_metadata("doc_hash:beta").size() == 64u);
}

// A generation written from scratch trains a dictionary on its records and compresses them with
// it; an update in place keeps it and compresses the changed document's records with it too.
BOOST_AUTO_TEST_CASE(records_are_compressed_with_a_dictionary_trained_on_them) {
  write_ports(8);
  run();
  const std::string key(index_format::schema::kMetaRecordDictionary);
  const std::string trained = Xapian::Database(options.index_dir).get_metadata(key);
  BOOST_REQUIRE(!trained.empty());
  const size_t before = needing_the_dictionary();
  BOOST_TEST(before >= 40u);  // every port passage; the short fixture ones may stay plain

  write_ports(1, "concurred");  // a change that keeps the learnt compounds: an update in place
  auto update = run();
  BOOST_TEST(update.reindexed == 1u);
  BOOST_TEST(Xapian::Database(options.index_dir).get_metadata(key) == trained);
  BOOST_TEST(needing_the_dictionary() == before);
  BOOST_TEST(find("concurred").size() == 5u);
  BOOST_TEST(find("pilots").size() == 40u);
}

// Too few records to train on: none is stored, and records are compressed alone.
BOOST_AUTO_TEST_CASE(a_corpus_too_small_stores_no_dictionary) {
  run();
  BOOST_TEST(Xapian::Database(options.index_dir).get_metadata(std::string(index_format::schema::kMetaRecordDictionary)).empty());
  BOOST_TEST(needing_the_dictionary() == 0u);
}

BOOST_AUTO_TEST_CASE(the_corpus_root_is_recorded_and_files_relative_to_it) {
  run();
  Xapian::Database db(options.index_dir);
  BOOST_TEST(db.get_metadata(std::string(index_format::schema::kMetaCorpusRoot)) == (root / "corpus").generic_string());
  auto alpha = index_format::decode_document_info(db.get_metadata("doc:alpha"));
  BOOST_REQUIRE(alpha.is_ok());
  BOOST_TEST(alpha->file == "alpha.txt");
}

BOOST_AUTO_TEST_CASE(a_moved_corpus_is_reindexed_with_its_new_root) {
  run();
  fs::rename(root / "corpus", root / "moved");
  options.corpus_dir = (root / "moved").string();
  auto moved = run();
  BOOST_TEST(moved.rewritten);
  BOOST_TEST(moved.reindexed == 2u);
  Xapian::Database db(options.index_dir);
  BOOST_TEST(db.get_metadata(std::string(index_format::schema::kMetaCorpusRoot)) == (root / "moved").generic_string());
  // The same root again: nothing to do.
  BOOST_TEST(!run().rewritten);
}

BOOST_AUTO_TEST_CASE(unchanged_corpus_is_not_rewritten) {
  run();
  auto again = run();
  BOOST_TEST(!again.rewritten);
  BOOST_TEST(again.unchanged == 2u);
  BOOST_TEST(again.passages == 3u);
  BOOST_TEST(again.generation == "gen-000001");
  BOOST_TEST((entries() == std::vector<std::string>{".lock", "XAPIANDB", "gen-000001"}));
}

BOOST_AUTO_TEST_CASE(unchanged_corpus_still_removes_what_a_killed_run_left) {
  run();
  write("alpha.txt", "Heading\n\nA changed paragraph.\n");
  run();  // gen-000002 live, gen-000001 the previous one
  write("alpha.txt", "Heading\n\nThe first paragraph speaks of satellites.\n\nThe second paragraph speaks of cables.\n");
  run();  // gen-000003 live, gen-000002 previous
  // What runs killed at various moments leave: an older generation, an unpublished one, a
  // half-written one, a half-written stub.
  fs::create_directories(root / "index" / "gen-000001");
  fs::create_directories(root / "index" / "gen-000004");
  fs::create_directories(root / "index" / "gen-000005.tmp");
  std::ofstream(root / "index" / "XAPIANDB.tmp") << "auto gen-0000";
  auto again = run();
  BOOST_TEST(!again.rewritten);
  BOOST_TEST((entries() == std::vector<std::string>{".lock", "XAPIANDB", "gen-000002", "gen-000003"}));
}

BOOST_AUTO_TEST_CASE(one_changed_document_reindexes_that_document_only) {
  run();
  write("alpha.txt", "Heading\n\nThe first paragraph now speaks of submarines.\n");
  auto report = run();
  BOOST_TEST(report.reindexed == 1u);
  BOOST_TEST(report.unchanged == 1u);
  BOOST_TEST(report.passages == 2u);
  BOOST_TEST(find("satellites").empty());
  BOOST_TEST((find("submarines") == std::vector<std::string>{"alpha:p1"}));
  BOOST_TEST((find("robots") == std::vector<std::string>{"beta:p1"}));
  // The replaced generation stays for searchers still reading it; older ones go.
  BOOST_TEST((entries() == std::vector<std::string>{".lock", "XAPIANDB", "gen-000001", "gen-000002"}));
  write("alpha.txt", "Heading\n\nThird version about lasers.\n");
  run();
  BOOST_TEST((entries() == std::vector<std::string>{".lock", "XAPIANDB", "gen-000002", "gen-000003"}));
  // Spelling data follows the documents: the deleted words are no longer suggested.
  Xapian::Database db(options.index_dir);
  BOOST_TEST(db.get_spelling_suggestion("submarinez") == "");
  BOOST_TEST(db.get_spelling_suggestion("laserz") == "lasers");
}

BOOST_AUTO_TEST_CASE(removed_document_leaves_the_index) {
  run();
  fs::remove(root / "corpus" / "beta.txt");
  auto report = run();
  BOOST_TEST(report.removed == 1u);
  BOOST_TEST(report.documents == 1u);
  BOOST_TEST(find("robots").empty());
}

BOOST_AUTO_TEST_CASE(a_bad_file_is_reported_and_the_others_indexed) {
  write("gamma.txt", std::string("bad \xff byte\n"));
  auto report = run();
  BOOST_REQUIRE(report.errors.size() == 1u);
  BOOST_TEST(report.errors[0].find("gamma.txt:1") != std::string::npos, report.errors[0]);
  BOOST_TEST(report.documents == 2u);
}

BOOST_AUTO_TEST_CASE(a_symbolic_link_loop_is_named_as_such) {
  fs::create_symlink("loop-b.txt", root / "corpus" / "loop-a.txt");
  fs::create_symlink("loop-a.txt", root / "corpus" / "loop-b.txt");
  auto report = run();
  BOOST_REQUIRE(report.errors.size() == 2u);
  BOOST_TEST(report.errors[0].find("loop-a.txt: error: cannot open: Too many levels of symbolic links") != std::string::npos,
             report.errors[0]);
  BOOST_TEST(report.documents == 2u);
}

BOOST_AUTO_TEST_CASE(a_previously_indexed_document_that_turns_bad_keeps_its_records) {
  run();
  write("beta.txt", std::string("now \xff broken\n"));
  auto report = run();
  BOOST_TEST(report.failed == 1u);
  BOOST_TEST((find("robots") == std::vector<std::string>{"beta:p1"}));
}

BOOST_AUTO_TEST_CASE(nothing_indexable_is_an_error_and_the_index_stays) {
  run();
  options.corpus_dir = (root / "empty").string();
  fs::create_directories(options.corpus_dir);
  std::ofstream(fs::path(options.corpus_dir) / "x.txt") << "";
  auto report = indexer::run_indexing(options, {});
  BOOST_TEST(!report.is_ok());
  BOOST_TEST((find("robots") == std::vector<std::string>{"beta:p1"}));
}

BOOST_AUTO_TEST_CASE(a_second_indexer_is_refused_while_the_first_holds_the_lock) {
  run();
  auto held = indexer::IndexLock::acquire(options.index_dir, false);
  BOOST_REQUIRE(held.is_ok());
  auto report = indexer::run_indexing(options, {});
  BOOST_REQUIRE(!report.is_ok());
  BOOST_TEST(report.status().message().find("another indexer is writing") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_corpus_directory_is_an_error) {
  options.corpus_dir = (root / "nope").string();
  auto report = indexer::run_indexing(options, {});
  BOOST_REQUIRE(!report.is_ok());
  BOOST_TEST(report.status().message().find("does not exist") != std::string::npos);
  BOOST_TEST(!fs::exists(root / "index" / "XAPIANDB"));
}

namespace {

// Documents about boats whose compounds come in several forms ("sailboat", "sail boat",
// "sail-boat"), enough of them that a small pair budget spills many runs.
void write_harbour(Fixture& f) {
  f.write("alpha.txt", "Harbour\n\nThe sailboat left the boathouse at dawn.\n\nA sail boat is tied by the boat house.\n");
  f.write("beta.txt", "Quay\n\nThe sail-boat passed the light house and the dock yard.\n");
  f.write("gamma.txt", "Coast\n\nFrom the lighthouse we saw the dockyard, a mainsail and a main sail torn by wind.\n");
}

std::string compounds_of(const std::string& index) {
  return Xapian::Database(index).get_metadata(std::string(index_format::schema::kMetaCompounds));
}

}  // namespace

BOOST_AUTO_TEST_CASE(compound_evidence_spilled_to_disk_learns_the_same_compounds) {
  write_harbour(*this);
  options.index_dir = (root / "whole").string();
  run();
  const std::string whole = compounds_of(options.index_dir);
  BOOST_TEST(!whole.empty());
  options.index_dir = (root / "index").string();
  options.pairs_in_memory = 2;
  for (int jobs : {1, 2}) {
    options.jobs = jobs;
    options.force = true;
    run();
    BOOST_TEST(compounds_of(options.index_dir) == whole);
  }
  // An update in place merges the unchanged documents' evidence again, spilling too.
  write("beta.txt", "Quay\n\nThe sail-boat passed the light house and the dock yard at noon.\n");
  options.force = false;
  BOOST_TEST(run().reindexed == 1u);
  options.index_dir = (root / "whole").string();
  options.pairs_in_memory = 0;
  run();
  BOOST_TEST(compounds_of((root / "index").string()) == compounds_of(options.index_dir));
  // The spilled runs' file had no name: nothing is left beside the generations.
  BOOST_TEST((entries() == std::vector<std::string>{".lock", "XAPIANDB", "gen-000002", "gen-000003"}));
}

BOOST_AUTO_TEST_CASE(a_spill_that_cannot_be_written_is_an_error_and_the_index_stays) {
  write_harbour(*this);
  run();
  write("alpha.txt", "Harbour\n\nThe sailboat came back to the boathouse at dusk.\n");
  options.pairs_in_memory = 1;
  // A file size limit stands in for a full disk: the first spill's write fails with EFBIG.
  rlimit before{};
  BOOST_REQUIRE(::getrlimit(RLIMIT_FSIZE, &before) == 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = before;
  small.rlim_cur = 20;  // bytes: not two pairs' counts
  BOOST_REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  auto report = indexer::run_indexing(options, {});
  ::setrlimit(RLIMIT_FSIZE, &before);
  std::signal(SIGXFSZ, old_handler);
  BOOST_REQUIRE(!report.is_ok());
  BOOST_TEST(report.status().message().find(options.index_dir + ": error: cannot write the temporary file of word pair counts") == 0u,
             report.status().message());
  BOOST_TEST((entries() == std::vector<std::string>{".lock", "XAPIANDB", "gen-000001"}));
  BOOST_TEST((find("dawn") == std::vector<std::string>{"alpha:p1"}));
}

BOOST_AUTO_TEST_SUITE_END()
