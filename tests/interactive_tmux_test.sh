#!/usr/bin/env bash
# @brief The interactive searcher (`searcher -i`) in a real terminal: tmux runs it in a detached
# session of fixed size; keys are sent and the screen read back (capture-pane), polled with a
# timeout rather than fixed sleeps. A query, paging, :show, :open with EDITOR set to a script that
# records its arguments (+LINE and the file, whose line must hold the hit's text), :help, :q.
# Exits 77 (CTest: skipped) when tmux is missing. Env: SEARCHER, SEARCHER_INDEX.
set -euo pipefail

if ! command -v tmux >/dev/null; then
  echo "skipped: tmux is not installed (scripts/setup.sh test installs it)"
  exit 77
fi
: "${SEARCHER:?run through ctest}" "${SEARCHER_INDEX:?run through ctest}"
root=$(pwd)
work=$(mktemp -d)
socket="searcher-test-$$"
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  echo "--- screen:" >&2
  tmux -L "$socket" capture-pane -p -J -S - -t test 2>/dev/null >&2 || true
  exit 1
}

# The editor: records each argument on a line of its own, then returns to the searcher.
cat >"$work/editor" <<SCRIPT
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done > "$work/editor.args"
SCRIPT
chmod +x "$work/editor"

# What the screen has printed so far, wrapped lines joined.
screen() { tmux -L "$socket" capture-pane -p -J -S - -t test; }
# Waits until the screen holds PATTERN (fixed string) at least COUNT times (default 1).
wait_for() {
  local pattern=$1 count=${2:-1} deadline=$((SECONDS + 20))
  while [ "$(screen | grep -cF -- "$pattern" || true)" -lt "$count" ]; do
    [ $SECONDS -lt $deadline ] || fail "timed out waiting for '$pattern' (x$count)"
    sleep 0.1
  done
}
send() { tmux -L "$socket" send-keys -t test -l -- "$1" && tmux -L "$socket" send-keys -t test Enter; }

cd "$work"  # not the project root: the editor must still get the right file
# The expected first hit, from the same searcher through JSON (its file as it opens from here).
first=$("$SEARCHER" --index "$SEARCHER_INDEX" --format json --limit 1 cyber units | head -1)
id=$(jq -r .id <<<"$first")
file=$(jq -r .file <<<"$first")
line=$(jq -r .line_start <<<"$first")
first_words=$(jq -r '.text | split(" ")[0:3] | join(" ")' <<<"$first")

tmux -L "$socket" -f /dev/null new-session -d -s test -x 200 -y 50 \
  env HOME="$work" XDG_STATE_HOME="$work/state" EDITOR="$work/editor" VISUAL= NO_COLOR=1 TERM=xterm \
  "$SEARCHER" --index "$SEARCHER_INDEX" --limit 3 -i
wait_for "search> "

send "cyber units"
wait_for "showing 1-3 of about"
screen | grep -qF "1. $file:$line-" || fail "hit 1 is not $file:$line"
send "n"
wait_for "showing 4-6 of about"
send "p"
wait_for "showing 1-3 of about" 2

send ":show 1"
wait_for "$id  passage"
wait_for "$file:$line-"

send ":open 1"
deadline=$((SECONDS + 20))
until [ -s "$work/editor.args" ]; do
  [ $SECONDS -lt $deadline ] || fail "the editor was not run"
  sleep 0.1
done
mapfile -t args <"$work/editor.args"
[ "${#args[@]}" -eq 2 ] || fail "editor arguments: ${args[*]}"
[ "${args[0]}" = "+$line" ] || fail "editor got ${args[0]}, expected +$line"
[ "$(realpath "${args[1]}")" = "$(realpath "$file")" ] || fail "editor got file ${args[1]}, expected $file"
sed -n "${line}p" "${args[1]}" | grep -qF -- "$first_words" ||
  fail "line $line of ${args[1]} does not hold '$first_words'"

# Back at the prompt after the editor.
send ":help"
wait_for ":open N"
send ":q"
deadline=$((SECONDS + 20))
while tmux -L "$socket" has-session -t test 2>/dev/null; do
  [ $SECONDS -lt $deadline ] || fail ":q did not end the searcher"
  sleep 0.1
done
[ -s "$work/state/passage-search/history" ] || fail "no history file in \$XDG_STATE_HOME/passage-search"

# A new session recalls the query with the up arrow.
tmux -L "$socket" -f /dev/null new-session -d -s test -x 200 -y 50 \
  env HOME="$work" XDG_STATE_HOME="$work/state" NO_COLOR=1 TERM=xterm \
  "$SEARCHER" --index "$SEARCHER_INDEX" --limit 3 -i
wait_for "search> "
# Typed since: n, p, :show 1, :open 1, :help, :q; seven lines back is the query.
tmux -L "$socket" send-keys -t test Up Up Up Up Up Up Up Enter
wait_for "showing 1-3 of about"
screen | grep -qF "search> cyber units" || fail "the up arrow did not recall 'cyber units' from the history"
tmux -L "$socket" send-keys -t test C-d
deadline=$((SECONDS + 20))
while tmux -L "$socket" has-session -t test 2>/dev/null; do
  [ $SECONDS -lt $deadline ] || fail "Ctrl-D did not end the searcher"
  sleep 0.1
done

# libedit is loaded only for -i: with it unreadable (an empty file bound over it in a private mount
# namespace), a query still runs, and -i exits 2 naming the library. Needs a mount namespace.
# (awk reads to the end: leaving early could kill ldconfig with SIGPIPE, which pipefail reports.)
libedit=$(ldconfig -p | awk '$1 == "libedit.so.2" && !found { print $NF; found = 1 }')
if [ -n "$libedit" ] && unshare --mount --propagation private true 2>/dev/null; then
  : >"$work/empty"
  set +e
  unshare --mount --propagation private bash -c '
    mount --bind "$1" "$2" || exit 99
    "$3" --index "$4" --limit 1 --format tsv cyber units >"$5/plain.out" 2>"$5/plain.err" || exit 98
    "$3" --index "$4" -i </dev/null >/dev/null 2>"$5/interactive.err"' \
    hide "$work/empty" "$(realpath "$libedit")" "$SEARCHER" "$SEARCHER_INDEX" "$work"
  status=$?
  set -e
  [ $status -ne 99 ] || fail "could not hide $libedit"
  [ $status -ne 98 ] || { cat "$work/plain.err" >&2; fail "a query failed with libedit hidden"; }
  [ -s "$work/plain.out" ] || fail "a query printed nothing with libedit hidden"
  [ $status -eq 2 ] || fail "-i without libedit exited $status, not 2"
  grep -qF "the interactive mode needs libedit" "$work/interactive.err" ||
    { cat "$work/interactive.err" >&2; fail "-i without libedit did not name it"; }
  echo "ok: without libedit a query runs and -i exits 2: $(cat "$work/interactive.err")"
else
  echo "not checked: -i without libedit (needs a mount namespace)"
fi
echo "ok: query, paging, :show, :open ($file +$line), :help, :q, history recalled, Ctrl-D"
