// @brief SnippetGenerator: the best window of a hit's text for the query's weighted terms.
#include "searcher/snippet_generator.h"

#include <algorithm>

#include "analysis/text_normalizer.h"
#include "analysis/word_breaker.h"
#include "analysis/word_segmenter.h"
#include "index_format/schema.h"
#include "searcher/highlight.h"

namespace searcher {
namespace {

constexpr std::string_view kStem = index_format::schema::kPrefixStem;

bool is_plain_ascii_word(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) return false;
  }
  return true;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct Range {
  size_t begin = 0;
  size_t end = 0;
};

// URLs as the indexer leaves them out of a passage's terms (document_writer's remove_urls):
// "http://" or "https://" up to a space or '>'. Their pieces ("www", "mod", "go", "jp") are no
// words of the text, so "MoD" must not light up inside www.mod.go.jp.
std::vector<Range> url_ranges(std::string_view text) {
  std::vector<Range> urls;
  size_t from = 0;
  for (size_t start; (start = text.find("http", from)) != std::string_view::npos;) {
    const size_t scheme = text.substr(start, 7) == "http://" ? 7 : text.substr(start, 8) == "https://" ? 8 : 0;
    size_t end = start + scheme;
    while (scheme > 0 && end < text.size() && !is_space(text[end]) && text[end] != '>') ++end;
    if (scheme == 0 || end == start + scheme) {  // "http" as a word, or a scheme with no address
      from = start + 4;
      continue;
    }
    urls.push_back({start, end});
    from = end;
  }
  return urls;
}

// "[12]" in the stored text is a note marker (the indexer indexes the text without them).
bool is_note_marker(std::string_view text, analysis::Segment s) {
  if (s.begin == 0 || s.end >= text.size() || text[s.begin - 1] != '[' || text[s.end] != ']') return false;
  return std::all_of(text.begin() + s.begin, text.begin() + s.end, is_digit);
}

bool ends_with_at(std::string_view text, size_t end, std::string_view suffix) {
  return end >= suffix.size() && text.substr(end - suffix.size(), suffix.size()) == suffix;
}

// True when the word at `pos` opens a sentence: after ".", "?" or "!" (then maybe closing quotes
// or brackets and a note marker, as in "…in 2016.[5] It also") and a space, and not lower case
// ("e.g. the" goes on).
bool is_sentence_start(std::string_view text, size_t pos) {
  if (pos == 0) return true;
  if (text[pos] >= 'a' && text[pos] <= 'z') return false;
  size_t i = pos;
  if (!is_space(text[i - 1])) return false;
  while (i > 0 && is_space(text[i - 1])) --i;
  if (i == 0) return true;
  if (text[i - 1] == ']') {
    size_t k = i - 1;
    while (k > 0 && is_digit(text[k - 1])) --k;
    if (k > 0 && k < i - 1 && text[k - 1] == '[') i = k - 1;
  }
  for (bool more = true; more && i > 0;) {
    more = false;
    if (text[i - 1] == '\'' || text[i - 1] == '"' || text[i - 1] == ')') {
      --i;
      more = true;
    } else if (ends_with_at(text, i, "’") || ends_with_at(text, i, "”")) {
      i -= 3;
      more = true;
    }
  }
  return i > 0 && (text[i - 1] == '.' || text[i - 1] == '?' || text[i - 1] == '!');
}

// Punctuation that belongs to the word before it: kept when a window ends on that word.
size_t closing_punctuation_end(std::string_view text, size_t end, size_t limit) {
  while (end < limit) {
    const char c = text[end];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\'' || c == '"') {
      ++end;
    } else if ((text.substr(end, 3) == "’" || text.substr(end, 3) == "”") && end + 3 <= limit) {
      end += 3;
    } else if (c == '[') {  // a note marker "[12]"
      size_t k = end + 1;
      while (k < text.size() && is_digit(text[k])) ++k;
      if (k == end + 1 || k >= text.size() || text[k] != ']' || k + 1 > limit) break;
      end = k + 1;
    } else {
      break;
    }
  }
  return end;
}

