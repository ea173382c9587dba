#!/usr/bin/env bash
# @brief The main job in one command: set up, build, index corpus/ and answer a query.
# Usage: scripts/demo.sh [QUERY...]   (default query: Ministry of Defense cyber units)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
build/bin/indexer --corpus corpus --index index
if [ "$#" -eq 0 ]; then set -- Ministry of Defense cyber units; fi
build/bin/searcher --index index --limit 3 "$@"
