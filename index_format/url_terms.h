// @brief url_terms: the index terms (schema.h kPrefixUrl) a URL or host name is indexed and
// searched by, one normalisation for the indexer and the searcher.
#pragma once

#include <string>
#include <vector>

namespace index_format {

// The normalised form of a URL or host name: lower-case host without "http://", "https://" or
// "www.", the path kept as written, without a "#fragment" and a trailing '/' or '.';
// "https://www.MOD.go.jp/j/" -> "mod.go.jp/j". Empty when no host with a dot is left.
std::string normalise_url(const std::string& url);

// The terms of one note URL: its normalised form (when it has a path and fits a Xapian term),
// its host and every dot-suffix of the host of two or more labels ("mod.go.jp", "go.jp"), each
// under kPrefixUrl, most specific first, without repeats. Searching "go.jp" thus finds every
// note citing a government site of Japan, and a word of a host ("mod") matches none of these.
std::vector<std::string> url_index_terms(const std::string& url);

// The terms a URL or host name typed in a query is searched by: its normalised form and its host
// (the host once when it is all there is), under kPrefixUrl.
std::vector<std::string> url_query_terms(const std::string& typed);

}  // namespace index_format
