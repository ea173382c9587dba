#!/usr/bin/env bash
# @brief Installs every Debian package the build, tests and benchmarks need. Idempotent.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxapian-dev xapian-tools
  libicu-dev
  libboost-program-options-dev libboost-test-dev
  nlohmann-json3-dev
  clang libclang-rt-14-dev
  libssl-dev
  sqlite3 libsqlite3-dev
  jq bsdutils
  python3 hyperfine ripgrep xapian-omega gnuplot-nox recollcmd time valgrind strace
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
