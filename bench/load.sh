#!/usr/bin/env bash
# The HTTP load part of issue 6, on 127.0.0.1 with bounded runs:
#  1. wrk (Debian package wrk) against `cotakine-bench serve` (bench/Cotakine.BenchHost: the product web app, set up by
#     the same CotakineWebApp.Build, plus the floor endpoint) on a fresh SQLite database: first the floor endpoint
#     POST /api/bench/constant (same pipeline, reads the body, answers a fixed JSON; never part of `cotakine serve`),
#     then POST /api/quote with the CONTRACT.md example (bench/load.lua checks every 2xx body: "ok":true, "total":48.59).
#     Target: quote at least half the constant endpoint's throughput.
#  2. 100 users at the same time (bench/Cotakine.Load: each signs in and runs the practice loop, then the invoice numbers
#     and lists are checked), on SQLite and, when the Debian package postgresql is installed, on a throw-away cluster.
# Writes a Markdown fragment (default $OUT/load.md) and summary rows for the README table ($OUT/load-summary.md).
# Exit 0 when clean; 1 on any socket error, non-2xx, wrong body, user error or consistency problem; 2 when wrk is
# missing and cannot be installed.
#
# Usage: bench/load.sh [FRAGMENT]   WRK_DURATION=10s WRK_THREADS=2 WRK_CONNECTIONS=50 USERS=100 USERS_DURATION=60
#        SKIP_POSTGRES=1 to run the users on SQLite only.
# Defaults for a 2-core machine where wrk and the server share the cores: 2 wrk threads (one per core) keep 50
# connections busy (25 each), enough to saturate the server without measuring wrk's own queueing; 10 s per endpoint
# after a 3 s warm-up of each (JIT, pools); a 10 s wrk timeout so that a slow answer on a loaded machine is a latency,
# and only a server that really stops answering is a socket error.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-${TMPDIR:-/tmp}/cotakine-bench}
fragment=${1:-$OUT/load.md}
summary=$OUT/load-summary.md
WRK_DURATION=${WRK_DURATION:-10s}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-50}
USERS=${USERS:-100}
USERS_DURATION=${USERS_DURATION:-60}
mkdir -p "$OUT"

if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ] && apt-get install -y wrk > "$OUT/apt-wrk.log" 2>&1; then
    :
  else
    echo "wrk est introuvable : installez le paquet Debian wrk (apt-get install wrk) puis relancez." >&2
    exit 2
  fi
fi
for tool in curl jq; do
  command -v "$tool" > /dev/null || { echo "$tool est introuvable (paquet Debian $tool)." >&2; exit 2; }
done

echo "Compilation (Release)…" >&2
dotnet publish bench/Cotakine.BenchHost -c Release -o "$OUT/load-host" > "$OUT/load-publish.log" 2>&1
dotnet publish bench/Cotakine.Load -c Release -o "$OUT/load-client" >> "$OUT/load-publish.log" 2>&1

work=$(mktemp -d)
pg_dir=""
server_pid=""
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$pg_dir" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop > /dev/null 2>&1 || true
  rm -rf "$work" ${pg_dir:+"$pg_dir"}
}
trap cleanup EXIT

. bench/lib/serve.sh
start_server() { # NAME PROVIDER CONNECTION — the product app plus the floor, in $work (its default cotakine.db would land there)
  start_cotakine "$OUT/load-host/cotakine-bench" "$work" "$OUT/load-serve-$1.log" \
    Database__Provider="$2" Database__ConnectionString="$3"
}

failed=0
run_wrk() { # NAME PATH EXPECTED DURATION → JSON line of bench/load.lua
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$4" --timeout 10s -s bench/load.lua "$url$2" -- "$3" > "$OUT/wrk-$1.txt"
  grep '^{' "$OUT/wrk-$1.txt"
}

# 1. wrk: constant endpoint, then quote, on SQLite (the quote does not touch the database).
echo "wrk : plancher puis cotation…" >&2
start_server sqlite sqlite "Data Source=$work/load.db"
quote_body=$(jq -c . <<< "$(sed -n '/^wrk.body = \[\[/s/^wrk.body = \[\[\(.*\)\]\]$/\1/p' bench/load.lua)")
total=$(curl -fs -H 'Content-Type: application/json' -d "$quote_body" "$url/api/quote" | jq -r .total)
constant=$(curl -fs -H 'Content-Type: application/json' -d "$quote_body" "$url/api/bench/constant" | jq -c .)
if [ "$total" != "48.59" ] || [ "$constant" != '{"ok":true}' ]; then
  echo "Réponses inattendues avant la charge : total $total (attendu 48.59), plancher $constant" >&2
  exit 1
fi
run_wrk warm-constant /api/bench/constant '"ok":true' 3s > /dev/null
run_wrk warm-quote /api/quote '"total":48.59' 3s > /dev/null
run_wrk constant /api/bench/constant '"ok":true' "$WRK_DURATION" > "$OUT/wrk-constant.json"
run_wrk quote /api/quote '"total":48.59' "$WRK_DURATION" > "$OUT/wrk-quote.json"

