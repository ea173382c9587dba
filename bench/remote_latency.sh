#!/usr/bin/env bash
# @brief In-process query latency over Xapian's remote backend, beside the local index: builds the
# corpus as one index and as N shards, serves the shards with xapian-tcpsrv on 127.0.0.1 (ports
# chosen free at run time), runs query_latency's workload against the single index, the local
# stub and the remote stub, and writes OUTDIR/remote.md (and remote.tsv). Servers are stopped on
# exit, also on failure. Never asserts a timing.
#
# Usage: bench/remote_latency.sh OUTDIR [--shards N] [--runs N] [--per-class N]
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:?usage: bench/remote_latency.sh OUTDIR [--shards N] [--runs N] [--per-class N]}"
shift
shards=3 runs=3 per_class=0
while [ "$#" -gt 0 ]; do
  case "$1" in
    --shards) shards="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --per-class) per_class="$2"; shift 2 ;;
    *) echo "remote_latency.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
bin="${BUILD_DIR:-build}/bin"
mkdir -p "$out"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$bin/indexer" --corpus corpus --index "$work/single" --quiet
"$bin/indexer" --corpus corpus --index "$work/sharded" --shards "$shards" --quiet

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
: > "$work/remote.stub"
while read -r _ shard; do
  port="$(free_port)"
  xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$work/sharded/$shard" > /dev/null 2>&1 &
  pids+=("$!")
  echo "remote 127.0.0.1:$port" >> "$work/remote.stub"
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.05; done
done < "$work/sharded/XAPIANDB"

rows="$out/remote.tsv"
: > "$rows"
for target in single:"$work/single" local-stub:"$work/sharded" remote-stub:"$work/remote.stub"; do
  "$bin/query_latency" --index "${target#*:}" --label "${target%%:*}" --runs "$runs" --per-class "$per_class" \
    --out "$rows" > /dev/null
done

{
  echo "# Query latency: single index, $shards local shards, $shards remote shards"
  echo
  echo "Same workload (bench/workload/queries.tsv), same run, in process (query_latency: parse, match,"
  echo "notes and render), $runs measured runs; remote shards served by xapian-tcpsrv on 127.0.0.1."
  echo
  echo "| index | class | p50 µs | p95 µs | p99 µs | max µs | qps |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
  awk -F'\t' '$2 == "ours" { printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $3, $8, $9, $10, $11, $19 }' "$rows"
} > "$out/remote.md"
echo "wrote $out/remote.md"
