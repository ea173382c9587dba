// @brief PassageBuilder: section paths, joins across boxes and pull quotes, text rendering.
#include "indexer/passage_builder.h"

#include <algorithm>
#include <array>
#include <optional>

#include "indexer/glossary_parser.h"
#include "indexer/marker_extractor.h"
#include "indexer/text_cleaner.h"

namespace indexer {
namespace {

constexpr int kLevels = 3;

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

class Builder {
 public:
  void heading(const Block& block) {
    // "…asked the" / "Funding and oversight" / "ministry to report…": the cut sentence keeps the
    // section it started in and goes on in the next paragraph; what follows it is under the heading.
    if (!block.inside_sentence || !open_ || ends_sentence(raw_)) close();
    const int level = std::clamp(block.level, 1, kLevels);
    path_[level - 1] = block.text;
    for (int deeper = level; deeper < kLevels; ++deeper) path_[deeper].clear();
  }

  void body(const Block& block) {
    const bool continues = open_ && block.kind == BlockKind::kParagraph && !ends_sentence(raw_);
    if (!continues) {
      close();
      open_.emplace();
      open_->section_path = current_path();
      open_->line_start = block.line_start;
    }
    for (const Line& line : block.lines) {
      append_line(raw_, line.text);
      for (const MarkerRef& ref : find_markers(line.text)) out_.citations.push_back({ref.number, line.number});
    }
    open_->line_end = block.line_end;
  }

  void glossary(const Block& block) {
    std::vector<AcronymDefinition> pairs = parse_glossary(block.lines);
    Passage passage;
    passage.kind = PassageKind::kGlossary;
    passage.section_path = current_path();
    passage.line_start = block.line_start;
    passage.line_end = block.line_end;
    passage.text = passage.index_text = glossary_text(pairs);
    out_.passages.push_back(std::move(passage));
    out_.glossary.insert(out_.glossary.end(), pairs.begin(), pairs.end());
  }

  void close() {
    if (!open_) return;
    const std::string cleaned = clean_inline(raw_);
    open_->text = render_markers(cleaned);
    open_->index_text = collapse_spaces(remove_markers(cleaned));
    for (const MarkerRef& ref : find_markers(cleaned)) {
      auto& cited = open_->cited_notes;
      if (std::find(cited.begin(), cited.end(), ref.number) == cited.end()) cited.push_back(ref.number);
    }
    out_.passages.push_back(std::move(*open_));
    open_.reset();
    raw_.clear();
  }

  BuiltPassages finish() {
    close();
    // A glossary box is emitted when met, before the sentence it interrupts is closed.
    std::stable_sort(out_.passages.begin(), out_.passages.end(),
                     [](const Passage& a, const Passage& b) { return a.line_start < b.line_start; });
    for (size_t i = 0; i < out_.passages.size(); ++i) out_.passages[i].ordinal = static_cast<int>(i) + 1;
    return std::move(out_);
  }

 private:
  std::vector<std::string> current_path() const {
    std::vector<std::string> path;
    for (const std::string& level : path_) {
      if (!level.empty()) path.push_back(level);
    }
    return path;
  }

  std::array<std::string, kLevels> path_;
  std::optional<Passage> open_;
  std::string raw_;  // the open passage's joined lines, markers encoded, markdown as printed
  BuiltPassages out_;
};

}  // namespace

BuiltPassages build_passages(const std::vector<Block>& blocks) {
  Builder builder;
  for (const Block& block : blocks) {
    switch (block.kind) {
      case BlockKind::kHeading:
        builder.heading(block);
        break;
      case BlockKind::kParagraph:
      case BlockKind::kBullet:
        builder.body(block);
        break;
      case BlockKind::kGlossary:
        builder.glossary(block);
        break;
      case BlockKind::kPullQuote:
        break;  // repeats body text; the sentence it interrupts goes on
      case BlockKind::kTitle:
      case BlockKind::kNote:
        builder.close();
        break;
    }
  }
  return builder.finish();
}

}  // namespace indexer
