#!/usr/bin/env bash
# @brief smoke_test.sh BIN_DIR OUTDIR: CTest's bench_smoke. Runs `bench/run.sh OUTDIR --smoke`
# with the binaries of BIN_DIR and passes when the harness produced a report with every section.
# Never looks at a timing: a slow machine passes, a broken harness fails.
set -euo pipefail
bin_dir="$1" out="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
BIN_DIR="$bin_dir" bash "$root/bench/run.sh" "$out" --smoke
report="$out/report.md"
[ -s "$report" ] || { echo "bench_smoke: no $report" >&2; exit 1; }
status=0
for section in "# Benchmark report (smoke)" "## Targets (issue 5)" "## Machine" \
               "## In-process latency, real corpus" "## Whole-process latency" "## Scale"; do
  grep -qxF -- "$section" "$report" || { echo "bench_smoke: $report lacks \"$section\"" >&2; status=1; }
done
# Every query class measured, for ours and the FTS5 peer, on the real corpus and at 1x.
for label in real 1x; do
  for engine in ours fts5; do
    rows="$(awk -F'\t' -v l="$label" -v e="$engine" '$1 == l && $2 == e' "$out/latency.tsv" | wc -l)"
    [ "$rows" -eq 9 ] || { echo "bench_smoke: $label $engine: $rows latency rows, want 9" >&2; status=1; }
  done
done
exit "$status"
