#!/usr/bin/env bash
# @brief profile.sh BIN_DIR INDEX OUTDIR: where our time goes, for the report's "Profile" section.
#
#   bench/profile.sh build/bin index /tmp/bench
#
# Writes OUTDIR/profile.md:
#  - callgrind (valgrind) over the in-process benchmark on INDEX (our engine only, one warm-up and
#    one measured pass): instructions per function, inclusive, our functions and the Xapian calls
#    they make, as a share of all query work;
#  - the same for one `searcher QUERY` process (start-up included);
#  - the same for the indexer building a 10x synthetic corpus (bench/make_corpus.py);
#  - system calls per query (strace -c), in process and for one searcher process beside quest.
# Instruction counts, not times: they are repeatable on a busy machine. Needs valgrind and strace;
# says so and writes what it can without them.
set -euo pipefail
bin_dir="$1" index="$2" out="$3"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$out/work/profile"
mkdir -p "$work"
report="$out/profile.md"
query="cyber units"
# The functions whose inclusive cost explains a query: ours by namespace, and Xapian's heavy calls.
pattern='searcher::|indexer::|analysis::(decode|break_words|normalize_text|Analyzer::index_text)|deflate(Reset)? |WritableDatabase::(replace_document|add_document|commit)|nlohmann.*parser<.*>::parse\(|Xapian::(MSet::snippet|Enquire::get_mset|Enquire::get_matching_terms_begin|Database::get_termfreq|Document::get_data|QueryParser::parse_query)|rtld.c:_dl_start '

# top_functions CALLGRIND_OUT N: "share  function" for the N costliest matching functions.
top_functions() {
  callgrind_annotate --inclusive=yes --auto=no "$1" 2>/dev/null |
    awk -v pat="$pattern" 'match($0, /^ *[0-9,]+ \( *[0-9.]+%\)  /) && $0 ~ pat {
      head = substr($0, 1, RLENGTH); fn = substr($0, RLENGTH + 1);
      share = head; sub(/^.*\( */, "", share); sub(/%\).*$/, "", share);
      sub(/^[^:]*:/, "", fn); sub(/ \[.*$/, "", fn); sub(/\(.*$/, "", fn);
      sub(/^nlohmann::.*::parser<.*>::parse$/, "nlohmann::json parser::parse", fn);
      if (fn ~ /::$/ || fn in seen) next;
      seen[fn] = 1; printf "| %s %% | %s |\n", share, fn }' |
    head -"$2"
}

{
  echo "## Profile"
  echo
  if ! command -v valgrind >/dev/null; then
    echo "valgrind is not installed: no instruction profile."
  else
    valgrind --tool=callgrind --callgrind-out-file="$work/inprocess.cg" "$bin_dir/query_latency" \
      --index "$index" --workload "$root/bench/workload/queries.tsv" --runs 1 --warmup 1 --out /dev/null \
      > /dev/null 2>&1
    echo "In process, the whole workload (callgrind, inclusive instructions; 100 % = the whole run,"
    echo "warm-up and index opening included):"
    echo
    echo "| share | function |"
    echo "|---|---|"
    top_functions "$work/inprocess.cg" 16
    echo
    valgrind --tool=callgrind --callgrind-out-file="$work/process.cg" "$bin_dir/searcher" --index "$index" \
      --color never "$query" > /dev/null 2>&1 || true
    echo "One process, \`searcher '$query'\` (100 % = the process, dynamic loading included):"
    echo
    echo "| share | function |"
    echo "|---|---|"
    top_functions "$work/process.cg" 16
    echo
    python3 "$root/bench/make_corpus.py" --corpus "$root/corpus" --scale 10 --out "$work/corpus-10x" > /dev/null
    valgrind --tool=callgrind --callgrind-out-file="$work/indexer.cg" "$bin_dir/indexer" --corpus "$work/corpus-10x" \
      --index "$work/index-10x" --quiet --force > /dev/null 2>&1
    echo "The indexer building the 10x synthetic corpus (100 % = the process):"
    echo
    echo "| share | function |"
    echo "|---|---|"
    top_functions "$work/indexer.cg" 16
    rm -rf "$work/corpus-10x" "$work/index-10x"
    echo
  fi
  if command -v strace >/dev/null; then
    queries=$(($(wc -l < "$root/bench/workload/queries.tsv") - 1))
    strace -c -f -o "$work/inprocess.strace" "$bin_dir/query_latency" --index "$index" --runs 1 --warmup 0 \
      --out /dev/null > /dev/null 2>&1
    preads=$(awk '$NF == "pread64" {print $4}' "$work/inprocess.strace")
    echo "System calls: in process, ${preads:-?} pread64 for $queries queries ($(( ${preads:-0} / queries )) a query:"
    echo "Xapian 1.4 keeps no block cache, so every B-tree block a query touches is a system call)."
    strace -c -o "$work/searcher.strace" "$bin_dir/searcher" --index "$index" --color never "$query" > /dev/null 2>&1 || true
    echo "One \`searcher '$query'\` process: $(awk '$NF == "pread64" {print $4}' "$work/searcher.strace") pread64,"
    echo "$(awk '$NF == "total" {print $4}' "$work/searcher.strace") system calls in all."
  else
    echo "strace is not installed: no system call counts."
  fi
} > "$report"
