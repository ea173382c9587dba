#!/usr/bin/env bash
# @brief Every test in one command: set up, build, run the whole CTest suite; then the same suite
# built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan, `cmake --preset asan`);
# then each libFuzzer target for a bounded time (build-fuzz, tests/fuzz/run_fuzzers.sh).
#   FUZZ_SECONDS=N  seconds per fuzz target (default 60; 0 skips fuzzing)
#   SANITIZE=0      skips the sanitizer build
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"

if [ "${SANITIZE:-1}" != 0 ]; then
  BUILD_DIR=build-asan bash scripts/build.sh -DPS_SANITIZE=ON
  # Any sanitizer report fails the test it happens in, with a stack trace; known leaks inside
  # Xapian are suppressed (tests/fuzz/lsan.supp).
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
  export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}"
  ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
fi

if [ "${FUZZ_SECONDS:-60}" != 0 ]; then
  bash tests/fuzz/run_fuzzers.sh "${FUZZ_SECONDS:-60}"
fi
