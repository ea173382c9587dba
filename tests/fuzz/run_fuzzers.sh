#!/usr/bin/env bash
# @brief Builds the libFuzzer targets (clang, AddressSanitizer + UndefinedBehaviorSanitizer) into
# build-fuzz, builds the real corpus index they query, and runs each target for a bounded time
# from the committed seeds and regressions, both at once (one per core).
#
#   tests/fuzz/run_fuzzers.sh [SECONDS]      # default 60 per target
#
# A crash, leak, hang (over 25 s for one input) or broken invariant fails the script; the input
# is left in build-fuzz/artifacts/. Reproduce it with `build-fuzz/bin/TARGET_fuzzer FILE`, fix
# the bug, and commit the input to tests/fuzz/regressions/TARGET/: from then on every CTest run
# replays it (fuzz_TARGET_replay), the sanitizer build's included.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
build="${FUZZ_BUILD_DIR:-build-fuzz}"

cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPS_SANITIZE=ON -DPS_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target indexer document_parser_fuzzer query_fuzzer
"$build/bin/indexer" --corpus corpus --index "$build/corpus-index" --quiet --force

mkdir -p "$build/artifacts"
export PS_FUZZ_INDEX="$build/corpus-index"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0:malloc_context_size=2"
declare -A max_len=([document_parser]=16384 [query]=4096)
declare -A dict=([document_parser]="" [query]="-dict=tests/fuzz/query.dict")
pids=()
for target in document_parser query; do
  # New inputs go to the first directory, a scratch one: the committed seeds stay as they are.
  work="$build/fuzz-corpus/$target"
  mkdir -p "$work"
  # shellcheck disable=SC2086  # dict is empty or one option
  "$build/bin/${target}_fuzzer" "$work" "tests/fuzz/seeds/$target" "tests/fuzz/regressions/$target" \
    -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -max_len="${max_len[$target]}" \
    ${dict[$target]} -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 \
    >"$build/$target.log" 2>&1 &
  pids+=("$!")
done

status=0
targets=(document_parser query)
for i in "${!pids[@]}"; do
  target="${targets[$i]}"
  if wait "${pids[$i]}"; then
    echo "fuzz $target: ${seconds} s, no failure ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/$target.log" | grep -o '[0-9]*$') runs)"
  else
    status=1
    echo "fuzz $target: FAILED; its log:" >&2
    tail -n 80 "$build/$target.log" >&2
    ls -l "$build/artifacts/" >&2
  fi
done
exit "$status"
