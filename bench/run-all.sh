#!/usr/bin/env bash
# Regenerates Cotakine's performance figures (issue 6) into bench/results/latest.md and the README's « Performances »
# table: search and quote in-process (BenchmarkDotNet --job short, ratios to their baselines), CLI start-up against an
# empty program (bench/cli-startup.sh), and the year batch (`cotakine-bench batch requote`, bench/Cotakine.BenchHost,
# 600 000 sessions) on SQLite and,
# when a PostgreSQL server binary is installed (Debian package postgresql), on a throw-away local cluster; then the HTTP
# load (bench/load.sh: wrk on the quote API against a constant endpoint, 100 users at the same time on SQLite and
# PostgreSQL); then the practice pages of a large centre (bench/pages.sh). Exit 1 when the load found errors (the figures are written all the same).
#
# Usage: bench/run-all.sh          SESSIONS=600000 SKIP_BDN=1 SKIP_STARTUP=1 SKIP_BATCH=1 SKIP_POSTGRES=1 SKIP_LOAD=1 to
#        narrow it (SKIP_PAGES=1: no bench/pages.sh); REUSE=1 keeps the raw results of the last run found in $OUT (BenchmarkDotNet reports, startup.md,
#        batch-*.json, load.md) and measures only what is missing, then rewrites the report.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
SESSIONS=${SESSIONS:-600000}
OUT=${OUT:-${TMPDIR:-/tmp}/cotakine-bench}
mkdir -p "$OUT" bench/results
result=bench/results/latest.md
summary="$OUT/summary.md"
: > "$summary"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
os=$(. /etc/os-release && echo "$PRETTY_NAME")
machine="$(nproc) cœurs ($cpu), $(free -g | awk '/^Mem:/ { print $2 }') Go de mémoire, $os, .NET $(dotnet --version) (runtime $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }'))"
load=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "# Performances de Cotakine — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine : $machine. Charge moyenne au départ : $load."
  echo
  echo '```'
  echo "\$ nproc"; nproc
  echo "\$ free -g"; free -g
  echo '```'
} > "$result"

