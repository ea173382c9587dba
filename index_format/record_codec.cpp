// @brief PassageRecord and DocumentInfo to and from tagged binary fields.
#include "index_format/record_codec.h"

#include <algorithm>

#include <limits>

#include "index_format/record_compression.h"
#include "index_format/tlv.h"

namespace index_format {

using analysis::Result;
using analysis::Status;

namespace {

// Record tags. Never reuse a number for another meaning.
enum RecordTag : uint32_t {
  kTagId = 1,
  kTagKind = 2,
  kTagDoc = 3,
  kTagSection = 4,       // repeated, outermost first
  kTagOrdinal = 5,
  kTagLineStart = 6,
  kTagLineEnd = 7,
  kTagText = 8,
  kTagNote = 9,          // repeated: cited note numbers
  kTagNumber = 10,
  kTagUrl = 11,          // repeated
  kTagIbidOf = 12,
  kTagCitedBy = 13,      // repeated, nested: CitingRef
  kTagCitedNote = 14,    // repeated, nested: CitedNote
};

// Nested CitedNote tags.
enum CitedNoteTag : uint32_t {
  kNoteNumber = 1, kNoteText = 2, kNoteUrl = 3, kNoteIbidOf = 4, kNoteIbidText = 5, kNoteMissing = 6,
};

// Nested CitingRef tags.
enum CitingTag : uint32_t { kCitingId = 1, kCitingLineStart = 2, kCitingLineEnd = 3 };

// DocumentInfo tags.
enum DocumentTag : uint32_t { kDocId = 1, kDocFile = 2, kDocTitle = 3, kDocPublisher = 4, kDocYear = 5 };

Status malformed(const std::string& what) { return Status::index_error("malformed " + what); }

bool read_int(TlvReader& r, int* out) {
  uint64_t v = 0;
  if (!r.as_uint(&v) || v > static_cast<uint64_t>(std::numeric_limits<int>::max())) return false;
  *out = static_cast<int>(v);
  return true;
}

std::string encode_cited_note(const CitedNote& n) {
  TlvWriter w;
  w.add_uint(kNoteNumber, static_cast<uint64_t>(n.number));
  if (!n.found) {
    w.add_uint(kNoteMissing, 1);
    return w.take();
  }
  w.add_bytes(kNoteText, n.text);
  for (const auto& u : n.urls) w.add_bytes(kNoteUrl, u);
  if (n.ibid_of) w.add_uint(kNoteIbidOf, static_cast<uint64_t>(*n.ibid_of));
  if (!n.ibid_text.empty()) w.add_bytes(kNoteIbidText, n.ibid_text);
  return w.take();
}

bool decode_cited_note(std::string_view data, CitedNote* n) {
  TlvReader r(data);
  while (r.next()) {
    int v = 0;
    switch (r.tag()) {
      case kNoteNumber: if (!read_int(r, &n->number)) return false; break;
      case kNoteText: n->text = r.bytes(); break;
      case kNoteUrl: n->urls.emplace_back(r.bytes()); break;
      case kNoteIbidOf: if (!read_int(r, &v)) return false; n->ibid_of = v; break;
      case kNoteIbidText: n->ibid_text = r.bytes(); break;
      case kNoteMissing: n->found = false; break;
      default: break;  // added later: skipped
    }
  }
  return r.ok();
}

std::string encode_citing(const CitingRef& c) {
  TlvWriter w;
  w.add_bytes(kCitingId, c.id);
  w.add_uint(kCitingLineStart, static_cast<uint64_t>(c.line_start));
  w.add_uint(kCitingLineEnd, static_cast<uint64_t>(c.line_end));
  return w.take();
}

bool decode_citing(std::string_view data, CitingRef* c) {
  TlvReader r(data);
  while (r.next()) {
    switch (r.tag()) {
      case kCitingId: c->id = r.bytes(); break;
      case kCitingLineStart: if (!read_int(r, &c->line_start)) return false; break;
      case kCitingLineEnd: if (!read_int(r, &c->line_end)) return false; break;
      default: break;
    }
  }
  return r.ok();
}

}  // namespace

std::string record_fields(const PassageRecord& rec) {
  TlvWriter w;
  w.add_bytes(kTagId, rec.id);
  w.add_bytes(kTagKind, rec.kind);
  w.add_bytes(kTagDoc, rec.doc);
  for (const auto& s : rec.section) w.add_bytes(kTagSection, s);
  w.add_uint(kTagOrdinal, static_cast<uint64_t>(rec.ordinal));
  w.add_uint(kTagLineStart, static_cast<uint64_t>(rec.line_start));
  w.add_uint(kTagLineEnd, static_cast<uint64_t>(rec.line_end));
  w.add_bytes(kTagText, rec.text);
  for (int n : rec.notes) w.add_uint(kTagNote, static_cast<uint64_t>(n));
  if (rec.number) w.add_uint(kTagNumber, static_cast<uint64_t>(*rec.number));
  for (const auto& u : rec.urls) w.add_bytes(kTagUrl, u);
  if (rec.ibid_of) w.add_uint(kTagIbidOf, static_cast<uint64_t>(*rec.ibid_of));
  for (const auto& c : rec.cited_by) w.add_bytes(kTagCitedBy, encode_citing(c));
  for (const auto& n : rec.cited_notes) w.add_bytes(kTagCitedNote, encode_cited_note(n));
  return w.take();
}

std::string encode_record(const PassageRecord& rec, const RecordDictionary& dictionary) {
  const std::string plain = record_fields(rec);
  const std::string frame = compress_fields(plain, dictionary);
  if (!frame.empty()) return std::string(1, kCompressedRecordFormat) + frame;
  return std::string(1, kRecordFormat) + plain;
}

Result<PassageRecord> decode_record(std::string_view data, uint32_t fields, const RecordDictionary& dictionary) {
  std::string decompressed;
  if (!data.empty() && data[0] == kCompressedRecordFormat) {
    auto plain = decompress_fields(data.substr(1), dictionary);
    if (!plain.is_ok()) return plain.status();
    decompressed = std::move(plain).value();
    data = decompressed;
  } else if (data.empty() || data[0] != kRecordFormat) {
    return malformed("record: not a record of format " + std::to_string(kRecordFormat) + " or " +
                     std::to_string(kCompressedRecordFormat) + " (an index of another schema version?)");
  } else {
    data.remove_prefix(1);
  }
  PassageRecord rec;
  TlvReader r(data);
  bool ok = true;
  auto want = [&](uint32_t field) { return (fields & field) != 0; };
  while (ok && r.next()) {
    int v = 0;
    switch (r.tag()) {
      case kTagId: rec.id = r.bytes(); break;
      case kTagKind: rec.kind = r.bytes(); break;
      case kTagDoc: rec.doc = r.bytes(); break;
      case kTagSection: if (want(kFieldSection)) rec.section.emplace_back(r.bytes()); break;
      case kTagOrdinal: ok = read_int(r, &rec.ordinal); break;
      case kTagLineStart: ok = read_int(r, &rec.line_start); break;
      case kTagLineEnd: ok = read_int(r, &rec.line_end); break;
      case kTagText: if (want(kFieldText)) rec.text = r.bytes(); break;
      case kTagNote: if (want(kFieldNotes)) { ok = read_int(r, &v); rec.notes.push_back(v); } break;
      case kTagNumber: ok = read_int(r, &v); rec.number = v; break;
      case kTagUrl: if (want(kFieldUrls)) rec.urls.emplace_back(r.bytes()); break;
      case kTagIbidOf: ok = read_int(r, &v); rec.ibid_of = v; break;
      case kTagCitedBy:
        if (want(kFieldCitedBy)) ok = decode_citing(r.bytes(), &rec.cited_by.emplace_back());
        break;
      case kTagCitedNote:
        if (want(kFieldNotes)) ok = decode_cited_note(r.bytes(), &rec.cited_notes.emplace_back());
        break;
      default: break;  // a field added later: skipped
    }
  }
  if (!ok || !r.ok()) return malformed("record" + (rec.id.empty() ? std::string() : " " + rec.id) + ": a field is truncated or out of range");
  if (rec.id.empty() || rec.kind.empty()) return malformed("record: no id or kind");
  return rec;
}

std::string encode_document_info(const DocumentInfo& info) {
  TlvWriter w;
  w.add_bytes(kDocId, info.id);
  w.add_bytes(kDocFile, info.file);
  w.add_bytes(kDocTitle, info.title);
  if (!info.publisher.empty()) w.add_bytes(kDocPublisher, info.publisher);
  if (!info.year.empty()) w.add_bytes(kDocYear, info.year);
  return std::string(1, kRecordFormat) + w.take();
}

Result<DocumentInfo> decode_document_info(std::string_view data) {
  if (data.empty() || data[0] != kRecordFormat) return malformed("document entry: unknown format");
  DocumentInfo info;
  TlvReader r(data.substr(1));
  while (r.next()) {
    switch (r.tag()) {
      case kDocId: info.id = r.bytes(); break;
      case kDocFile: info.file = r.bytes(); break;
      case kDocTitle: info.title = r.bytes(); break;
      case kDocPublisher: info.publisher = r.bytes(); break;
      case kDocYear: info.year = r.bytes(); break;
      default: break;
    }
  }
  if (!r.ok()) return malformed("document entry: a field is truncated");
  return info;
}

std::string passage_id(const std::string& doc, int ordinal) { return doc + ":p" + std::to_string(ordinal); }
std::string note_id(const std::string& doc, int number) { return doc + ":note" + std::to_string(number); }
std::string glossary_id(const std::string& doc, int ordinal) { return doc + ":glossary" + std::to_string(ordinal); }

bool is_passage_id(std::string_view id) {
  const size_t colon = id.rfind(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view local = id.substr(colon + 1);
  return local.size() > 1 && local[0] == 'p' &&
         std::all_of(local.begin() + 1, local.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace index_format
