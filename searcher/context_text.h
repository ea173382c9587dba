// @brief print_context_text: the records around a hit or a shown record (-C N), for people, in
// document order and marked as context, shared by the text printers of hits and of --show.
#pragma once

#include <ostream>
#include <string>

#include "index_format/passage_record.h"
#include "searcher/hit.h"

namespace searcher {

// "ID  FILE:START-END" of `record`, the line that locates a record in text output.
std::string record_place(const index_format::PassageRecord& record);

// Writes, each line after `indent`:
//   context:
//   - <before's place>          one per record before, then its whole text indented
//   > <self_id>                 the hit or shown record itself, in its place
//   + <after's place>           one per record after, then its whole text
// Nothing when `context` is empty.
void print_context_text(std::ostream& out, const PassageContext& context, const std::string& self_id,
                        const std::string& indent);

}  // namespace searcher
