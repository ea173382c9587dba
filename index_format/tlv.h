// @brief The byte-level encoding every binary value of the index uses: tagged, length-prefixed
// fields (varint tag, varint length, bytes), so a reader skips what it does not know.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace index_format {

// Appends fields to a buffer. A field is (tag, bytes); integers are written as varints inside
// the field, so a reader that does not know a tag skips it by its length alone.
class TlvWriter {
 public:
  void add_bytes(uint32_t tag, std::string_view bytes);
  void add_uint(uint32_t tag, uint64_t value);
  const std::string& data() const { return out_; }
  std::string take() { return std::move(out_); }

  static void put_varint(std::string& out, uint64_t value);

 private:
  std::string out_;
};

// Reads fields back in order. next() returns false at the end or on malformed input; ok() says
// which. The views point into the buffer given to the constructor, which must outlive them.
class TlvReader {
 public:
  explicit TlvReader(std::string_view data) : data_(data) {}

  bool next();
  uint32_t tag() const { return tag_; }
  std::string_view bytes() const { return bytes_; }
  // The field's bytes read as one varint; false (and ok() false) if they are not exactly one.
  bool as_uint(uint64_t* value);
  bool ok() const { return ok_; }

  static bool get_varint(std::string_view data, size_t* pos, uint64_t* value);

 private:
  std::string_view data_;
  size_t pos_ = 0;
  uint32_t tag_ = 0;
  std::string_view bytes_;
  bool ok_ = true;
};

}  // namespace index_format
