# @brief bash completion for passage-index (and the build tree's indexer): options and their values.

_passage_index() {
  local cur prev words cword split
  _init_completion -s || return

  case $prev in
    --corpus | --index | --stopwords)
      _filedir -d
      return
      ;;
    --shards | --jobs | -j)
      return
      ;;
  esac
  $split && return

  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W '--help --version --corpus --index --stopwords --force --shards --jobs --wait
      --quiet' -- "$cur"))
  fi
}
complete -F _passage_index passage-index indexer
