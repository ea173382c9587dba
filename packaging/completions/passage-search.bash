# @brief bash completion for passage-search (and the build tree's searcher): options, their
# values, the query fields, and after `source:` the ids of the documents in the index.

# The document ids of the index the command line names (--index; without it, the one the
# searcher finds itself: $PASSAGE_SEARCH_INDEX or the nearest index/), asked of the program being
# completed itself, so the build tree's searcher and an installed one both work.
_passage_search_document_ids() {
  local program=$1 i
  local -a index=()
  for ((i = 1; i < ${#words[@]} - 1; i++)); do
    case ${words[i]} in
      --index) index=(--index "${words[i + 1]}") ;;
      --index=*) index=(--index "${words[i]#--index=}") ;;
    esac
  done
  "$program" "${index[@]}" --list-documents --format tsv 2>/dev/null | tail -n +2 | cut -f1
}

_passage_search() {
  local cur prev words cword split
  # -n : keeps "source:ID" one word; -s splits "--format=json" into option and value.
  _init_completion -s -n : || return

  case $prev in
    --index)
      _filedir
      return
      ;;
    --format)
      COMPREPLY=($(compgen -W 'text json tsv' -- "$cur"))
      return
      ;;
    --color)
      COMPREPLY=($(compgen -W 'never always auto' -- "$cur"))
      return
      ;;
    --sort)
      COMPREPLY=($(compgen -W 'relevance document' -- "$cur"))
      return
      ;;
    --notes)
      COMPREPLY=($(compgen -W 'short full none' -- "$cur"))
      return
      ;;
    --limit | -n | -m | --offset | --timeout | --context | -C | --show | --similar)
      return  # a number, or a record id as the output prints it
      ;;
  esac
  $split && return

  case $cur in
    -*)
      COMPREPLY=($(compgen -W '--index --format --json --color --limit --offset --all --no-synonyms --strict
        --explain --count --files-with-matches --vimgrep --sort --notes --batch --stats --acronyms
        --list-documents --show --similar --context --interactive --timeout --allow-partial --help
        --version' -- "$cur"))
      ;;
    source:*)
      COMPREPLY=($(compgen -P source: -W "$(_passage_search_document_ids "${words[0]}")" -- "${cur#source:}"))
      __ltrim_colon_completions "$cur"
      ;;
    kind:*)
      COMPREPLY=($(compgen -P kind: -W 'passage note glossary' -- "${cur#kind:}"))
      __ltrim_colon_completions "$cur"
      ;;
    section:* | note:*)
      ;; # a word of a section title, a note number: nothing to offer
    *)
      # A query word: offer the fields; the word itself is the user's.
      COMPREPLY=($(compgen -W 'source: kind: section: note:' -- "$cur"))
      compopt -o nospace
      ;;
  esac
}
complete -F _passage_search passage-search searcher
