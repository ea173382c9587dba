#!/usr/bin/env bash
# @brief The Debian package end to end: builds it with `cpack -G DEB`, checks its dependencies came
# from dpkg-shlibdeps (libxapian30, libicu72, ...), libedit2 recommended, and its files; extracts
# it with `dpkg-deb -x`,
# and with the source and build trees out of reach runs the extracted programs on a copy of
# corpus/ with the README's sample query; their answers must be the build tree's.
# Usage: deb_test.sh SOURCE_DIR BUILD_DIR [plain|sanitized]
set -euo pipefail
source_dir=$(realpath "$1")
build_dir=$(realpath "$2")
instrumented=${3:-plain}
. "$source_dir/packaging/test_lib.sh"

work=$(mktemp -d /tmp/deb-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/corpus" "$work/corpus"
cp "$source_dir/packaging/test_lib.sh" "$work/test_lib.sh"

# Packaged aside (-B), so the build tree gets no _CPack_Packages of a test run.
(cd "$work" && cpack -G DEB -B "$work/package" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log") ||
  { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/package/passage-search_*.deb)

dpkg-deb -I "$deb" >"$work/info"
depends=$(sed -n 's/^ Depends: //p' "$work/info")
[ -n "$depends" ] || { cat "$work/info" >&2; fail "no Depends field"; }
for library in libxapian30 libicu72 libssl3 libstdc++6 libc6; do
  [[ ", $depends," == *", $library "* || ", $depends," == *", $library,"* ]] || fail "Depends lacks $library: $depends"
done
# libedit is loaded only for -i (dlopen), so the package recommends it rather than depending on it.
recommends=$(sed -n 's/^ Recommends: //p' "$work/info")
[[ ", $recommends," == *", libedit2,"* ]] || { cat "$work/info" >&2; fail "Recommends lacks libedit2: $recommends"; }

dpkg-deb -c "$deb" >"$work/contents"
for file in usr/bin/passage-index usr/bin/passage-search \
  usr/share/passage-search/stopwords/english.txt usr/share/passage-search/stopwords/spelling_variants.tsv \
  usr/share/passage-search/stopwords/bigram_words.txt \
  usr/share/man/man1/passage-index.1 usr/share/man/man1/passage-search.1 \
  usr/share/bash-completion/completions/passage-search usr/share/bash-completion/completions/passage-index \
  usr/share/zsh/vendor-completions/_passage-search usr/share/zsh/vendor-completions/_passage-index; do
  grep -q " \./$file\$" "$work/contents" || { cat "$work/contents" >&2; fail "not in the package: $file"; }
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
# Stripped, as Debian packages are: not even debug information names the trees.
check_no_tree_paths "$instrumented" "$source_dir" "$build_dir" \
  "$root/usr/bin/passage-index" "$root/usr/bin/passage-search"

readme_commands "$build_dir/bin/indexer" "$build_dir/bin/searcher" "$work" "$work/built"
run_without_trees "$source_dir" "$build_dir" \
  bash -c '. "$1"; readme_commands "$2/usr/bin/passage-index" "$2/usr/bin/passage-search" "$3" "$3/packaged"' \
  run "$work/test_lib.sh" "$root" "$work" 2>"$work/packaged.stderr" ||
  { cat "$work/packaged.stderr" >&2; fail "the packaged programs failed without the build tree"; }
compare_runs "$work/built" "$work/packaged" passage-search
