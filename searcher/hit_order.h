// @brief order_by_document: a page of hits in the order their passages come in the documents
// (--sort document), for reading a result as the documents tell it.
#pragma once

#include <vector>

#include "searcher/hit.h"

namespace searcher {

// Sorts `hits` by document id (the order of --list-documents), then first line, then record
// ordinal (a note after the passage on its line). Stable; ranks are kept, so each hit still says
// where relevance put it.
void order_by_document(std::vector<Hit>& hits);

}  // namespace searcher
