#!/usr/bin/env bash
# @brief run.sh OUTDIR [--smoke] [--keep]: the whole benchmark in one command. Writes
# OUTDIR/report.md (+ scale.png) and the raw results beside it (latency.tsv, whole.tsv,
# build.tsv, hyperfine JSON).
#
#   bench/run.sh /tmp/bench            # full: real corpus, then 1x 10x 100x 1000x (~15-40 min, 2 cores)
#   bench/run.sh /tmp/bench --smoke    # seconds: real corpus and 1x, a few queries (CTest bench_smoke)
#
# Builds with scripts/build.sh first unless BIN_DIR names a directory holding indexer, searcher,
# query_latency and peer_indexer (CTest passes its own). Peers missing from the machine (quest,
# scriptindex, hyperfine, rg, recollq, gnuplot) are left out and the report says so. --keep leaves
# the per-scale corpora and indexes in OUTDIR/work (up to ~2 GB at 1000x); by default each scale's
# work is deleted once measured.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="" smoke=0 keep=0
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=1 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $arg" >&2; exit 2 ;;
    *) out="$arg" ;;
  esac
done
[ -n "$out" ] || { echo "usage: bench/run.sh OUTDIR [--smoke] [--keep]" >&2; exit 2; }
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$out/work"
rm -rf "$work" "$out/json"
rm -f "$out"/{latency,whole,build,machine,tools,queries}.tsv "$out"/{report,profile}.md "$out"/scale.{png,dat}
mkdir -p "$work"

if [ -z "${BIN_DIR:-}" ]; then
  bash "$root/scripts/build.sh"
  BIN_DIR="$root/build/bin"
fi
for binary in indexer searcher query_latency peer_indexer; do
  [ -x "$BIN_DIR/$binary" ] || { echo "run.sh: no $BIN_DIR/$binary: build first" >&2; exit 2; }
done

log() { echo "bench: $(date +%T) $*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

# Mode settings. Smoke: enough to run every stage once, not to measure anything.
if [ "$smoke" = 1 ]; then
  mode=smoke scales=(1) lat_per_class=3 lat_runs=2 wp_per_class=1 wp_runs=3 wp_warmup=1
else
  mode=full scales=(1 10 100 1000) lat_per_class=0 lat_runs=5 wp_per_class=3 wp_runs=15 wp_warmup=3
fi

# --- the machine and the tools ------------------------------------------------------------------
version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo "?"; }
{
  printf 'key\tvalue\n'
  printf 'mode\t%s\n' "$mode"
  printf 'started\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'source\tcommit %s%s, binaries in %s\n' "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')" \
    "$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo ' (work tree modified)')" "$BIN_DIR"
  printf 'cpu\t%s\n' "$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  printf 'nproc\t%s\n' "$(nproc)"
  printf 'memory\t%s\n' "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  printf 'os\tDebian %s, kernel %s\n' "$(cat /etc/debian_version 2>/dev/null || echo '?')" "$(uname -r)"
  printf 'xapian\t%s\n' "$(version libxapian30)"
  printf 'sqlite\t%s\n' "$(version libsqlite3-0)"
  printf 'compiler\t%s\n' "$(c++ --version | head -1)"
  printf 'load average at start\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.tsv"

{
  printf 'tool\tstatus\n'
  for tool in quest scriptindex sqlite3 hyperfine rg recollq recollindex gnuplot; do
    if have "$tool"; then printf '%s\tinstalled (%s)\n' "$tool" "$(version "$(dpkg -S "$(readlink -f "$(command -v "$tool")")" 2>/dev/null | cut -d: -f1 | head -1)")"
    else printf '%s\tnot installed\n' "$tool"; fi
  done
} > "$out/tools.tsv"

printf 'label\ttool\tseconds\tmax_rss_kib\texit\tindex_bytes\tcorpus_bytes\tdocuments\n' > "$out/build.tsv"
printf 'label\tclass\tquery\ttool\tmedian_s\tmean_s\tstddev_s\tmin_s\tmax_s\truns\n' > "$out/whole.tsv"
printf 'label\tengine\tclass\tquery\tmedian_us\tmax_us\n' > "$out/queries.tsv"

# timed LABEL TOOL INDEX_PATH CORPUS -- COMMAND…: one build, its wall time, peak RSS and index size.
timed() {
  local label="$1" tool="$2" index="$3" corpus="$4"
  shift 5
  local status=0
  /usr/bin/time -f '%e\t%M' -o "$work/time.tsv" "$@" > "$work/$label-$tool.log" 2>&1 || status=$?
  local index_bytes corpus_bytes docs
  index_bytes="$(du -sb "$index" 2>/dev/null | cut -f1)"
  corpus_bytes="$(cat "$corpus"/*.txt | wc -c)"
  docs="$(($(wc -l < "$corpus/corpus.tsv") - 1))"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$tool" "$(tail -1 "$work/time.tsv")" "$status" \
    "${index_bytes:-0}" "$corpus_bytes" "$docs" >> "$out/build.tsv"
  [ "$status" = 0 ] || log "$tool on $label failed (exit $status): see $work/$label-$tool.log"
}

