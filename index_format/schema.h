// @brief The index's written vocabulary, shared by indexer and searcher: term prefixes and the
// query fields mapped to them, value slots, metadata keys and the schema version, in one place.
// doc/index_format.md describes each entry, its encoding and who reads it.
#pragma once

#include <string_view>

namespace index_format::schema {

// Bumped whenever a term, slot, metadata entry or encoding changes in a way an older reader
// would misread; the searcher refuses an index whose version differs and says how to rebuild it.
// Fields added to a record or a document entry need no bump: readers skip tags they do not know.
// 2: binary records with their notes resolved, document entries, acronym groups, group and
//    bigram terms.
// 3: the corpus root recorded; documents' and definitions' files relative to it; URL terms of
//    notes (kPrefixUrl); learnt compounds: an open or hyphenated compound ("cyber attack") also
//    gets its closed form's stem term (Zcyberattack), the compounds stored as kMetaCompounds.
// 4: records whose fields zstd shortens are stored compressed (kCompressedRecordFormat).
// 5: records compressed with a dictionary trained on the index's records (kMetaRecordDictionary);
//    compounds stored as a packed table (format 2).
// 6: bigram and acronym group terms without positions (a phrase is checked on its words').
// 7: bigram terms only for pairs with a bigram word (stopwords/bigram_words.txt, stored in
//    kMetaWordLists); stopwords have no stem term; records compressed at zstd level 3 with a
//    dictionary of up to 64 KiB.
inline constexpr int kSchemaVersion = 7;

// Term prefixes (Xapian conventions: upper-case letters; index words are lower case, so a
// prefix never runs into its word). Free-text words have no prefix; stemmed forms carry "Z" as
// Xapian's TermGenerator and QueryParser expect, before any field prefix ("ZSpolici").
inline constexpr std::string_view kPrefixStem = "Z";
inline constexpr std::string_view kPrefixId = "Q";              // unique record id, e.g. Qiiss-japan-2021:p12
inline constexpr std::string_view kPrefixSource = "XSRC:";      // document id (query field source:)
inline constexpr std::string_view kPrefixKind = "XKIND:";       // passage | note | glossary (field kind:)
inline constexpr std::string_view kPrefixCitesNote = "XNOTE:";  // note numbers a passage cites (field note:)
inline constexpr std::string_view kPrefixSection = "S";         // words of the section path (field section:)
// An occurrence of any member of an acronym group ("mod", "ministry of defense"), one wdf each, no
// positions: the group's members are one posting list at query time.
inline constexpr std::string_view kPrefixAcronymGroup = "XA";
// Two adjacent words of which one is a stopword ("cyberspace and", "in japan"), canonical
// spellings joined by one space, no positions: a two-word phrase holding a stopword is one term,
// and a longer one checks positions only where all its bigrams stand (query_builder.cpp).
inline constexpr std::string_view kPrefixBigram = "XB";
// A URL a note cites (url_terms.h): its normalised form ("mod.go.jp/j/press"), its host and the
// host's dot-suffixes ("mod.go.jp", "go.jp"). URLs stay out of the word terms, so that "MoD"
// does not match every note citing www.mod.go.jp; a query naming a URL or host searches these.
inline constexpr std::string_view kPrefixUrl = "XU";

// Query field names, as typed, for the prefixes above.
inline constexpr std::string_view kFieldSource = "source";
inline constexpr std::string_view kFieldKind = "kind";
inline constexpr std::string_view kFieldNote = "note";
inline constexpr std::string_view kFieldSection = "section";

// Value slots.
inline constexpr unsigned kSlotId = 1;  // the record id: breaks score ties the same way however
                                        // the index is sharded (docids are not)

// Metadata keys. Values are binary (index_format/tlv.h) unless said otherwise.
inline constexpr std::string_view kMetaSchemaVersion = "schema_version";  // decimal text
inline constexpr std::string_view kMetaWordLists = "word_lists";          // word_lists_codec.h
inline constexpr std::string_view kMetaAcronymGroups = "acronym_groups";  // acronym_groups.h
inline constexpr std::string_view kMetaCorpusRoot = "corpus_root";        // absolute path, UTF-8 text
inline constexpr std::string_view kMetaCompounds = "compounds";           // compounds_codec.h
inline constexpr std::string_view kMetaRecordDictionary = "record_dictionary";  // zstd dictionary, record_dictionary.h
inline constexpr std::string_view kMetaDocumentHashPrefix = "doc_hash:";  // + document id -> SHA-256 hex
inline constexpr std::string_view kMetaDocumentPrefix = "doc:";           // + document id -> record_codec.h (DocumentInfo)
inline constexpr std::string_view kMetaAcronymsPrefix = "acronyms:";     // + document id -> acronym_definitions.h

// Record kinds as stored in kPrefixKind terms and in records.
inline constexpr std::string_view kKindPassage = "passage";
inline constexpr std::string_view kKindNote = "note";
inline constexpr std::string_view kKindGlossary = "glossary";

}  // namespace index_format::schema
