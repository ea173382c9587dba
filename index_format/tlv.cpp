// @brief Tagged, length-prefixed fields with LEB128 varints.
#include "index_format/tlv.h"

namespace index_format {

void TlvWriter::put_varint(std::string& out, uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

void TlvWriter::add_bytes(uint32_t tag, std::string_view bytes) {
  put_varint(out_, tag);
  put_varint(out_, bytes.size());
  out_.append(bytes);
}

void TlvWriter::add_uint(uint32_t tag, uint64_t value) {
  std::string v;
  put_varint(v, value);
  add_bytes(tag, v);
}

bool TlvReader::get_varint(std::string_view data, size_t* pos, uint64_t* value) {
  uint64_t result = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (*pos >= data.size()) return false;
    const auto byte = static_cast<unsigned char>(data[(*pos)++]);
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *value = result;
      return true;
    }
  }
  return false;
}

bool TlvReader::next() {
  if (!ok_ || pos_ >= data_.size()) return false;
  uint64_t tag = 0, length = 0;
  if (!get_varint(data_, &pos_, &tag) || tag > UINT32_MAX || !get_varint(data_, &pos_, &length) ||
      length > data_.size() - pos_) {
    ok_ = false;
    return false;
  }
  tag_ = static_cast<uint32_t>(tag);
  bytes_ = data_.substr(pos_, length);
  pos_ += length;
  return true;
}

bool TlvReader::as_uint(uint64_t* value) {
  size_t pos = 0;
  if (!get_varint(bytes_, &pos, value) || pos != bytes_.size()) {
    ok_ = false;
    return false;
  }
  return true;
}

}  // namespace index_format
