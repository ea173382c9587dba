#!/usr/bin/env bash
# @brief The main job in one command: install what the two programs need (scripts/setup.sh main),
# build only indexer and searcher, index corpus/ and answer a query.
# Usage: scripts/demo.sh [QUERY...]   (default query: Ministry of Defense cyber units)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh main
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build build -j"$(nproc)" --target indexer searcher
build/bin/indexer --corpus corpus --index index
if [ "$#" -eq 0 ]; then set -- Ministry of Defense cyber units; fi
build/bin/searcher --index index --limit 3 "$@"
