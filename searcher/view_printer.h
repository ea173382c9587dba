// @brief ViewPrinter: how `--show` renders whole records (PassageView), one printer per format.
// Like the hit printers, they never touch Xapian and are told whether to colour.
//
// text: per record
//   ID  KIND                       (KIND "note N" for a note)
//   FILE:START-END                 (so `vim +START FILE` opens it)
//   TITLE
//   DOC › SECTION › PATH
//   (blank line) the whole text, as stored (note markers as [n]) (blank line)
//   url: URL                       a note's URLs
//   = [N] TEXT                     an Ibid. note: the note it repeats
//   notes:                         a passage: every note it cites, whole
//     [N] TEXT   (and "= [M] TEXT" under an Ibid.)
//   cited by:                      a note: every passage citing it, whole
//     ID  FILE:START-END
//       TEXT
//   context: …                     with -C N (context_text.h)
// Several records (note:N in several documents) are separated by a blank line.
//
// json: one line per record, {"type":"record"} plus the fields of record_json (record_json.h),
// "notes" as [{number, text, urls, ibid_of, ibid_text}] (the cited notes in full),
// "cited_by" [record] (a note: the citing passages whole), and with -C N "context_before" and
// "context_after" [record].
//
// tsv: a header, then one line per record shown and per record that goes with it:
//   role  id  kind  file  line_start  line_end  section  notes  text
// role is `shown`, `note` (a note the shown record cites: id DOC:noteN, file and lines left
// empty), `cited_by` (a passage citing the shown note), `before` or `after` (-C N context, in
// document order). Fields escaped as in tsv_printer.h.
#pragma once

#include <memory>
#include <ostream>

#include "searcher/passage_viewer.h"
#include "searcher/printer.h"

namespace searcher {

class ViewPrinter {
 public:
  virtual ~ViewPrinter() = default;
  // Once, before the first record (the TSV header).
  virtual void begin() {}
  virtual void print_view(const PassageView& view) = 0;
};

// The view printer for `format`. REQUIRES: `out` outlives it.
std::unique_ptr<ViewPrinter> make_view_printer(Format format, const PrinterOptions& options, std::ostream& out);

}  // namespace searcher
