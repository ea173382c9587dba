#!/usr/bin/env bash
# @brief `cmake --install` end to end: installs into a temporary prefix, moves the installed tree
# elsewhere, and with the source and build trees out of reach runs the installed passage-index and
# passage-search on a copy of corpus/ with the README's sample query; their answers must be the
# build tree's. Also: every file in its standard place, no tree path inside the programs.
# Usage: install_test.sh SOURCE_DIR BUILD_DIR [plain|sanitized]
set -euo pipefail
source_dir=$(realpath "$1")
build_dir=$(realpath "$2")
instrumented=${3:-plain}
. "$source_dir/packaging/test_lib.sh"

work=$(mktemp -d /tmp/install-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/corpus" "$work/corpus"
cp "$source_dir/packaging/test_lib.sh" "$work/test_lib.sh"

cmake --install "$build_dir" --prefix "$work/staged" >/dev/null
# A prefix moved whole still works: nothing points back at where it was installed.
mv "$work/staged" "$work/prefix"
prefix="$work/prefix"

for file in bin/passage-index bin/passage-search \
  share/passage-search/stopwords/english.txt share/passage-search/stopwords/spelling_variants.tsv \
  share/passage-search/stopwords/bigram_words.txt \
  share/man/man1/passage-index.1 share/man/man1/passage-search.1 \
  share/bash-completion/completions/passage-search share/bash-completion/completions/passage-index \
  share/zsh/site-functions/_passage-search share/zsh/site-functions/_passage-index; do
  [ -f "$prefix/$file" ] || fail "not installed: $file"
done
[ ! -e "$prefix/bin/indexer" ] && [ ! -e "$prefix/bin/searcher" ] || fail "installed under a build-tree name"

# No path of either tree in the programs' code or data (debug information aside: `--strip` and the
# Debian package drop it).
check_no_tree_paths "$instrumented" "$source_dir" "$build_dir" \
  "$prefix/bin/passage-index" "$prefix/bin/passage-search"

# The reference: the build tree's programs, on the same copy of the corpus.
readme_commands "$build_dir/bin/indexer" "$build_dir/bin/searcher" "$work" "$work/built"

run_without_trees "$source_dir" "$build_dir" \
  bash -c '. "$1"; readme_commands "$2/bin/passage-index" "$2/bin/passage-search" "$3" "$3/installed"' \
  run "$work/test_lib.sh" "$prefix" "$work" 2>"$work/installed.stderr" ||
  { cat "$work/installed.stderr" >&2; fail "the installed programs failed without the build tree"; }

compare_runs "$work/built" "$work/installed" passage-search
