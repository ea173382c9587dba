// @brief BlockClassifier: segmentation per layout, then title, glossary caption, pull quotes
// and the "(end)" mark, the same for both layouts.
#include "indexer/block_classifier.h"

#include <cctype>
#include <string_view>

#include "indexer/glossary_parser.h"
#include "indexer/marker_extractor.h"
#include "indexer/pull_quote_detector.h"
#include "indexer/text_cleaner.h"

namespace indexer {
namespace {

constexpr int kShortLine = 80;       // characters: titles, headings, captions are shorter
constexpr size_t kHeadingWords = 8;  // an unmarked heading is a few words ("Strategy and doctrine")

// "- 12 text" / " - 28 text" (IISS notes, some with a leading space): the note number, or -1.
int note_number(std::string_view text) {
  text = trim(text);
  if (!text.starts_with("- ")) return -1;
  text = trim(text.substr(2));
  size_t digits = 0;
  while (digits < text.size() && digits < 4 && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits >= text.size() || text[digits] != ' ') return -1;
  return std::stoi(std::string(text.substr(0, digits)));
}

// "- companies in 2020, see …" (IISS note 26's second line): a note line without a number.
bool is_note_continuation(std::string_view text) {
  text = trim(text);
  return (text.starts_with("- ") || text == "-") && note_number(text) < 0;
}

constexpr std::string_view kArrows[] = {"\u27A2", "\u27A4", "\u25BA", "\u25B6"};  // ➢ ➤ ► ▶
constexpr std::string_view kBullets[] = {"\u2022", "\u25CF", "\u25AA", "\u25E6", "\u2023"};  // • ● ▪ ◦ ‣

// The text after a leading sign from `signs` and its spaces, or an empty view.
std::string_view after_sign(std::string_view text, const std::string_view* signs, size_t count) {
  text = trim(text);
  for (size_t i = 0; i < count; ++i) {
    if (text.starts_with(signs[i])) return trim(text.substr(signs[i].size()));
  }
  return {};
}

bool is_upper_start(std::string_view text) { return starts_sentence(text) && !starts_lowercase(text); }

// "1 General appreciation…", "2  Efforts…", "7. Japan", "2.1 Scope".
bool is_numbered_heading_start(std::string_view text) {
  text = trim(text);
  size_t i = 0;
  while (i < text.size() && i < 2 && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == 0) return false;
  while (i + 1 < text.size() && text[i] == '.' && std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
    i += 2;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  }
  if (i < text.size() && text[i] == '.') ++i;
  if (i >= text.size() || text[i] != ' ') return false;
  const std::string_view rest = trim(text.substr(i));
  return !rest.empty() && std::isupper(static_cast<unsigned char>(rest[0]));
}

// "(i) Assurance of the Free Flow of Information" … "(v) Collaboration among…".
bool is_roman_heading_start(std::string_view text) {
  text = trim(text);
  if (!text.starts_with("(")) return false;
  size_t i = 1;
  while (i < text.size() && std::string_view("ivxlc").find(text[i]) != std::string_view::npos) ++i;
  if (i == 1 || i + 1 >= text.size() || text[i] != ')' || text[i + 1] != ' ') return false;
  return is_upper_start(text.substr(i + 2));
}

// Heading level of a line carrying a heading marker, or 0. Numbered and roman headings must
// follow a boundary and not end a sentence: "(i) assurance of the free flow of information;"
// inside a UN sentence is no heading.
int marked_heading_level(std::string_view text, bool at_boundary, int max_width) {
  if (!after_sign(text, kArrows, std::size(kArrows)).empty()) return 2;
  if (!at_boundary || ends_sentence(text) || utf8_length(trim(text)) > max_width) return 0;
  if (is_numbered_heading_start(text)) return 1;
  if (is_roman_heading_start(text)) return 3;
  return 0;
}

bool has_trailing_double_space(std::string_view raw) { return raw.ends_with("  ") && !is_blank(raw); }

// Heading, title and caption text: arrow sign off, lines joined, markdown and markers off.
std::string heading_text(const std::vector<Line>& lines) {
  std::vector<std::string> parts;
  for (const Line& line : lines) parts.emplace_back(line.text);
  if (!parts.empty()) {
    const std::string_view rest = after_sign(parts[0], kArrows, std::size(kArrows));
    if (!rest.empty()) parts[0] = std::string(rest);
  }
  return clean_inline(remove_markers(join_lines(parts)));
}

Block make_block(BlockKind kind, const Line& first) {
  Block block;
  block.kind = kind;
  block.line_start = block.line_end = first.number;
  block.lines.push_back(first);
  return block;
}

void add_line(Block& block, const Line& line) {
  block.lines.push_back(line);
  block.line_end = line.number;
}

// Shared by both layouts: a note line starts a note, a continuation extends the last one.
// Returns true when the line was taken.
bool take_note_line(const Line& line, bool& in_notes, std::vector<Block>& blocks) {
  if (note_number(line.text) >= 0) {
    blocks.push_back(make_block(BlockKind::kNote, line));
    in_notes = true;
    return true;
  }
  if (in_notes && is_note_continuation(line.text) && !blocks.empty() && blocks.back().kind == BlockKind::kNote) {
    add_line(blocks.back(), line);
    return true;
  }
  in_notes = false;
  return false;
}

// The first line after `i` with text, or nullptr.
const Line* next_text_line(const std::vector<Line>& lines, size_t i) {
  for (size_t j = i + 1; j < lines.size(); ++j) {
    if (!is_blank(lines[j].text)) return &lines[j];
  }
  return nullptr;
}

// A hard-wrapped export separates printed lines by one empty line; two or more mean a page break.
bool follows_page_break(const std::vector<Line>& lines, size_t i) {
  size_t empty = 0;
  while (empty < i && lines[i - 1 - empty].text.empty()) ++empty;
  return empty >= 2;
}

// "…the committee asked the" / page break / "3 Funding and oversight" / "ministry to report…":
// a short line, right after a page break, that the next line goes on from in lower case is no
// body text (a wrapped body line fills the width), so a heading marker on it counts even though
// the sentence before it is not finished.
bool heading_across_cut(const std::vector<Line>& lines, size_t i, const Layout& layout) {
  const Line* next = next_text_line(lines, i);
  return follows_page_break(lines, i) && next && starts_lowercase(next->text) &&
         utf8_length(trim(lines[i].text)) * 10 < layout.wrap_width * 8;
}

std::vector<Block> segment_hard_wrapped(const std::vector<Line>& lines, const Layout& layout) {
  std::vector<Block> blocks;
  bool open = false;  // blocks.back() still takes lines
  bool in_notes = false;
  const int max_heading_width = layout.wrap_width + 10;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.text.empty()) continue;  // the export's line separators and page breaks
    if (is_blank(line.text)) {        // " ": the export's paragraph break
      open = false;
      continue;
    }
    if (take_note_line(line, in_notes, blocks)) {
      open = false;
      continue;
    }
    Block* current = open ? &blocks.back() : nullptr;
    const std::string& prev = current ? current->lines.back().text : std::string();
    // "2  Efforts taken … and promote" / "international cooperation in the field": a heading
    // wrapped at the width goes on while lines start in lower case.
    // A heading met inside a cut sentence does not wrap: the lower-case line after it is the
    // sentence going on.
    if (current && current->kind == BlockKind::kHeading && !current->inside_sentence && !ends_sentence(prev) &&
        utf8_length(trim(prev)) * 2 >= layout.wrap_width && starts_lowercase(line.text)) {
      add_line(*current, line);
      continue;
    }
    const bool at_boundary = !current || current->kind == BlockKind::kHeading || ends_sentence(prev);
    const bool across_cut = !at_boundary && heading_across_cut(lines, i, layout);
    if (const int level = marked_heading_level(line.text, at_boundary || across_cut, max_heading_width)) {
      // Decided before push_back, which may move the block `current` and `prev` point into.
      const bool inside_sentence = current && current->kind != BlockKind::kHeading && !ends_sentence(prev);
      blocks.push_back(make_block(BlockKind::kHeading, line));
      blocks.back().level = level;
      blocks.back().marked = true;
      blocks.back().inside_sentence = inside_sentence;
      open = true;
      continue;
    }
    const std::string_view bullet_rest = after_sign(line.text, kBullets, std::size(kBullets));
    if (!bullet_rest.empty()) {
      blocks.push_back(make_block(BlockKind::kBullet, Line{line.number, std::string(bullet_rest)}));
      open = true;
      continue;
    }
    const bool body_open = current && (current->kind == BlockKind::kParagraph || current->kind == BlockKind::kBullet);
    // "organic entity." then "The unification of cyberspace…": a sentence ending well short of
    // the wrap width ends the paragraph; so does "take action.  " with the export's two spaces.
    const bool short_end = body_open && ends_sentence(prev) && starts_sentence(line.text) &&
                           (utf8_length(trim(prev)) * 10 < layout.wrap_width * 8 || has_trailing_double_space(prev));
    if (body_open && !short_end) {
      add_line(*current, line);
      continue;
    }
    blocks.push_back(make_block(BlockKind::kParagraph, line));
    open = true;
  }
  return blocks;
}