# 1. In-process: search and quote, each against its baseline measured in the same run.
if [ "${SKIP_BDN:-0}" != 1 ]; then
  echo "BenchmarkDotNet (--job short)…" >&2
  reuse() { [ "${REUSE:-0}" = 1 ] && [ -n "$(ls "$@" 2>/dev/null)" ]; }
  reuse "$OUT"/bdn/results/*-report-github.md || { rm -rf "$OUT/bdn"; dotnet run -c Release --project bench/Cotakine.Benchmarks -- --filter '*' --job short --exporters github \
    --artifacts "$OUT/bdn" > "$OUT/bdn.log" 2>&1; }
  {
    echo
    echo "## Recherche et cotation en mémoire (BenchmarkDotNet, --job short)"
    for report in "$OUT"/bdn/results/*-report-github.md; do
      echo
      sed -n '/^|/,$p' "$report"
    done
  } >> "$result"
  for report in "$OUT"/bdn/results/*-report-github.md; do
    # One summary row per non-baseline benchmark: its mean and its ratio to the baseline.
    awk -F'|' -v name="$(basename "$report" -report-github.md | sed 's/.*\.//')" '
      /^\| *Method/ { for (i = 1; i <= NF; i++) { h = $i; gsub(/ /, "", h); col[h] = i } next }
      !/^\|/ || /^\|[-: |]+\|$/ || !("Ratio" in col) { next }
      {
        # The baseline is declared first in each class, so it is the first row (its ratio is about 1.00).
        m = $(col["Method"]); gsub(/&#39;/, "", m); gsub(/^ +| +$/, "", m)
        mean = $col["Mean"]; gsub(/^ +| +$/, "", mean)
        ratio = $col["Ratio"]; gsub(/ /, "", ratio)
        if (base == "") { base = mean; basename = m; next }
        printf "| %s : %s | %s (plancher « %s » %s) | %s× |\n", name, m, mean, basename, base, ratio
      }' "$report" >> "$summary"
  done
fi

# 2. CLI start-up against an empty program, with and without Native AOT.
if [ "${SKIP_STARTUP:-0}" != 1 ]; then
  echo "Démarrage du programme…" >&2
  [ "${REUSE:-0}" = 1 ] && [ -s "$OUT/startup.md" ] || bench/cli-startup.sh "$OUT/startup.md" > /dev/null
  { echo; echo "## Démarrage de la ligne de commande"; echo; cat "$OUT/startup.md"; } >> "$result"
  # Wall-clock time and, less sensitive to the load of a shared machine, CPU time (user + system), each with its ratio.
  awk -F'|' '/^\| [^-C]/ { for (i = 2; i <= 8; i++) gsub(/^ +| +$/, "", $i);
    printf "| démarrage, %s | %s (plancher %s) ; CPU %s (plancher %s) | %s (CPU %s) |\n", $2, $3, $4, $6, $7, $5, $8 }' "$OUT/startup.md" >> "$summary"
fi

# 3. The year batch: SESSIONS sessions generated once, then re-quoted and re-checked in one batch.
batch_row() { # LABEL JSON
  jq -r --arg name "$1" '"| année d’un centre de 100 kinés, \($name) : \(.sessions) séances recotées | \(.requoteSeconds) s, \(.sessionsPerSecond) séances/s (objectif < 60 s) ; écarts \(.totalMismatches + .amoMismatches) | — |"' "$2"
}
batch_text() { # LABEL JSON
  jq -r --arg name "$1" '"- \($name) : \(.sessions) séances recotées et revérifiées en \(.requoteSeconds) s (\(.sessionsPerSecond) séances/s, \(.workers) cœurs) ; écarts de total \(.totalMismatches), écarts AMO \(.amoMismatches) ; non facturables telles quelles \(.notBillable) ; génération \(if .generated then "\(.generationSeconds) s" else "déjà faite" end)."' "$2"
}
if [ "${SKIP_BATCH:-0}" != 1 ]; then
  echo "Année d'un centre ($SESSIONS séances)…" >&2
  if [ "${REUSE:-0}" != 1 ] || [ ! -s "$OUT/batch-sqlite.json" ]; then
    dotnet publish bench/Cotakine.BenchHost -c Release -o "$OUT/bench-host" > "$OUT/publish.log" 2>&1
    "$OUT/bench-host/cotakine-bench" batch requote --sessions "$SESSIONS" --connection "Data Source=$OUT/batch.db" --json > "$OUT/batch-sqlite.json"
  fi
  { echo; echo "## Année d'un centre de 100 kinés (\`cotakine-bench batch requote\`)"; echo; batch_text "SQLite" "$OUT/batch-sqlite.json"; } >> "$result"
  batch_row "SQLite" "$OUT/batch-sqlite.json" >> "$summary"

  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ "${REUSE:-0}" = 1 ] && [ -s "$OUT/batch-postgres.json" ]; then
    batch_text "PostgreSQL (grappe locale jetable, fsync=off)" "$OUT/batch-postgres.json" >> "$result"
    batch_row "PostgreSQL" "$OUT/batch-postgres.json" >> "$summary"
  elif [ "${SKIP_POSTGRES:-0}" != 1 ] && [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
    # A throw-away cluster, as tests/Cotakine.Web.Tests/PostgresServer.cs makes one (initdb refuses root: run as postgres).
    pg_dir=$(mktemp -d); port=$((20000 + RANDOM % 20000))
    as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
    as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 > "$OUT/pg.log" 2>&1
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log.txt" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off" start >> "$OUT/pg.log" 2>&1
    trap 'as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$pg_dir"' EXIT
    echo "Année d'un centre sur PostgreSQL…" >&2
    [ -x "$OUT/bench-host/cotakine-bench" ] || dotnet publish bench/Cotakine.BenchHost -c Release -o "$OUT/bench-host" > "$OUT/publish.log" 2>&1
    "$OUT/bench-host/cotakine-bench" batch requote --sessions "$SESSIONS" --provider postgres \
      --connection "Host=127.0.0.1;Port=$port;Username=postgres;Database=cotakine_batch" --json > "$OUT/batch-postgres.json"
    batch_text "PostgreSQL $(basename "$(dirname "$pg_bin")") (grappe locale jetable, fsync=off)" "$OUT/batch-postgres.json" >> "$result"
    batch_row "PostgreSQL" "$OUT/batch-postgres.json" >> "$summary"
  fi
fi

# 4. HTTP load: wrk (quote against the constant endpoint), then 100 users at the same time on SQLite and PostgreSQL.
load_failed=0
if [ "${SKIP_LOAD:-0}" != 1 ]; then
  echo "Charge HTTP (bench/load.sh)…" >&2
  if [ "${REUSE:-0}" != 1 ] || [ ! -s "$OUT/load.md" ] || [ ! -s "$OUT/load-summary.md" ]; then
    rm -f "$OUT/load.md" "$OUT/load-summary.md"
    OUT="$OUT" SKIP_POSTGRES="${SKIP_POSTGRES:-0}" bench/load.sh "$OUT/load.md" > /dev/null || load_failed=1
  fi
  if [ -s "$OUT/load.md" ] && [ -s "$OUT/load-summary.md" ]; then
    cat "$OUT/load.md" >> "$result"
    cat "$OUT/load-summary.md" >> "$summary"
  fi
fi

# 5. The practice pages at the size of a large centre (bench/pages.sh: 100 000 sessions and invoices, SQLite).
if [ "${SKIP_PAGES:-0}" != 1 ]; then
  echo "Pages du cabinet (bench/pages.sh)…" >&2
  if [ "${REUSE:-0}" != 1 ] || [ ! -s "$OUT/pages.md" ] || [ ! -s "$OUT/pages-summary.md" ]; then
    OUT="$OUT" bench/pages.sh "$OUT/pages.md" > /dev/null
  fi
  cat "$OUT/pages.md" >> "$result"
  cat "$OUT/pages-summary.md" >> "$summary"
fi

# The README's table: between the two markers of the « Performances » section.
table="Mesures du $(date -u '+%Y-%m-%d') (détail : \`bench/results/latest.md\`) sur $machine, machine partagée (charge
moyenne au départ : $load ; les temps écoulés sont bruités, les rapports au plancher mesuré dans la même exécution le sont moins) :

| Mesure | Résultat | Rapport au plancher |
|---|---|---:|
$(cat "$summary")"
{ echo; echo "## Résumé"; echo; echo "$table"; } >> "$result"
TABLE="$table" awk '
  /<!-- perf:begin -->/ { print; print ENVIRON["TABLE"]; skip = 1; next }
  /<!-- perf:end -->/ { skip = 0 }
  !skip { print }' README.md > "$OUT/README.md" && cp "$OUT/README.md" README.md
echo "Résultats : $root/$result" >&2
[ "$load_failed" = 0 ] || { echo "La charge HTTP a relevé des erreurs (voir $OUT/load.md)." >&2; exit 1; }