# 2. 100 users at the same time, on the same SQLite server, then on PostgreSQL.
run_users() { # NAME
  echo "$USERS utilisateurs simultanés ($1, $USERS_DURATION s)…" >&2
  "$OUT/load-client/Cotakine.Load" --url "$url" --users "$USERS" --duration "$USERS_DURATION" --json "$OUT/users-$1.json" \
    > "$OUT/users-$1.txt" 2>&1 || failed=1
}
run_users sqlite
stop_server
if [ "${SKIP_POSTGRES:-0}" != 1 ] && [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
  # A throw-away cluster, as bench/run-all.sh and tests/Cotakine.Web.Tests/PostgresServer.cs make one (initdb refuses root).
  pg_dir=$(mktemp -d); [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  pg_port=$((20000 + RANDOM % 20000))
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 > "$OUT/load-pg.log" 2>&1
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log.txt" -w -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off" start >> "$OUT/load-pg.log" 2>&1
  # Timeout=30 (Npgsql's default is 15 s): 100 users signing in at once make the pool open dozens of server
  # connections together, which on a small shared machine can take longer than 15 s.
  start_server postgres postgres "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=cotakine_load;Timeout=30"
  run_users postgres
  stop_server
else
  rm -f "$OUT/users-postgres.json"
fi

# 3. The report.
c=$OUT/wrk-constant.json q=$OUT/wrk-quote.json
ratio=$(jq -n --slurpfile c "$c" --slurpfile q "$q" '$q[0].requestsPerSecond / $c[0].requestsPerSecond * 100 | round / 100')
wrk_row() { jq -r --arg name "$1" '"| \($name) | \(.requestsPerSecond | round) | \(.requests) | \(.non2xx) | \(.socketErrors) | \(.wrongBody) | \(.p50Ms) ms | \(.p99Ms) ms |"' "$2"; }
users_row() { jq -r --arg name "$1" '"| \($name) | \(.users) (\(.practices) cabinets) | \(.durationSeconds) s | \(.allSignedInSeconds) s | \(.requests) | \(.requestsPerSecond) | \(.errors) | \(.loops) | \(.invoices) | \(.consistencyProblems | length) | \(.p50Milliseconds | . * 10 | round / 10) / \(.p95Milliseconds | . * 10 | round / 10) ms |"' "$2"; }
{
  echo
  echo "## Charge HTTP (wrk et $USERS utilisateurs simultanés, \`bench/load.sh\`)"
  echo
  echo "\`cotakine-bench serve\` (Release : l'application de \`cotakine serve\` et le plancher) sur 127.0.0.1 ; wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}') : $WRK_THREADS threads, $WRK_CONNECTIONS connexions, $WRK_DURATION par point d'accès après 3 s de chauffe,"
  echo "corps = requête d'exemple du contrat ; chaque réponse 2xx est vérifiée (\`\"ok\":true\`, \`\"total\":48.59\`)."
  echo
  echo "| Point d'accès | req/s | requêtes | non-2xx | erreurs de socket | corps faux | latence p50 | p99 |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  wrk_row "POST /api/bench/constant (plancher)" "$c"
  wrk_row "POST /api/quote" "$q"
  echo
  echo "Rapport cotation / plancher : **${ratio}×** (objectif ≥ 0,5×)."
  echo
  echo "$USERS utilisateurs simultanés (\`bench/Cotakine.Load\`, $USERS_DURATION s de boucles sans temps de réflexion : connexion, recherche, cotation,"
  echo "patient, prescription, plan, 2 séances, facture groupée, paiement AMO, liste des factures ; 5 utilisateurs par cabinet"
  echo "facturent pour les 2 mêmes kinés ; au moins un tour chacun ; ensuite numéros sans trou ni doublon par kiné et par an,"
  echo "rien de perdu ; la connexion coûte un hachage PBKDF2 volontairement lent, d'où la colonne « toutes connectées après ») :"
  echo
  echo "| Base | utilisateurs | durée | toutes connectées après | requêtes | req/s | erreurs | tours complets | factures | problèmes de cohérence | latence p50 / p95 |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  users_row SQLite "$OUT/users-sqlite.json"
  [ -s "$OUT/users-postgres.json" ] && users_row "PostgreSQL $(basename "$(dirname "$pg_bin")")" "$OUT/users-postgres.json"
} > "$fragment"
{
  jq -r --slurpfile c "$c" --arg ratio "$ratio" '"| HTTP (wrk), POST /api/quote : \(.requestsPerSecond | round) req/s, \(.requests) requêtes, \(.non2xx) non-2xx, \(.socketErrors) erreurs de socket | plancher POST /api/bench/constant \($c[0].requestsPerSecond | round) req/s, \($c[0].requests) requêtes, \($c[0].non2xx + $c[0].socketErrors) erreurs | **\($ratio)×** (objectif ≥ 0,5×) |"' "$q"
  for db in sqlite postgres; do
    [ -s "$OUT/users-$db.json" ] || continue
    jq -r --arg name "$([ $db = sqlite ] && echo SQLite || echo PostgreSQL)" '"| \(.users) utilisateurs simultanés, \($name) | \(.requests) requêtes en \(.durationSeconds) s, \(.errors) erreurs, \(.consistencyProblems | length) problèmes de cohérence (\(.invoices) factures) | — |"' "$OUT/users-$db.json"
  done
} > "$summary"
cat "$fragment"

for f in "$c" "$q"; do
  [ "$(jq '.non2xx + .socketErrors + .wrongBody' "$f")" = 0 ] || failed=1
done
[ "$failed" = 0 ] || { echo "Charge HTTP : erreurs (voir $OUT/wrk-*.txt et $OUT/users-*.txt)" >&2; exit 1; }
