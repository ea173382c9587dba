// @brief sha256_hex: the content hash that decides whether a document must be re-indexed.
#pragma once

#include <string>
#include <string_view>

namespace indexer {

// Lower-case hex SHA-256 of `bytes` (OpenSSL).
std::string sha256_hex(std::string_view bytes);

}  // namespace indexer
