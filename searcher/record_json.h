// @brief JSON objects for a cited note and for a record, shared by the hit printer (context
// records) and the view printer (--show), so both spell the fields the same way.
#pragma once

#include <nlohmann/json.hpp>

#include "index_format/passage_record.h"
#include "searcher/hit.h"

namespace searcher {

// {number, text (null when the index lacks the note), urls, ibid_of, ibid_text}
nlohmann::ordered_json note_json(const ResolvedNote& note);

// {id, kind, doc, title, section, file, line_start, line_end, text, notes: [int]}, and for a
// note also number, urls and ibid_of.
nlohmann::ordered_json record_json(const index_format::PassageRecord& record);

// [record_json…] of each record.
nlohmann::ordered_json records_json(const std::vector<index_format::PassageRecord>& records);

// Writes `line` as one JSON Lines line; invalid UTF-8 is replaced rather than aborting a batch.
void write_json_line(std::ostream& out, const nlohmann::ordered_json& line);

}  // namespace searcher
