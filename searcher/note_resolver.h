// @brief NoteResolver: links hits to notes. A passage gets the full text of the notes it cites
// ("Ibid." with the note it repeats); a note gets the passages that cite it, located as file:line.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include "analysis/passage_record.h"
#include "analysis/status.h"
#include "searcher/hit.h"

namespace searcher {

// Looks records up by their unique id term (schema::kPrefixId + id), so each resolution is one
// posting-list lookup. Holds a reference to `db`, which must outlive the resolver.
class NoteResolver {
 public:
  explicit NoteResolver(const Xapian::Database& db) : db_(db) {}

  // For a passage or glossary hit: fills hit.notes from hit.record.notes, in citation order; a
  // note missing from the index comes back with found = false. An "Ibid." note carries ibid_of
  // and ibid_text, the text of the note it repeats (following a chain of Ibid. to the first note
  // that is not one, at most a few steps).
  // For a note hit: fills hit.cited_by from hit.record.cited_by (ids whose record is missing are
  // skipped), and, if the note is an Ibid., hit.notes with the one note it repeats.
  // Errors: Status::busy if the database changed (reopen and retry), index_error otherwise.
  analysis::Status resolve(Hit& hit) const;

  // The record with id `id`, or nullopt if there is none. Throws Xapian::Error.
  std::optional<analysis::PassageRecord> find(const std::string& id) const;

  // The note `number` of document `doc`, resolved as for a passage hit.
  ResolvedNote note(const std::string& doc, int number) const;

 private:
  const Xapian::Database& db_;
};

}  // namespace searcher