// text[begin, end) with each run of white space as one space (a snippet is shown on one line),
// after `prefix`, and `spans` (sorted, apart, inside the range) moved to where their bytes land.
// Copied a run of non-space bytes at a time: byte by byte, with every span looked at for each
// byte, this was 8 % of the workload's instructions (callgrind, bench/README.md).
std::string collapse_space(std::string_view text, Range range, std::string_view prefix,
                           std::vector<Range>* spans) {
  std::string out(prefix);
  out.reserve(prefix.size() + range.end - range.begin + 3);
  size_t i = range.begin;
  auto copy_to = [&](size_t stop) {  // text[i, stop) onto out
    while (i < stop) {
      if (is_space(text[i])) {
        if (out.size() > prefix.size() && out.back() != ' ') out += ' ';
        while (i < stop && is_space(text[i])) ++i;
      } else {
        const size_t from = i;
        while (i < stop && !is_space(text[i])) ++i;
        out.append(text.substr(from, i - from));
      }
    }
  };
  std::vector<Range> moved(spans->size());
  for (size_t s = 0; s < spans->size(); ++s) {
    copy_to((*spans)[s].begin);
    moved[s].begin = out.size();
    copy_to((*spans)[s].end);
    moved[s].end = out.size();
  }
  copy_to(range.end);
  *spans = std::move(moved);
  return out;
}

// The window around `core` (word indexes) in at most `room` bytes of `text` (trimmed to
// `trimmed`): from the start of the sentence holding the core when that fits, else a little
// context before it; then as many words as fit after it; and when the text ends first, what is
// left of the room before it, from the earliest sentence start within reach.
Range place_window(std::string_view text, Range trimmed, const std::vector<SnippetGenerator::MatchedWord>& words,
                   SnippetGenerator::Core core, size_t room) {
  const size_t omission = kSnippetOmission.size();
  const auto& [first, last] = core;
  size_t start = first;
  size_t sentence = first;
  while (sentence > 0 && !is_sentence_start(text, words[sentence].begin)) --sentence;
  if (words[last].end - words[sentence].begin <= room) {
    start = sentence;
  } else {
    const size_t core_length = words[last].end - words[first].begin;
    const size_t lead = std::min<size_t>(room > core_length ? (room - core_length) / 4 : 0, 60);
    while (start > 0 && words[first].begin - words[start - 1].begin <= lead) --start;
  }
  Range window{start == 0 ? trimmed.begin : words[start].begin, 0};
  // A core longer than the room (one huge word) is still shown whole.
  const size_t limit = window.begin + std::max(room, words[last].end - window.begin);
  size_t end = last;
  while (end + 1 < words.size() && words[end + 1].end <= limit) ++end;
  window.end = closing_punctuation_end(text, words[end].end, std::min(limit, trimmed.end));
  if (trimmed.end <= limit + omission) {  // the rest fits in place of the closing "…"
    window.end = trimmed.end;
    size_t reach = start;
    while (reach > 0 && window.end - words[reach - 1].begin <= room + omission) --reach;
    size_t from = reach;
    while (from < start && !is_sentence_start(text, words[from].begin)) ++from;
    start = from < start ? from : reach;
    window.begin = start == 0 ? trimmed.begin : words[start].begin;
  }
  return window;
}

}  // namespace

