// @brief doc/index_format.md against the code: every tag the codecs define appears in the
// document's tables with its number and name, so the prose spec cannot silently fall behind.
#define BOOST_TEST_MODULE format_doc
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "index_format/schema.h"

namespace {

// Tests run from the project root (add_unit_test).
std::string read(const std::string& path) {
  std::ifstream in(path);
  BOOST_REQUIRE_MESSAGE(in, "cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Tag {
  std::string name;
  std::string number;
};

// The enumerators of every `enum Name : uint32_t { … }` in a source file.
std::vector<Tag> tags_of(const std::string& source) {
  std::vector<Tag> tags;
  const std::regex enum_block(R"(enum\s+\w+\s*:\s*uint32_t\s*\{([^}]*)\})");
  const std::regex enumerator(R"((k\w+)\s*=\s*(\d+))");
  for (std::sregex_iterator e(source.begin(), source.end(), enum_block), end; e != end; ++e) {
    const std::string body = (*e)[1];
    for (std::sregex_iterator t(body.begin(), body.end(), enumerator); t != end; ++t) tags.push_back({(*t)[1], (*t)[2]});
  }
  return tags;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_tag_is_in_the_document_tables) {
  const std::string doc = read("doc/index_format.md");
  // RecordField (record_codec.h) is a mask, not a tag: only the .cpp files' enums are tags.
  for (const char* source : {"index_format/record_codec.cpp", "index_format/acronym_definitions.cpp",
                             "index_format/acronym_groups.cpp", "index_format/word_lists_codec.cpp",
                             "index_format/compounds_codec.cpp"}) {
    const std::vector<Tag> tags = tags_of(read(source));
    BOOST_TEST_CONTEXT(source) {
      BOOST_TEST(!tags.empty());
      for (const auto& tag : tags) {
        const std::string row = "| " + tag.number + " | `" + tag.name + "` |";
        BOOST_TEST(doc.find(row) != std::string::npos, "doc/index_format.md has no row " << row);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(the_document_names_the_schema_version_and_every_prefix) {
  namespace schema = index_format::schema;
  const std::string doc = read("doc/index_format.md");
  BOOST_TEST(doc.find("(schema version " + std::to_string(schema::kSchemaVersion) + ")") != std::string::npos);
  for (std::string_view prefix : {schema::kPrefixId, schema::kPrefixSource, schema::kPrefixKind, schema::kPrefixCitesNote,
                                  schema::kPrefixSection, schema::kPrefixStem, schema::kPrefixAcronymGroup,
                                  schema::kPrefixBigram, schema::kPrefixUrl}) {
    BOOST_TEST(doc.find("| `" + std::string(prefix) + "` |") != std::string::npos, prefix);
  }
  for (std::string_view key : {schema::kMetaSchemaVersion, schema::kMetaWordLists, schema::kMetaAcronymGroups,
                               schema::kMetaCorpusRoot, schema::kMetaCompounds}) {
    BOOST_TEST(doc.find("| `" + std::string(key) + "` |") != std::string::npos, key);
  }
  for (std::string_view key : {schema::kMetaDocumentHashPrefix, schema::kMetaDocumentPrefix, schema::kMetaAcronymsPrefix}) {
    BOOST_TEST(doc.find("| `" + std::string(key) + "<doc>` |") != std::string::npos, key);
  }
  BOOST_TEST(doc.find("| " + std::to_string(schema::kSlotId) + " | `kSlotId` |") != std::string::npos);
}
