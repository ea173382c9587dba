#!/usr/bin/env bash
# @brief Every test in one command: set up, build, run the whole CTest suite; then the same suite
# built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan, `cmake --preset asan`);
# then each libFuzzer target for a bounded time (build-fuzz, tests/fuzz/run_fuzzers.sh).
#   FUZZ_SECONDS=N  seconds per fuzz target (default 60; 0 skips fuzzing)
#   SANITIZE=0      skips the sanitizer build
# A stage left out and every test CTest skipped (with Boost.Test's reason) are listed, so that a
# green run never claims more than it ran.
set -euo pipefail
cd "$(dirname "$0")/.."

# The tests of the last CTest run in build dir $1 that did not run, each with the reason its
# output gave (CTest's own summary lists the names only).
list_skipped() {
  local log="$1/Testing/Temporary/LastTest.log"
  [ -f "$log" ] || return 0
  local reasons
  reasons=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -o 'Test case "[^"]*" is skipped because precondition failed: .*' | sort -u || true)
  if [ -n "$reasons" ]; then
    echo "Skipped in $1 (not run on this machine):"
    printf '  %s\n' "$reasons"
  fi
}

bash scripts/build.sh
ctest --test-dir build --output-on-failure --no-tests=error -j"$(nproc)"
list_skipped build

if [ "${SANITIZE:-1}" != 0 ]; then
  BUILD_DIR=build-asan bash scripts/build.sh -DPS_SANITIZE=ON
  # Any sanitizer report fails the test it happens in, with a stack trace; known leaks inside
  # Xapian are suppressed (tests/fuzz/lsan.supp; allocation stacks are kept to the allocating frame
  # so that the rule cannot cover our code called by Xapian: rerun a test with a larger
  # malloc_context_size for deeper allocation stacks).
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
  export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0:malloc_context_size=2}"
  ctest --test-dir build-asan --output-on-failure --no-tests=error -j"$(nproc)"
  list_skipped build-asan
else
  echo "SANITIZE=0: the sanitizer stage (build-asan) was skipped"
fi

if [ "${FUZZ_SECONDS:-60}" != 0 ]; then
  bash tests/fuzz/run_fuzzers.sh "${FUZZ_SECONDS:-60}"
else
  echo "FUZZ_SECONDS=0: the fuzzing stage (build-fuzz) was skipped"
fi
