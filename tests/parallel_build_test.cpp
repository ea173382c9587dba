// @brief The index does not depend on how it was built: with one thread or several, with the
// writer committing often or once (then compacting), fresh or updated in place, the databases hold the same
// documents under the same docids, the same terms, positions, values, spelling data and metadata,
// and the run reports the same errors and warnings.
#define BOOST_TEST_MODULE parallel_build
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/indexing_run.h"

namespace fs = std::filesystem;

namespace {

// Every fact a query can observe, and more: one line per fact, in a fixed order.
std::string dump(const std::string& index_dir) {
  Xapian::Database db(index_dir);
  std::ostringstream out;
  out << "doccount " << db.get_doccount() << " lastdocid " << db.get_lastdocid() << " avlength "
      << db.get_avlength() << "\n";
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    out << "term " << *t << " " << t.get_termfreq() << " " << db.get_collection_freq(*t) << ":";
    for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p) out << " " << *p << "/" << p.get_wdf();
    out << "\n";
  }
  for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
    Xapian::Document doc;
    try {
      doc = db.get_document(id);
    } catch (const Xapian::DocNotFoundError&) {
      continue;
    }
    out << "doc " << id << " length " << db.get_doclength(id) << " data " << doc.get_data() << "\n";
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      out << " " << *t << "#" << t.get_wdf() << "@";
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out << *p << ",";
    }
    out << "\n";
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v) out << " slot " << v.get_valueno() << "=" << *v;
    out << "\n";
  }
  for (auto s = db.spellings_begin(); s != db.spellings_end(); ++s) out << "spelling " << *s << " " << s.get_termfreq() << "\n";
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) out << "meta " << *k << "=" << db.get_metadata(*k) << "\n";
  return out.str();
}

// A corpus of many documents (the real corpus and the fixture documents, each several times under
// other names, so workers finish out of order) and one that cannot be parsed.
struct Fixture {
  fs::path root;
  fs::path corpus;
  Fixture() {
    char name[] = "/tmp/parallel_build_testXXXXXX";
    root = mkdtemp(name);
    corpus = root / "corpus";
    fs::create_directories(corpus);
    for (const char* dir : {"corpus", "tests/fixtures/documents"}) {
      for (const auto& item : fs::directory_iterator(dir)) {
        if (item.path().extension() != ".txt") continue;
        for (const char* copy : {"a", "b", "c", "d"})
          fs::copy_file(item.path(), corpus / (std::string(copy) + "-" + item.path().filename().string()));
      }
    }
    std::ofstream(corpus / "m-binary.txt") << std::string("text\0with a NUL byte\n", 21);
  }
  ~Fixture() { fs::remove_all(root); }

  indexer::IndexingReport build(const std::string& index, int jobs, size_t commit_every = 0, bool force = true) {
    indexer::IndexingOptions options;
    options.corpus_dir = corpus.string();
    options.index_dir = (root / index).string();
    options.word_lists_dir = "stopwords";
    options.jobs = jobs;
    options.commit_every = commit_every;
    options.force = force;
    auto report = indexer::run_indexing(options, {});
    BOOST_REQUIRE_MESSAGE(report.is_ok(), report.status().message());
    return report.value();
  }
  std::string dump_of(const std::string& index) { return dump((root / index).string()); }
};

void check_same_report(const indexer::IndexingReport& a, const indexer::IndexingReport& b) {
  BOOST_TEST(a.errors == b.errors, boost::test_tools::per_element());
  BOOST_TEST(a.warnings == b.warnings, boost::test_tools::per_element());
  BOOST_TEST(a.documents == b.documents);
  BOOST_TEST(a.reindexed == b.reindexed);
  BOOST_TEST(a.failed == b.failed);
  BOOST_TEST(a.terms == b.terms);
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(parallel_build, Fixture)

BOOST_AUTO_TEST_CASE(one_thread_and_four_build_the_same_index) {
  const auto one = build("one", 1);
  const auto four = build("four", 4);
  BOOST_REQUIRE_EQUAL(one.failed, 1u);  // m-binary.txt, reported, the others indexed
  BOOST_TEST(one.documents == 28u);
  check_same_report(one, four);
  const std::string reference = dump_of("one");
  BOOST_TEST(reference.size() > 100000u);
  BOOST_TEST((reference == dump_of("four")));
}

BOOST_AUTO_TEST_CASE(committing_every_few_documents_changes_nothing) {
  build("once", 1);
  const auto often = build("often", 3, /*commit_every=*/7);
  BOOST_TEST((dump_of("once") == dump_of("often")));
  // Compaction before publishing leaves one revision whatever the commits before it.
  BOOST_TEST(Xapian::Database((root / "often").string()).get_revision() ==
             Xapian::Database((root / "once").string()).get_revision());
  BOOST_TEST(often.documents == 28u);
}

BOOST_AUTO_TEST_CASE(an_update_in_place_is_the_same_with_one_thread_or_four) {
  build("one", 1);
  build("four", 4);
  {
    std::ofstream(corpus / "b-iiss-japan-2021.txt", std::ios::app) << "\nA paragraph added to one document at its end.\n";
  }
  // A copy whose removal leaves the learnt compounds as they were (removing a copy of the UN
  // reply does not: see the next case).
  fs::remove(corpus / "c-reply-wildfires.txt");
  const auto one = build("one", 1, 0, /*force=*/false);
  const auto four = build("four", 4, 0, /*force=*/false);
  BOOST_TEST(one.reindexed == 1u);
  BOOST_TEST(one.removed == 1u);
  check_same_report(one, four);
  BOOST_TEST((dump_of("one") == dump_of("four")));
}

BOOST_AUTO_TEST_CASE(an_update_that_changes_the_compounds_rebuilds_the_same_with_one_thread_or_four) {
  build("one", 1);
  build("four", 4);
  // A copy of the UN reply gone, its words' counts change and so does what is learnt: every
  // document's terms may change, so all are written again, and the index equals a fresh build.
  fs::remove(corpus / "c-un-reply-japan-2019.txt");
  const auto one = build("one", 1, 0, /*force=*/false);
  const auto four = build("four", 4, 0, /*force=*/false);
  BOOST_TEST(one.reindexed == 27u);
  check_same_report(one, four);
  BOOST_TEST((dump_of("one") == dump_of("four")));
  build("fresh", 2);
  BOOST_TEST(Xapian::Database((root / "fresh").string()).get_metadata("compounds") ==
             Xapian::Database((root / "one").string()).get_metadata("compounds"));
}

BOOST_AUTO_TEST_SUITE_END()