// A single short line that could head a section: at most 8 words, no final punctuation, no
// trailing comma or colon, starts upper-case ("Strategy and doctrine"; "with many
// corporations…" is a cut; "…to call for the Ministry of Defense" is too long).
bool is_heading_shaped(const std::vector<Line>& run) {
  if (run.size() != 1) return false;
  const std::string plain = remove_markers(trim(run[0].text));
  if (plain.empty() || utf8_length(plain) > kShortLine || ends_sentence(plain)) return false;
  if (fold_words(plain).size() > kHeadingWords) return false;
  const char last = plain.back();
  if (last == ',' || last == ';' || last == ':' || last == '-') return false;
  return is_upper_start(plain);
}

void close_run(std::vector<Line>& run, bool glossary_before, std::vector<Block>& blocks, int max_width) {
  if (run.empty()) return;
  bool all_rows = true;
  for (const Line& line : run) all_rows = all_rows && is_glossary_row(line.text);
  if (all_rows && (run.size() >= 2 || glossary_before)) {
    // IISS lines 17–29: the acronym box, split by a blank line (24) that changes nothing.
    if (glossary_before) {
      for (const Line& line : run) add_line(blocks.back(), line);
    } else {
      blocks.push_back(make_block(BlockKind::kGlossary, run[0]));
      for (size_t i = 1; i < run.size(); ++i) add_line(blocks.back(), run[i]);
    }
  } else if (run.size() == 1 && !after_sign(run[0].text, kArrows, std::size(kArrows)).empty()) {
    blocks.push_back(make_block(BlockKind::kHeading, run[0]));
    blocks.back().level = 2;
    blocks.back().marked = true;
  } else if (const std::string_view rest = after_sign(run[0].text, kBullets, std::size(kBullets)); !rest.empty()) {
    blocks.push_back(make_block(BlockKind::kBullet, Line{run[0].number, std::string(rest)}));
    for (size_t i = 1; i < run.size(); ++i) add_line(blocks.back(), run[i]);
  } else if (is_heading_shaped(run)) {
    blocks.push_back(make_block(BlockKind::kHeading, run[0]));
    const int level = marked_heading_level(run[0].text, true, max_width);
    blocks.back().level = level == 0 ? 1 : level;
    blocks.back().marked = level != 0;
  } else {
    blocks.push_back(make_block(BlockKind::kParagraph, run[0]));
    for (size_t i = 1; i < run.size(); ++i) add_line(blocks.back(), run[i]);
  }
  run.clear();
}

