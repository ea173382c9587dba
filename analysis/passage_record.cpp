// @brief JSON encoding of PassageRecord for Xapian document data.
#include "analysis/passage_record.h"

#include <nlohmann/json.hpp>

namespace analysis {

using nlohmann::json;

std::string encode_record(const PassageRecord& r) {
  json j = {{"id", r.id},         {"kind", r.kind},         {"doc", r.doc},
            {"title", r.title},   {"section", r.section},   {"file", r.file},
            {"ordinal", r.ordinal}, {"line_start", r.line_start}, {"line_end", r.line_end},
            {"text", r.text},     {"notes", r.notes},       {"urls", r.urls},
            {"cited_by", r.cited_by}};
  j["number"] = r.number ? json(*r.number) : json(nullptr);
  j["ibid_of"] = r.ibid_of ? json(*r.ibid_of) : json(nullptr);
  return j.dump();
}

Result<PassageRecord> decode_record(const std::string& data) {
  try {
    json j = json::parse(data);
    PassageRecord r;
    r.id = j.at("id").get<std::string>();
    r.kind = j.at("kind").get<std::string>();
    r.doc = j.at("doc").get<std::string>();
    r.title = j.at("title").get<std::string>();
    r.section = j.at("section").get<std::vector<std::string>>();
    r.file = j.at("file").get<std::string>();
    r.ordinal = j.at("ordinal").get<int>();
    r.line_start = j.at("line_start").get<int>();
    r.line_end = j.at("line_end").get<int>();
    r.text = j.at("text").get<std::string>();
    r.notes = j.at("notes").get<std::vector<int>>();
    r.urls = j.at("urls").get<std::vector<std::string>>();
    r.cited_by = j.at("cited_by").get<std::vector<std::string>>();
    if (!j.at("number").is_null()) r.number = j.at("number").get<int>();
    if (!j.at("ibid_of").is_null()) r.ibid_of = j.at("ibid_of").get<int>();
    return r;
  } catch (const json::exception& e) {
    return Status::index_error(std::string("malformed passage record in index: ") + e.what());
  }
}

std::string passage_id(const std::string& doc, int ordinal) { return doc + ":p" + std::to_string(ordinal); }
std::string note_id(const std::string& doc, int number) { return doc + ":note" + std::to_string(number); }
std::string glossary_id(const std::string& doc, int ordinal) { return doc + ":glossary" + std::to_string(ordinal); }

}  // namespace analysis
