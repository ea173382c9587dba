// @brief to_xapian_document: the one mapping from a PassageRecord to the Xapian document the
// index holds (data, terms, positions, value slots). The indexer and every test fixture build
// their indexes through it, so they cannot drift apart.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "index_format/acronym_groups.h"
#include "index_format/passage_record.h"
#include "index_format/record_dictionary.h"

namespace index_format {

// What of a record's text is analysed into terms: the text without its "[n]" note markers and
// without URLs, whose pieces ("www", "mod", "go", "jp") are not words of the text and would make
// a query for "MoD" match every note citing www.mod.go.jp. URLs stay in the record.
std::string text_to_index(const PassageRecord& record);

// The term that matches every inflection of `word` (a canonical word, as Analyzer::canonical
// gives) under `prefix`: Z<prefix><stem>. A stopword has no stem term: it is matched as written,
// <prefix><word>.
std::string stem_term(const analysis::Analyzer& analyzer, const std::string& prefix, const std::string& word);

// The Xapian document for `record`:
//  - data: encode_record(record, dictionary) (record_codec.h);
//  - boolean terms: Q<id>, XSRC:<doc>, XKIND:<kind>, XNOTE:<n> for each cited note;
//  - value kSlotId: the id;
//  - the words of text_to_index(record) at positions 1, 2, …, each as typed and, for a spelling
//    variant, also in its canonical spelling at the same position, plus stem_term (Z<stem>, none
//    for a stopword) without position (Xapian's STEM_SOME layout), and for two words that are a
//    learnt compound (analyzer.compounds()) with a space or a hyphen between them, Z<stem of the
//    closed form>; XB<w1 w2> for two adjacent words one of which is a bigram word
//    (Analyzer::is_bigram_pair) and XA<group> for each occurrence of an acronym group member,
//    both without positions (one wdf per occurrence);
//  - the section path's words the same way under S (and SXA<group>), 10 positions between headings;
//  - for a note, XU terms of each of its URLs (url_index_terms), without positions.
Xapian::Document to_xapian_document(const PassageRecord& record, const analysis::Analyzer& analyzer,
                                    const AcronymGroups& groups, const RecordDictionary& dictionary = {});

// The words whose spelling data a record adds to the index (and removes with it).
std::vector<std::string> spelling_words(const PassageRecord& record, const analysis::Analyzer& analyzer);

}  // namespace index_format