std::vector<Block> segment_paragraph_per_line(const std::vector<Line>& lines) {
  std::vector<Block> blocks;
  std::vector<Line> run;
  bool in_notes = false;
  auto glossary_last = [&] { return !blocks.empty() && blocks.back().kind == BlockKind::kGlossary; };
  for (const Line& line : lines) {
    if (is_blank(line.text)) {
      close_run(run, glossary_last(), blocks, kShortLine);
      continue;
    }
    if (run.empty() && take_note_line(line, in_notes, blocks)) continue;
    if (!run.empty() && (note_number(line.text) >= 0)) {
      close_run(run, glossary_last(), blocks, kShortLine);
      take_note_line(line, in_notes, blocks);
      continue;
    }
    run.push_back(line);
  }
  close_run(run, glossary_last(), blocks, kShortLine);
  return blocks;
}

// "National Reply from JAPAN", "7. Japan": a first short unpunctuated line is the title, unless
// it is a numbered heading with numbered siblings ("1 General…" followed by "2 …").
void mark_title(std::vector<Block>& blocks) {
  if (blocks.size() < 2) return;
  Block& first = blocks.front();
  if (first.lines.size() != 1 || (first.kind != BlockKind::kParagraph && first.kind != BlockKind::kHeading)) return;
  const std::string plain = remove_markers(trim(first.lines[0].text));
  if (utf8_length(plain) > kShortLine || ends_sentence(plain) || starts_lowercase(plain)) return;
  if (first.kind == BlockKind::kHeading && first.level != 1) return;
  if (is_numbered_heading_start(plain)) {
    for (size_t i = 1; i < blocks.size(); ++i) {
      if (blocks[i].kind == BlockKind::kHeading && blocks[i].marked && blocks[i].level == 1) return;
    }
  }
  first.kind = BlockKind::kTitle;
  first.level = 0;
}

