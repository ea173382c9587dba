#!/usr/bin/env bash
# @brief The generated man pages render without a single groff warning, have every section a
# user looks for, and show the installed names only.
# Usage: man_page_test.sh MAN_DIR   (the build's packaging/man, holding passage-index.1, passage-search.1)
set -euo pipefail
man_dir=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

for name in passage-index passage-search; do
  page="$man_dir/$name.1"
  [ -s "$page" ] || fail "no man page $page (is help2man installed? scripts/setup.sh test)"
  # -ww: every warning category; -z: no output, only the diagnostics.
  warnings=$(groff -ww -z -man -Tutf8 "$page" 2>&1)
  [ -z "$warnings" ] || fail "$name.1 renders with warnings: $warnings"
  warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man --warnings on $name.1: $warnings"
  for section in NAME SYNOPSIS DESCRIPTION OPTIONS '"EXIT STATUS"' ENVIRONMENT FILES EXAMPLES; do
    grep -qx "\.SH $section" "$page" || fail "$name.1 has no $section section"
  done
  text=$(MANWIDTH=200 man -l "$page" 2>/dev/null)
  # The build-tree names would be commands the user does not have.
  if grep -Eq '(^|[^-])\b(indexer|searcher) --' <<<"$text"; then fail "$name.1 shows a build-tree name"; fi
  grep -q "^ *$name " <<<"$text" || fail "$name.1 does not show $name"
  # Every option of --help is described in OPTIONS.
  options=$(sed -n '/^OPTIONS/,/^EXIT STATUS/p' <<<"$text")
  for option in --help --version; do
    grep -q -- "$option" <<<"$options" || fail "$name.1 OPTIONS lacks $option"
  done
done
grep -q -- '--list-documents' "$man_dir/passage-search.1" || grep -q -- '\\-\\-list\\-documents' "$man_dir/passage-search.1" ||
  fail "passage-search.1 lacks --list-documents"
