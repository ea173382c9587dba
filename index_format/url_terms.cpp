// @brief URL normalisation and URL terms for notes.
#include "index_format/url_terms.h"

#include <algorithm>
#include <cctype>

#include "index_format/schema.h"

namespace index_format {
namespace {

// Xapian refuses terms longer than 245 bytes; a URL longer than this is searched by its host.
constexpr size_t kMaxUrlTermBytes = 200;

bool starts_with_folded(const std::string& s, const std::string& prefix) {
  return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
           return a == std::tolower(static_cast<unsigned char>(b));
         });
}

std::string host_of(const std::string& normalised) { return normalised.substr(0, normalised.find('/')); }

void add_once(std::vector<std::string>& out, std::string term) {
  if (std::find(out.begin(), out.end(), term) == out.end()) out.push_back(std::move(term));
}

}  // namespace

std::string normalise_url(const std::string& url) {
  std::string s = url;
  // "<https://…>" as notes write them, and punctuation a sentence put after a URL.
  if (!s.empty() && s.front() == '<') s.erase(0, 1);
  while (!s.empty() && (s.back() == '>' || s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ')')) {
    s.pop_back();
  }
  for (const char* scheme : {"http://", "https://"}) {
    if (starts_with_folded(s, scheme)) {
      s.erase(0, std::string(scheme).size());
      break;
    }
  }
  if (starts_with_folded(s, "www.")) s.erase(0, 4);
  s = s.substr(0, s.find('#'));
  const size_t slash = s.find('/');
  std::transform(s.begin(), s.begin() + static_cast<long>(std::min(slash, s.size())), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  while (!s.empty() && (s.back() == '/' || s.back() == '.')) s.pop_back();
  const std::string host = host_of(s);
  if (host.find('.') == std::string::npos ||
      std::any_of(host.begin(), host.end(), [](unsigned char c) { return std::isspace(c) || c < 0x20; })) {
    return "";
  }
  return s;
}

std::vector<std::string> url_index_terms(const std::string& url) {
  std::vector<std::string> out;
  const std::string normalised = normalise_url(url);
  if (normalised.empty()) return out;
  const std::string prefix(schema::kPrefixUrl);
  if (normalised.size() <= kMaxUrlTermBytes) add_once(out, prefix + normalised);
  std::string host = host_of(normalised);
  if (host.size() > kMaxUrlTermBytes) return out;
  while (host.find('.') != std::string::npos) {
    add_once(out, prefix + host);
    host = host.substr(host.find('.') + 1);
  }
  return out;
}

std::vector<std::string> url_query_terms(const std::string& typed) {
  std::vector<std::string> out;
  const std::string normalised = normalise_url(typed);
  if (normalised.empty() || normalised.size() > kMaxUrlTermBytes) return out;
  const std::string prefix(schema::kPrefixUrl);
  add_once(out, prefix + normalised);
  add_once(out, prefix + host_of(normalised));
  return out;
}

}  // namespace index_format