// "List of acronyms" right before the rows: the box's caption, inside the box's line span, so
// that the sentence it interrupts (IISS 13 -> 31) is not cut by a false heading.
void attach_captions(std::vector<Block>& blocks) {
  for (size_t i = 1; i < blocks.size(); ++i) {
    Block& caption = blocks[i - 1];
    if (blocks[i].kind != BlockKind::kGlossary || caption.kind != BlockKind::kHeading || caption.marked) continue;
    blocks[i].line_start = caption.line_start;
    blocks[i].text = heading_text(caption.lines);
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i - 1));
    --i;
  }
}

// True when the body block `block` stops inside a sentence ("…the committee asked the").
bool stops_mid_sentence(const Block& block) {
  return (block.kind == BlockKind::kParagraph || block.kind == BlockKind::kBullet) &&
         !ends_sentence(block.lines.back().text);
}

// A heading whose next block goes on in lower case. After a finished sentence it is the first
// half of a sentence cut by the page ("Japan's defences are weak" / "with many corporations…"),
// not a heading, unless it carries a marker. After an unfinished one it stands between the two
// halves of a cut sentence ("…asked the" / "Funding and oversight" / "ministry to report…"):
// a heading inside the sentence.
void resolve_headings_before_lowercase(std::vector<Block>& blocks) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& block = blocks[i];
    if (block.kind != BlockKind::kHeading) continue;
    const Block* next = i + 1 < blocks.size() ? &blocks[i + 1] : nullptr;
    const bool goes_on_lowercase =
        next && next->kind == BlockKind::kParagraph && starts_lowercase(next->lines.front().text);
    block.inside_sentence = goes_on_lowercase && i > 0 && stops_mid_sentence(blocks[i - 1]);
    if (goes_on_lowercase && !block.inside_sentence && !block.marked) {
      block.kind = BlockKind::kParagraph;
      block.level = 0;
    }
  }
}

// "… Open-Ended Working Group. (end)": the document's end mark is no passage text.
void drop_end_mark(std::vector<Block>& blocks) {
  for (size_t b = blocks.size(); b-- > 0;) {
    Block& block = blocks[b];
    if (block.kind == BlockKind::kNote || block.kind == BlockKind::kGlossary) continue;
    if (block.kind != BlockKind::kParagraph && block.kind != BlockKind::kBullet) return;
    std::string& last = block.lines.back().text;
    const std::string_view trimmed = trim(last);
    if (!trimmed.ends_with("(end)")) return;
    last = std::string(trim(trimmed.substr(0, trimmed.size() - 5)));
    if (!last.empty()) return;
    block.lines.pop_back();
    if (block.lines.empty()) {
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(b));
    } else {
      block.line_end = block.lines.back().number;
    }
    return;
  }
}

}  // namespace

std::vector<Block> classify_blocks(const std::vector<Line>& lines, const Layout& layout) {
  std::vector<Block> blocks = layout.kind == LayoutKind::kHardWrapped ? segment_hard_wrapped(lines, layout)
                                                                      : segment_paragraph_per_line(lines);
  resolve_headings_before_lowercase(blocks);
  mark_title(blocks);
  attach_captions(blocks);
  mark_pull_quotes(blocks);
  drop_end_mark(blocks);
  for (Block& block : blocks) {
    if (block.kind == BlockKind::kHeading || block.kind == BlockKind::kTitle || block.kind == BlockKind::kPullQuote) {
      block.text = heading_text(block.lines);
    }
  }
  return blocks;
}

}  // namespace indexer
