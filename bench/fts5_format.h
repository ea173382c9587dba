// @brief The SQLite FTS5 peer's table, shared by its writer and searcher (as LevelDB's
// log_format.h is by log_reader and log_writer): one row per blank-line paragraph.
#pragma once

#include <string>

namespace bench::fts5 {

// Tokenizer chosen to match what our analyzer does where FTS5 can: Porter stemming (ours is
// Snowball English), Unicode case folding and diacritics removed (Jūyō = juyo).
// `notes` holds one token per superscript marker ("n12"), so the note:N filter has a peer.
// doc, file and line are stored, not indexed: doc serves the source: filter as a plain WHERE.
inline constexpr const char* kCreateTable =
    "CREATE VIRTUAL TABLE paragraphs USING fts5(text, notes, doc UNINDEXED, file UNINDEXED, "
    "line UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2')";

inline constexpr const char* kInsertRow =
    "INSERT INTO paragraphs(text, notes, doc, file, line) VALUES (?1, ?2, ?3, ?4, ?5)";

// Merges the b-tree segments into one after the bulk load, as one does before serving queries.
inline constexpr const char* kOptimize = "INSERT INTO paragraphs(paragraphs) VALUES ('optimize')";

// BM25 ranking (FTS5's `rank` is bm25() by default), a snippet like ours (about 24 tokens, no
// markup) and the whole text, as our text printer shows. ?2 = '' means no source: filter.
inline constexpr const char* kSearch =
    "SELECT doc, file, line, rank, snippet(paragraphs, 0, '', '', '…', 24), text FROM paragraphs "
    "WHERE paragraphs MATCH ?1 AND (?2 = '' OR doc = ?2) ORDER BY rank LIMIT ?3";

// The token a paragraph citing note `number` carries in the notes column.
inline std::string note_token(int number) { return "n" + std::to_string(number); }

}  // namespace bench::fts5
