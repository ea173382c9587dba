# @brief Shared by the packaging tests (sourced): runs a command with the source and build trees
# out of reach, and the README's two commands on a copy of corpus/.

# run_without_trees SOURCE_DIR BUILD_DIR COMMAND...: COMMAND in a private mount namespace where an
# empty tmpfs covers SOURCE_DIR and BUILD_DIR, so nothing there can be read, not even by root.
# The namespace is private to the command: tests running beside it still see both trees.
# Without the right to make one (not root, no user namespaces), exits 77: CTest reports a skip.
run_without_trees() {
  local source_dir=$1 build_dir=$2
  shift 2
  local unshare=(unshare --mount --propagation private)
  if [ "$(id -u)" -ne 0 ]; then unshare+=(--map-root-user); fi
  if ! "${unshare[@]}" true 2>/dev/null; then
    echo "SKIP: cannot create a mount namespace (unshare) to hide the build tree" >&2
    exit 77
  fi
  "${unshare[@]}" bash -c '
    set -e
    mount -t tmpfs none "$1"
    if [ -d "$2" ]; then mount -t tmpfs none "$2"; fi
    if [ -e "$1/CMakeLists.txt" ] || [ -e "$2/CMakeCache.txt" ]; then
      echo "the build tree is still reachable" >&2; exit 1
    fi
    shift 2
    exec "$@"' hide "$source_dir" "$build_dir" "$@"
}

# readme_commands INDEXER SEARCHER WORKDIR OUT: in WORKDIR (holding corpus/), the README's main
# job: index corpus/ into index/, then answer the sample query, in text and in JSON. Writes
# OUT.text, OUT.json, OUT.version and the indexer's exit code to OUT.indexer-status.
readme_commands() {
  local indexer=$1 searcher=$2 workdir=$3 out=$4
  (
    cd "$workdir"
    rm -rf index
    "$indexer" --corpus corpus --index index --quiet
    "$searcher" --index index --limit 3 --color never Ministry of Defense cyber units >"$out.text"
    "$searcher" --index index --limit 3 --format json Ministry of Defense cyber units >"$out.json"
    "$searcher" --index index --list-documents --format tsv >"$out.documents"
    "$searcher" --version >"$out.version"
  )
}

# compare_runs EXPECTED ACTUAL NAME: the outputs readme_commands wrote for the build tree
# (EXPECTED) and for installed programs (ACTUAL) are the same; ACTUAL's --version names NAME.
compare_runs() {
  local expected=$1 actual=$2 name=$3 kind
  for kind in text json documents; do
    [ -s "$expected.$kind" ] || fail "no $kind output from the build tree's programs"
    diff -u "$expected.$kind" "$actual.$kind" >&2 || fail "installed programs answer otherwise ($kind)"
  done
  grep -q "Ministry of Defense" "$actual.text" || fail "the sample query found nothing"
  [ "$(wc -l <"$actual.documents")" -ge 3 ] || fail "--list-documents lists fewer than the two documents"
  local version
  version=$(head -1 "$expected.version" | cut -d' ' -f2)
  [ "$(head -1 "$actual.version")" = "$name $version" ] || fail "--version says $(head -1 "$actual.version")"
  grep -q '^Xapian [0-9]' "$actual.version" && grep -q '^ICU [0-9]' "$actual.version" ||
    fail "--version lacks the Xapian or ICU version"
}

# fail MESSAGE: the test's verdict, on stderr.
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# check_no_tree_paths INSTRUMENTED SOURCE_DIR BUILD_DIR PROGRAM...: fails if a PROGRAM (stripped of
# debug information) names either tree. INSTRUMENTED is `sanitized` for an AddressSanitizer build,
# whose global metadata records each source file's full path for its reports where no prefix map
# reaches it: there the check is said to be left to the uninstrumented build (build/).
check_no_tree_paths() {
  local instrumented=$1 source_dir=$2 build_dir=$3
  shift 3
  if [ "$instrumented" = sanitized ]; then
    echo "sanitizer build: the check for tree paths inside the programs is left to build/"
    return 0
  fi
  local program tree stripped
  for program in "$@"; do
    stripped=$(mktemp)
    objcopy --strip-debug "$program" "$stripped"
    for tree in "$source_dir" "$build_dir"; do
      if grep -q -F "$tree" "$stripped"; then rm -f "$stripped"; fail "$program has $tree compiled in"; fi
    done
    rm -f "$stripped"
  done
}