# build_all LABEL CORPUS DIR: ours and every peer's index of CORPUS into DIR.
build_all() {
  local label="$1" corpus="$2" dir="$3"
  mkdir -p "$dir"
  log "$label: our index"
  timed "$label" ours "$dir/index" "$corpus" -- "$BIN_DIR/indexer" --corpus "$corpus" --index "$dir/index" --quiet --force
  log "$label: SQLite FTS5"
  timed "$label" fts5 "$dir/peers.sqlite" "$corpus" -- "$BIN_DIR/peer_indexer" --corpus "$corpus" --fts5 "$dir/peers.sqlite"
  if have scriptindex; then
    log "$label: omega scriptindex"
    "$BIN_DIR/peer_indexer" --corpus "$corpus" --omega-dump "$dir/paragraphs.dump"
    timed "$label" scriptindex "$dir/omega" "$corpus" -- \
      scriptindex --overwrite "$dir/omega" "$root/bench/omega/paragraphs.script" "$dir/paragraphs.dump"
    rm -f "$dir/paragraphs.dump"
  fi
  if have recollindex && have recollq; then
    log "$label: recollindex"
    mkdir -p "$dir/recoll"
    printf 'topdirs = %s\nskippedNames = corpus.tsv\nloglevel = 1\nnoaspell = 1\n' "$corpus" > "$dir/recoll/recoll.conf"
    timed "$label" recollindex "$dir/recoll/xapiandb" "$corpus" -- recollindex -c "$dir/recoll" -z
  fi
}

# measure LABEL CORPUS DIR WORKLOAD RUNS: in-process latency, then whole-process latency.
measure() {
  local label="$1" corpus="$2" dir="$3" workload="$4" runs="$5" wp_runs="$6"
  log "$label: in-process latency"
  "$BIN_DIR/query_latency" --index "$dir/index" --fts5 "$dir/peers.sqlite" --workload "$workload" \
    --per-class "$lat_per_class" --runs "$runs" --label "$label" --out "$out/latency.tsv" \
    --queries-out "$out/queries.tsv"
  if ! have hyperfine; then log "no hyperfine: whole-process latency skipped"; return; fi
  log "$label: whole-process latency"
  "$BIN_DIR/query_latency" --index "$dir/index" --workload "$workload" --translate > "$dir/translated.tsv"
  local peers=()
  have quest && [ -d "$dir/omega" ] && peers+=(--omega "$dir/omega")
  have sqlite3 && peers+=(--fts5 "$dir/peers.sqlite")
  have rg && peers+=(--corpus "$corpus")
  [ -d "$dir/recoll/xapiandb" ] && peers+=(--recoll-conf "$dir/recoll")
  python3 "$root/bench/whole_process.py" --translated "$dir/translated.tsv" --label "$label" \
    --out "$out/whole.tsv" --json-dir "$out/json" --searcher "$BIN_DIR/searcher" --index "$dir/index" \
    --per-class "$wp_per_class" --runs "$wp_runs" --warmup "$wp_warmup" "${peers[@]}"
}

cd "$root"
# The real corpus: the latency targets are set on it.
build_all real "$root/corpus" "$work/real"
measure real "$root/corpus" "$work/real" "$root/bench/workload/queries.tsv" "$lat_runs" "$wp_runs"
if [ "$smoke" = 0 ]; then
  log "real: profile (callgrind, strace)"
  bash "$root/bench/profile.sh" "$BIN_DIR" "$work/real/index" "$out"
fi
[ "$keep" = 1 ] || rm -rf "$work/real"

for scale in "${scales[@]}"; do
  label="${scale}x" dir="$work/${scale}x"
  log "$label: generating the corpus"
  mkdir -p "$dir"
  python3 "$root/bench/make_corpus.py" --corpus "$root/corpus" --scale "$scale" --out "$dir/corpus" \
    --workload "$root/bench/workload/queries.tsv" --workload-out "$dir/queries.tsv" >&2
  build_all "$label" "$dir/corpus" "$dir"
  # Fewer repetitions where one pass already takes long; the sample stays >= 3 x 320 queries.
  runs="$lat_runs" this_wp_runs="$wp_runs"
  if [ "$scale" -ge 100 ]; then runs=3 this_wp_runs=$((wp_runs < 10 ? wp_runs : 10)); fi
  measure "$label" "$dir/corpus" "$dir" "$dir/queries.tsv" "$runs" "$this_wp_runs"
  [ "$keep" = 1 ] || rm -rf "$dir"
done

printf 'finished\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" >> "$out/machine.tsv"
printf 'load average at end\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.tsv"
python3 "$root/bench/report.py" "$out"
log "report: $out/report.md"
