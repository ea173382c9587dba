// @brief TextCleaner: the line-level repairs shared by the stages: joins across line and page
// breaks (hyphen rule), markdown emphasis and escapes, angle-bracketed URLs, white space.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace indexer {

// `text` without leading and trailing white space (space, TAB, FF).
std::string_view trim(std::string_view text);

// True when `text` holds only white space (or nothing).
bool is_blank(std::string_view text);

// True when `text` ends a sentence: after dropping trailing white space, note markers and closing
// quotes or brackets, the last character is . ! ? or …  ("year.¹", "opponents’.¹²", "(end)" no).
bool ends_sentence(std::string_view text);

// True when `text` (after opening quotes or brackets) starts with an upper-case letter or digit,
// i.e. could open a new sentence.
bool starts_sentence(std::string_view text);

// True when the first letter-or-digit character of `text` is a lower-case letter.
bool starts_lowercase(std::string_view text);

// Appends line `next` to `joined` as the next line of one paragraph. A line ending in a letter
// and "-" is a word cut by the layout: the hyphen goes when the continuation starts in lower case
// ("includ-" + "ing" -> "including") and stays when it does not ("Shin-" + "Etsu" ->
// "Shin-Etsu"); either way no space is added. Otherwise the two are joined with one space.
void append_line(std::string& joined, std::string_view next);

// Joins lines with append_line.
std::string join_lines(const std::vector<std::string>& lines);

// Markdown and layout clean-up of printed text: emphasis markers removed ("*Fortune*" ->
// "Fortune", "**x**" -> "x"; a lone "*" stays), backslash escapes resolved ("US\$237" ->
// "US$237"), angle brackets around http(s) URLs removed (the URL stays), runs of white space
// collapsed to one space, ends trimmed. Encoded note markers pass through untouched.
std::string clean_inline(std::string_view text);

// Words of `text` for matching text against text: lower-cased, split on anything that is not a
// letter or digit (so ’ and ' both split "Japan’s" into "japan" "s"), markers dropped.
std::vector<std::string> fold_words(std::string_view text);

}  // namespace indexer
