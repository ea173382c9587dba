#!/usr/bin/env bash
# @brief The shell completions: the bash functions called as bash calls them (COMP_WORDS,
# COMP_CWORD, COMP_LINE, COMP_POINT) for options, option values, query fields and `source:` ids
# from a real index; the zsh functions parsed by zsh; both offering exactly the options --help lists.
# Usage: completion_test.sh COMPLETIONS_DIR SEARCHER INDEXER INDEX
set -uo pipefail
completions=$1 searcher=$(realpath "$2") indexer=$(realpath "$3") index=$4
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

. /usr/share/bash-completion/bash_completion || { echo "FAIL: bash-completion is not installed" >&2; exit 1; }
. "$completions/passage-search.bash"
. "$completions/passage-index.bash"
COMP_WORDBREAKS=${COMP_WORDBREAKS:-$' \t\n"\'><=;|&(:'}

# complete FUNCTION LINE: calls the completion FUNCTION for LINE (the cursor at its end) with the
# words split as readline splits them (COMP_WORDBREAKS: ':' and '=' are words of their own) and
# prints COMPREPLY sorted, one a line.
complete() {
  local function=$1 line=$2 word rest
  COMP_LINE=$line
  COMP_POINT=${#line}
  COMP_WORDS=()
  read -ra parts <<<"$line"
  for word in "${parts[@]}"; do
    while [[ $word == *[:=]* ]]; do
      rest=${word%%[:=]*}
      if [ -n "$rest" ]; then COMP_WORDS+=("$rest"); fi
      COMP_WORDS+=("${word:${#rest}:1}")
      word=${word:${#rest}+1}
    done
    if [ -n "$word" ]; then COMP_WORDS+=("$word"); fi
  done
  if [[ $line == *' ' ]]; then COMP_WORDS+=(""); fi
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  "$function" 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}" | sort | sed '/^$/d'
}

# expect LINE EXPECTED...: completing LINE offers exactly EXPECTED (any order).
expect() {
  local function=$1 line=$2
  shift 2
  local got want
  got=$(complete "$function" "$line" | paste -sd' ')
  want=$(printf '%s\n' "$@" | sort | paste -sd' ')
  [ "$got" = "$want" ] || fail "'$line': expected [$want], got [$got]"
}

# The options each --help lists, one a line, sorted.
searcher_options=$("$searcher" --help | sed -n '/^Options:/,/^Exit status:/p' |
  grep -oE '^  (-[a-zA-Z], )*--[a-z-]+' | sed -E 's/^  (-[a-zA-Z], )*//' | sort)
indexer_options=$("$indexer" --help | sed -n '/^Options:/,$p' | grep -oE '^  (-[a-z] \[ )?--[a-z-]+' |
  sed 's/^  \(-[a-z] \[ \)\?//' | sort)
[ "$(wc -l <<<"$searcher_options")" -ge 15 ] || fail "too few searcher options read from --help: $searcher_options"
[ "$(wc -l <<<"$indexer_options")" -ge 8 ] || fail "too few indexer options read from --help: $indexer_options"

ids=$("$searcher" --index "$index" --list-documents --format tsv | tail -n +2 | cut -f1)
[ "$(wc -l <<<"$ids")" -eq 2 ] || fail "the corpus index should list two documents: $ids"

# Options, as --help lists them.
expect _passage_search "searcher --" $searcher_options
expect _passage_index "indexer --" $indexer_options
expect _passage_search "searcher --li" --limit --list-documents
# Option values, in the next word or after '='.
expect _passage_search "searcher --format " text json tsv
expect _passage_search "searcher --format=j" json
expect _passage_search "searcher --color " never always auto
expect _passage_search "searcher --color a" always auto
expect _passage_search "searcher --sort " relevance document
expect _passage_search "searcher --notes " short full none
expect _passage_search "searcher --limit " 
# Query fields, and their values.
expect _passage_search "searcher cyber " source: kind: section: note:
expect _passage_search "searcher cyber s" source: section:
expect _passage_search "searcher --index $index kind:" passage note glossary
expect _passage_search "searcher --index $index kind:g" glossary
# After source:, the documents of the index named by --index (as --index DIR and --index=DIR).
expect _passage_search "$searcher --index $index source:" $ids
expect _passage_search "$searcher --index=$index cyber source:iiss" iiss-japan-2021
expect _passage_search "$searcher --index $index source:un-" un-reply-japan-2019
expect _passage_search "searcher --index /nonexistent source:" 

# A build tree's searcher run under the installed name gives the same ids.
link_dir=$(mktemp -d)
trap 'rm -rf "$link_dir"' EXIT
ln -s "$searcher" "$link_dir/passage-search"
expect _passage_search "$link_dir/passage-search --index $index source:" $ids

# zsh: the functions parse, and offer exactly the options --help lists.
if command -v zsh >/dev/null; then
  for file in _passage-search _passage-index; do
    zsh -n "$completions/$file" || fail "zsh cannot parse $file"
  done
  # The option specs: the lines of the _arguments call, each starting with a quote.
  zsh_options() { grep -E "^  '" "$1" | grep -oE -- '--[a-z-]+' | sort -u; }
  [ "$(zsh_options "$completions/_passage-search")" = "$searcher_options" ] ||
    fail "_passage-search options differ from --help: $(diff <(zsh_options "$completions/_passage-search") - <<<"$searcher_options")"
  [ "$(zsh_options "$completions/_passage-index")" = "$indexer_options" ] ||
    fail "_passage-index options differ from --help: $(diff <(zsh_options "$completions/_passage-index") - <<<"$indexer_options")"
else
  fail "zsh is not installed (scripts/setup.sh test)"
fi

[ "$failures" -eq 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
echo "all completions as expected"
