// @brief The index's written vocabulary, shared by indexer and searcher: term prefixes, value
// slots, metadata keys and the schema version, in one place.
#pragma once

#include <string_view>

namespace analysis::schema {

// Bumped whenever the layout below or the document data format changes; the searcher refuses an
// index whose version differs and says how to rebuild it.
inline constexpr int kSchemaVersion = 1;

// Term prefixes (Xapian conventions: upper-case letters, boolean filters start with X or a
// single letter). Free-text terms have no prefix; stemmed forms carry "Z" as Xapian's
// TermGenerator and QueryParser expect.
inline constexpr std::string_view kPrefixStem = "Z";
inline constexpr std::string_view kPrefixId = "Q";           // unique passage id, e.g. Qiiss-japan-2021:p12
inline constexpr std::string_view kPrefixSource = "XSRC:";  // document id (query field source:)
inline constexpr std::string_view kPrefixKind = "XKIND:";    // passage | note | glossary (field kind:)
inline constexpr std::string_view kPrefixCitesNote = "XNOTE:";  // note numbers a passage cites (field note:)
inline constexpr std::string_view kPrefixSection = "S";      // words of the section path (field section:)

// Value slots.
inline constexpr unsigned kSlotOrdinal = 0;  // sortable ordinal within its document
inline constexpr unsigned kSlotId = 1;       // the record id: breaks score ties the same way however
                                             // the index is sharded (docids are not)

// Metadata keys.
inline constexpr std::string_view kMetaSchemaVersion = "schema_version";
inline constexpr std::string_view kMetaDocumentHashPrefix = "doc_hash:";  // + document id -> SHA-256
inline constexpr std::string_view kMetaDocumentPrefix = "doc:";           // + document id -> manifest JSON
inline constexpr std::string_view kMetaAcronymsPrefix = "acronyms:";     // + document id -> JSON list of
                                                                          // {acronym, expansion, file, line}
inline constexpr std::string_view kMetaWordLists = "word_lists";          // Analyzer::encode_lists()
inline constexpr std::string_view kMetaCounts = "counts";                 // JSON {documents, passages, notes}

// Passage kinds as stored in kPrefixKind terms and in records.
inline constexpr std::string_view kKindPassage = "passage";
inline constexpr std::string_view kKindNote = "note";
inline constexpr std::string_view kKindGlossary = "glossary";

// Name of the Xapian stub file inside an index directory that points at the live generation.
inline constexpr std::string_view kStubFileName = "XAPIANDB";

}  // namespace analysis::schema
