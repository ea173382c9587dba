#!/usr/bin/env bash
# @brief Writes a program's man page from its --help with help2man, under its installed name.
# Usage: make_man_page.sh HELP2MAN PROGRAM NAME VERSION INCLUDE OUTPUT
#   PROGRAM  the built program (build/bin/searcher); it is run as NAME (argv[0]), so its --help
#            names the installed command (passage-search)
#   INCLUDE  help2man --include file: NAME line, ENVIRONMENT, FILES, SEE ALSO
# help2man turns "Usage:", "Options:" and "Examples:" into SYNOPSIS, OPTIONS and EXAMPLES by
# itself; "Exit status:" it does not know, so that heading is rewritten as the "*Exit status*"
# that makes it a section of its own.
set -euo pipefail
help2man="$1" program="$2" name="$3" version="$4" include="$5" output="$6"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/$name" <<WRAPPER
#!/usr/bin/env bash
exec -a "$name" "$program" "\$@" | sed 's/^Exit status:\$/*Exit status*/'
WRAPPER
chmod +x "$work/$name"

mkdir -p "$(dirname "$output")"
# A fixed date keeps the page the same from build to build (help2man honours SOURCE_DATE_EPOCH).
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-0}" "$help2man" --no-info --section 1 \
  --version-string "$name $version" --include "$include" --output "$output.tmp" "$work/$name"
mv "$output.tmp" "$output"
