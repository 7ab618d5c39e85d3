# Sourced by the bench scripts (load.sh, pages.sh): `PROGRAM serve` — `cotakine serve` as shipped (pages.sh), or
# `cotakine-bench serve`, the same app plus the floor endpoint (load.sh) — on a random local port, waited for on
# /health. Sets $url and $server_pid; stop_server stops it.
#
# start_cotakine PROGRAM WORK_DIR LOG [NAME=value …]   (PROGRAM: path of the executable; the settings go to its environment)
start_cotakine() {
  local program=$1 dir=$2 log=$3
  shift 3
  port=$((20000 + RANDOM % 20000))
  url="http://127.0.0.1:$port"
  # The benches open their practices through the API and sign 100 users in from 127.0.0.1: registration is opened and
  # the per-address limit of account attempts lifted for them (both closed/limited in a normal `cotakine serve`).
  (cd "$dir" && exec env Accounts__Registration=open Accounts__AttemptsPerMinute=1000000 "$@" "$program" serve --urls "$url") > "$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 120); do
    curl -fs "$url/health" > /dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "Le serveur n'a pas répondu sur $url/health ; voir $log" >&2
  exit 1
}

stop_server() {
  kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
