// @brief Learnt compounds through the real indexer and searcher: on the corpus index, every form
// of a compound finds the same passages, each of which writes one of its forms; on fixture
// documents of another subject, the same, and pairs that are no compound stay apart; an update
// that changes the learnt compounds re-maps the documents it did not change.
#define BOOST_TEST_MODULE compound_e2e
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "tests/searcher_e2e_test.h"

namespace fs = std::filesystem;

namespace {

const std::string kSearcher = e2e::required_env("SEARCHER");
const std::string kIndexer = e2e::required_env("INDEXER");
const std::string kIndex = e2e::required_env("SEARCHER_INDEX");

struct Hit {
  std::string id;
  std::string text;
};

std::vector<Hit> hits(const std::string& index, const std::vector<std::string>& query) {
  std::vector<std::string> args = {"--index", index, "--format", "json", "--limit", "10000"};
  args.insert(args.end(), query.begin(), query.end());
  auto run = e2e::run(kSearcher, args);
  BOOST_REQUIRE_MESSAGE(run.exit_code == 0 || run.exit_code == 1, run.err);
  std::vector<Hit> out;
  std::istringstream in(run.out);
  for (std::string line; std::getline(in, line);) {
    const auto j = nlohmann::json::parse(line);
    if (j.value("type", "") == "hit") out.push_back({j.at("id").get<std::string>(), j.at("text").get<std::string>()});
  }
  return out;
}

std::set<std::string> ids(const std::vector<Hit>& hits) {
  std::set<std::string> out;
  for (const auto& h : hits) out.insert(h.id);
  return out;
}

// The text as indexed: URLs are not words of the text (index_format/document_mapping.h).
std::string without_urls(const std::string& text) { return std::regex_replace(text, std::regex(R"(https?://\S+)"), " "); }

// Every query in `forms` finds the same passages, as many as there are among `broad`'s hits
// whose text writes one of the forms (`written`, case-insensitive): none missed, none extra.
void check_forms(const std::string& index, const std::vector<std::string>& forms, const std::string& broad,
                 const std::string& written) {
  const std::regex form(written, std::regex::icase);
  std::set<std::string> expected;
  for (const auto& h : hits(index, {broad}))
    if (std::regex_search(without_urls(h.text), form)) expected.insert(h.id);
  BOOST_REQUIRE(!expected.empty());
  for (const auto& query : forms) {
    BOOST_TEST_CONTEXT(query) {
      const auto found = hits(index, {query});
      BOOST_TEST(ids(found) == expected);
      BOOST_TEST(found.size() == expected.size());
    }
  }
}

// The first hit for `query` writes the form as typed (`exact`, case-insensitive).
void check_exact_first(const std::string& index, const std::string& query, const std::string& exact) {
  const auto found = hits(index, {query});
  BOOST_REQUIRE(!found.empty());
  BOOST_TEST(std::regex_search(found[0].text, std::regex(exact, std::regex::icase)), query << ": " << found[0].text);
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "compound-e2e-XXXXXX").string();
    BOOST_REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

void write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

void index(const fs::path& corpus, const fs::path& index) {
  auto run = e2e::run(kIndexer, {"--corpus", corpus.string(), "--index", index.string(), "--quiet"});
  BOOST_REQUIRE_MESSAGE(run.exit_code == 0, run.err);
}

}  // namespace

BOOST_AUTO_TEST_CASE(corpus_forms_of_cyberattack_find_the_same_passages) {
  check_forms(kIndex, {"cyberattack", "cyberattacks", "\"cyber attack\"", "\"cyber attacks\"", "cyber-attack", "cyber attack"},
              "cyber*", R"(cyber[ \n-]?attack)");
  check_exact_first(kIndex, "\"cyber attack\"", R"(cyber attack\b)");
  check_exact_first(kIndex, "cyberattacks", R"(cyberattacks)");
}

BOOST_AUTO_TEST_CASE(corpus_forms_of_cybersecurity_find_the_same_passages) {
  check_forms(kIndex, {"cybersecurity", "\"cyber security\"", "cyber-security", "cyber security"}, "cyber*",
              R"(cyber[ \n-]?security)");
  check_exact_first(kIndex, "cyber-security", R"(cyber-security)");
}

BOOST_AUTO_TEST_CASE(fixture_compounds_are_one_term_and_other_pairs_stay_apart) {
  TempDir dir;
  fs::create_directories(dir.path() / "corpus");
  for (const char* name : {"chapter-hospitals.txt", "chapter-rail.txt", "chapter-fisheries.txt"}) {
    fs::copy_file(fs::path("tests/fixtures/documents") / name, dir.path() / "corpus" / name);
  }
  const fs::path idx = dir.path() / "index";
  index(dir.path() / "corpus", idx);
  check_forms(idx.string(), {"email", "e-mail", "\"e mail\"", "e mail", "emails"}, "e* OR mail* OR email*", R"(\be[ -]?mail)");
  check_forms(idx.string(), {"database", "\"data base\"", "data-base", "databases"}, "data* OR base*", R"(data[ -]?base)");
  check_forms(idx.string(), {"healthcare", "\"health care\"", "health-care"}, "health* OR care*", R"(health[ -]?care)");
  // Frequent pairs written only open, with words used apart as often: no compound, so no closed
  // form finds them, and the words as typed still match on their own.
  for (const char* closed : {"thestate", "hospitalpolicy", "statehospitals"}) {
    BOOST_TEST(hits(idx.string(), {closed}).empty(), closed);
  }
  BOOST_TEST(hits(idx.string(), {"hospital policy"}).size() > hits(idx.string(), {"\"hospital policy\""}).size());
}

BOOST_AUTO_TEST_CASE(an_update_that_changes_the_compounds_remaps_unchanged_documents) {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus";
  const fs::path idx = dir.path() / "index";
  fs::create_directories(corpus);
  write(corpus / "clinics.txt", "Clinics\n\nThe clinics report on flood walls and health care each year.\n");
  write(corpus / "rivers.txt", "Rivers\n\nThe rivers rose in spring.\n");
  index(corpus, idx);
  BOOST_TEST(hits(idx.string(), {"healthcare"}).empty());  // one form only: no compound yet

  // A new document writes the closed form: the compound is learnt, and the unchanged document's
  // open form is found by it.
  write(corpus / "hospitals.txt", "Hospitals\n\nHealthcare budgets grew.\n");
  index(corpus, idx);
  BOOST_TEST(ids(hits(idx.string(), {"healthcare"})) == (std::set<std::string>{"clinics:p1", "hospitals:p1"}));
  BOOST_TEST(ids(hits(idx.string(), {"\"health care\""})) == (std::set<std::string>{"clinics:p1", "hospitals:p1"}));

  // Changing another document keeps the compound and the update in place keeps it right.
  write(corpus / "rivers.txt", "Rivers\n\nThe rivers rose in spring and flood walls held.\n");
  index(corpus, idx);
  BOOST_TEST(ids(hits(idx.string(), {"healthcare"})) == (std::set<std::string>{"clinics:p1", "hospitals:p1"}));

  // Its one closed occurrence gone, the compound is forgotten everywhere.
  fs::remove(corpus / "hospitals.txt");
  index(corpus, idx);
  BOOST_TEST(hits(idx.string(), {"healthcare"}).empty());
  BOOST_TEST(ids(hits(idx.string(), {"\"health care\""})) == (std::set<std::string>{"clinics:p1"}));
}
