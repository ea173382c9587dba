// @brief Highlight markers: turns the marked, HTML-escaped text of Xapian's snippet generator into
// a plain Snippet with highlight spans, so printers choose how (and whether) to show matches.
#pragma once

#include <string>
#include <string_view>

#include "searcher/hit.h"

namespace searcher {

// Markers handed to Xapian::MSet::snippet. ASCII STX/ETX: control characters that never occur in
// indexed text (the indexer rejects binary content) nor in queries (the query builder rejects
// control characters), so they cannot be confused with the text.
inline constexpr std::string_view kHighlightStart = "\x02";
inline constexpr std::string_view kHighlightEnd = "\x03";
// Shown where the snippet cuts a sentence.
inline constexpr std::string_view kSnippetOmission = "…";

// Splits `marked` (Xapian's snippet output) into plain text and spans: removes the markers,
// undoes the HTML escaping (&amp; &lt; &gt; &quot; &#39;) and records each marked range as byte
// offsets into the result. Adjacent or empty ranges are kept as Xapian gave them, except that an
// empty range is dropped. An unmatched start marker runs to the end of the text.
Snippet parse_marked_snippet(std::string_view marked);

}  // namespace searcher
