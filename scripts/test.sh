#!/usr/bin/env bash
# @brief Every test in one command: set up, build, run the whole CTest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
