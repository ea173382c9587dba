// @brief NullStream: an std::ostream that counts and discards what is written, so rendering is
// timed through the real printers without measuring a terminal or a pipe.
#pragma once

#include <array>
#include <ostream>
#include <streambuf>

namespace bench {

// Buffered like stdout is, so a printer's many small writes cost what they cost in the searcher.
class CountingBuffer : public std::streambuf {
 public:
  CountingBuffer() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  size_t bytes() const { return bytes_ + static_cast<size_t>(pptr() - pbase()); }

 protected:
  int overflow(int c) override {
    bytes_ += static_cast<size_t>(pptr() - pbase()) + (c == traits_type::eof() ? 0 : 1);
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return traits_type::not_eof(c);
  }

 private:
  std::array<char, 4096> buffer_;
  size_t bytes_ = 0;
};

class NullStream : public std::ostream {
 public:
  NullStream() : std::ostream(&buffer_) {}
  size_t bytes() const { return buffer_.bytes(); }

 private:
  CountingBuffer buffer_;
};

}  // namespace bench