SnippetGenerator::SnippetGenerator(const analysis::Analyzer& analyzer, QueryTermWeights weights, size_t budget_bytes)
    : analyzer_(analyzer), budget_(budget_bytes) {
  for (auto& [term, weight] : weights) {
    index_.emplace(term, static_cast<int>(terms_.size()));
    if (term.size() > kStem.size() && term.compare(0, kStem.size(), kStem) == 0) {
      stem_initials_[static_cast<unsigned char>(term[kStem.size()])] = true;
    }
    terms_.push_back(term);
    weights_.push_back(weight);
  }
  // A word matches a term through itself, its canonical spelling or the stem of either, and an
  // English stem keeps its word's first letter: so a word can match only if its first byte is a
  // term's (a stem's, for "Z" terms), or it is a spelling variant whose canonical form's is.
  // Looking every word of every hit up in terms_of was a sixth of a query's instructions
  // (callgrind, bench/README.md); most words fail this test and skip it.
  for (const std::string& term : terms_) {
    const bool stemmed = term.size() > kStem.size() && term.compare(0, kStem.size(), kStem) == 0;
    match_initials_[static_cast<unsigned char>(term[stemmed ? kStem.size() : 0])] = true;
  }
  for (const auto& [variant, canonical] : analyzer_.lists().variants) {
    if (!variant.empty() && !canonical.empty() && match_initials_[static_cast<unsigned char>(canonical[0])]) {
      match_initials_[static_cast<unsigned char>(variant[0])] = true;
    }
  }
}

const std::vector<int>& SnippetGenerator::terms_of(const std::string& word) const {
  auto cached = cache_.find(word);
  if (cached != cache_.end()) return cached->second;
  // The terms the Analyzer indexes a word as: itself, its canonical spelling, and "Z" + the stem
  // of each.
  std::vector<int> found;
  auto add = [&](const std::string& term) {
    auto it = index_.find(term);
    if (it != index_.end() && std::find(found.begin(), found.end(), it->second) == found.end()) {
      found.push_back(it->second);
    }
  };
  const std::string& canonical = analyzer_.canonical(word);
  add(word);
  add(canonical);
  // Stemming every word of every hit was three quarters of a query's instructions (callgrind,
  // bench/README.md). A Snowball English stem keeps its word's first letter, so a word is stemmed
  // only when some stemmed query term starts with its letter.
  auto may_stem_to_a_query_term = [&](const std::string& w) {
    return !w.empty() && stem_initials_[static_cast<unsigned char>(w[0])];
  };
  if (may_stem_to_a_query_term(word)) add(std::string(kStem) + analyzer_.stem(word));
  if (&canonical != &word && may_stem_to_a_query_term(canonical)) add(std::string(kStem) + analyzer_.stem(canonical));
  return cache_.emplace(word, std::move(found)).first->second;
}

std::vector<SnippetGenerator::MatchedWord> SnippetGenerator::match_words(std::string_view text) const {
  std::vector<MatchedWord> words;
  words.reserve(text.size() / 6 + 1);  // about one word in six bytes of English
  const std::vector<Range> urls = url_ranges(text);
  size_t url = 0;
  std::vector<analysis::Word> pieces;
  std::string lowered;
  for (const analysis::Segment& segment : analysis::word_segments(text)) {
    while (url < urls.size() && urls[url].end <= segment.begin) ++url;
    // A note marker is no word: the window's ends and matches skip it.
    if (is_note_marker(text, segment)) continue;
    const bool matchable = !(url < urls.size() && urls[url].begin < segment.end);
    const std::string_view original = text.substr(segment.begin, segment.end - segment.begin);
    // Most segments are ASCII letters and digits only: their one analysed word is the segment
    // lower-cased, as normalize_text and append_segment_words would make it, without either
    // (together a fifth of a query's instructions; snippet_generator_test compares both paths).
    if (ascii_fast_path_ && original.size() <= analysis::kMaxWordBytes && is_plain_ascii_word(original)) {
      MatchedWord word{segment.begin, segment.end, {}};
      if (matchable && match_initials_[static_cast<unsigned char>(ascii_lower(original[0]))]) {
        lowered.assign(original);
        for (char& c : lowered) c = ascii_lower(c);
        word.terms = terms_of(lowered);
      }
      words.push_back(std::move(word));
      continue;
    }
    const std::string normalized = analysis::normalize_text(original);
    // Where normalisation kept the length (ASCII case folding), the analysed words' offsets are
    // the original's; elsewhere ("Jūyō" -> "juyo") each word takes its whole segment.
    const bool same_offsets = normalized.size() == original.size();
    pieces.clear();
    analysis::append_segment_words(normalized, {0, normalized.size()}, &pieces);
    for (const analysis::Word& piece : pieces) {
      MatchedWord word{same_offsets ? segment.begin + piece.begin : segment.begin,
                       same_offsets ? segment.begin + piece.end : segment.end, {}};
      if (matchable) word.terms = terms_of(piece.text);
      words.push_back(std::move(word));
    }
  }
  return words;
}

