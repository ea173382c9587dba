#!/usr/bin/env bash
# @brief Installs the Debian packages a job needs, through apt-get. Idempotent.
# Usage: scripts/setup.sh main|test
#   main  the compiler, CMake and the libraries: enough to build and run indexer and searcher
#         (scripts/demo.sh); kept small so that the first answer on a fresh machine comes quickly
#   test  main, plus what the tests, benchmarks and packaging need (scripts/test.sh, scripts/build.sh)
set -euo pipefail

main_packages=(
  g++ make cmake pkg-config
  libxapian-dev
  libicu-dev
  libboost-program-options-dev
  nlohmann-json3-dev
  libssl-dev
  libedit-dev
  libzstd-dev
)
test_packages=(
  build-essential
  libboost-test-dev
  xapian-tools
  clang libclang-rt-14-dev
  sqlite3 libsqlite3-dev
  jq bsdutils
  python3 hyperfine ripgrep xapian-omega gnuplot-nox recollcmd time valgrind strace
  help2man groff-base man-db bash-completion zsh dpkg-dev file util-linux
  tmux
)

case "${1:-}" in
  main) packages=("${main_packages[@]}") ;;
  test) packages=("${main_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: scripts/setup.sh main|test" >&2; exit 2 ;;
esac

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
