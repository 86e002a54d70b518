#!/usr/bin/env bash
# Runs every tests/shell/*.sql through the zqlite shell and through sqlite3 with the same flags,
# and fails on any difference in stdout, stderr or exit status: the shell must behave like
# sqlite3 wherever the two overlap. Usage: shell_compat.sh PATH/TO/zqlite
set -uo pipefail
readonly zqlite="$1"
readonly dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/shell"
if ! command -v sqlite3 >/dev/null; then
  echo "shell_compat: skipped: sqlite3 is not installed (apt-get install sqlite3)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
for script in "$dir"/*.sql; do
  for flags in "" "-bail" "-csv -header" "-box" "-header"; do
    rm -f "$work"/z.db* "$work"/s.db*
    # shellcheck disable=SC2086
    "$zqlite" $flags "$work/z.db" <"$script" >"$work/z.out" 2>"$work/z.err"; z_rc=$?
    # shellcheck disable=SC2086
    sqlite3 $flags "$work/s.db" <"$script" >"$work/s.out" 2>"$work/s.err"; s_rc=$?
    if [[ $z_rc == "$s_rc" ]] && cmp -s "$work/z.out" "$work/s.out" && cmp -s "$work/z.err" "$work/s.err"; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      echo "DIFFERENT: $(basename "$script") with flags '$flags' (exit $z_rc, sqlite3 $s_rc)"
      diff "$work/z.out" "$work/s.out" | head -20
      diff "$work/z.err" "$work/s.err" | head -20
    fi
  done
done
# -c runs one command line and exits, like sqlite3's trailing SQL argument.
if [[ "$("$zqlite" "$work/c.db" -c "select 6 * 7, 'x' || 'y'")" == "$(sqlite3 "$work/s2.db" "select 6 * 7, 'x' || 'y'")" ]]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "DIFFERENT: -c"
fi
# Driven through pipes, each statement's output must arrive before the next line is written.
coproc ZQ { "$zqlite" "$work/pipe.db"; }
interactive_ok=1
for n in 1 2 3; do
  echo "select $n * 10;" >&"${ZQ[1]}"
  if ! IFS= read -r -t 5 reply <&"${ZQ[0]}" || [[ "$reply" != "$((n * 10))" ]]; then interactive_ok=0; fi
done
echo ".quit" >&"${ZQ[1]}"
wait "$ZQ_PID" 2>/dev/null
if [[ $interactive_ok == 1 ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "DIFFERENT: pipe-driven output was not flushed per statement"; fi
echo "shell_compat: $passed passed, $failed failed"
[[ $failed == 0 ]]