Snippet SnippetGenerator::generate(std::string_view text) const {
  const std::vector<MatchedWord> words = match_words(text);
  size_t text_begin = 0;
  size_t text_end = text.size();
  while (text_begin < text_end && is_space(text[text_begin])) ++text_begin;
  while (text_end > text_begin && is_space(text[text_end - 1])) --text_end;

  Range window{text_begin, text_end};
  if (text_end - text_begin > budget_ && !words.empty()) {
    const size_t room = budget_ > 2 * kSnippetOmission.size() ? budget_ - 2 * kSnippetOmission.size() : 0;
    window = place_window(text, {text_begin, text_end}, words, best_core(words, room), room);
  }

  std::vector<Range> spans;
  for (const MatchedWord& w : words) {
    if (w.terms.empty() || w.begin < window.begin || w.end > window.end) continue;
    if (!spans.empty() && w.begin < spans.back().end) {  // pieces of one segment ("Jūyō's")
      spans.back().end = std::max(spans.back().end, w.end);
    } else {
      spans.push_back({w.begin, w.end});
    }
  }
  Snippet snippet;
  const bool cut_before = window.begin > text_begin;
  snippet.text = collapse_space(text, window, cut_before ? kSnippetOmission : "", &spans);
  if (window.end < text_end) snippet.text += kSnippetOmission;
  for (const Range& span : spans) snippet.highlights.push_back(make_span(snippet.text, span.begin, span.end));
  return snippet;
}

SnippetGenerator::Core SnippetGenerator::best_core(const std::vector<MatchedWord>& words, size_t room) const {
  // Only words matching a term of positive weight delimit the core: Xapian weighs a term inside
  // OP_SYNONYM ("ministry", "of", "defense" of MoD's expansion) at 0, and such a word must not
  // drag the window away from the ones that count (they are still highlighted). A text matching
  // only those takes them all.
  double heaviest = 0;
  for (const MatchedWord& w : words) {
    for (int t : w.terms) heaviest = std::max(heaviest, weights_[t]);
  }
  std::vector<size_t> matched;  // indexes into words
  for (size_t i = 0; i < words.size(); ++i) {
    const auto& terms = words[i].terms;
    if (std::any_of(terms.begin(), terms.end(), [&](int t) { return weights_[t] > 0 || heaviest <= 0; })) {
      matched.push_back(i);
    }
  }
  // From each match, as far as the room allows: the heaviest term held, then the best sum of
  // distinct terms, then the shortest, then the earliest.
  Core core;
  double best = -1;
  size_t best_length = 0;
  std::vector<bool> seen(terms_.size());
  for (size_t i = 0; i < matched.size(); ++i) {
    std::fill(seen.begin(), seen.end(), false);
    double sum = 0;
    bool has_heaviest = false;
    for (size_t j = i; j < matched.size(); ++j) {
      const MatchedWord& w = words[matched[j]];
      const size_t length = w.end - words[matched[i]].begin;
      if (j > i && length > room) break;
      for (int t : w.terms) {
        if (seen[t]) continue;
        seen[t] = true;
        sum += weights_[t];
        has_heaviest = has_heaviest || weights_[t] == heaviest;
      }
      if (has_heaviest && (sum > best || (sum == best && length < best_length))) {
        best = sum;
        best_length = length;
        core = {matched[i], matched[j]};
      }
    }
  }
  return core;
}

}  // namespace searcher
