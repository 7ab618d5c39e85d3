#!/usr/bin/env bash
# Practice pages at the size of a large centre (issue 6: « must stay fast as a group practice grows from one kiné to a
# hundred »): `cotakine serve` (Release) on a SQLite practice filled with PATIENTS patients, SESSIONS sessions (10 per
# plan, one invoice each, 0.4 % unpaid, 5 % of the plans still running, sessions spread over the last 365 days), then
# GET / (Journée), /factures, /api/invoices, /patients, /api/patients (whole page, then searched) and /factures filtered
# by a typed name (11 patients match) for a signed-in kiné, each timed against the floor GET
# /api/account/me (same pipeline, same cookie, no practice data) in the same run.
# The template rows (patient, prescription, plan, session, invoice, payments) are made through the API, then cloned
# with SQL (sqlite3): the generation takes seconds, not the hours HTTP would.
#
# Usage: bench/pages.sh [FRAGMENT]   BIN=dir-of-a-published-cotakine (default: publishes src/Cotakine.Cli)
#        PATIENTS=5000 SESSIONS=100000 RUNS=5 TIMEOUT=60 (seconds; a slower page is reported as « > TIMEOUT s »)
#        BASELINE=pages.json of an earlier run and BASELINE_LABEL=its description: « Avant » columns.
# Writes a Markdown fragment (default $OUT/pages.md) and a JSON line per page ($OUT/pages.json).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-${TMPDIR:-/tmp}/cotakine-bench}
fragment=${1:-$OUT/pages.md}
PATIENTS=${PATIENTS:-5000}
SESSIONS=${SESSIONS:-100000}
RUNS=${RUNS:-5}
TIMEOUT=${TIMEOUT:-60}
mkdir -p "$OUT"
for tool in curl jq sqlite3; do
  command -v "$tool" > /dev/null || { echo "$tool est introuvable (paquet Debian $tool)." >&2; exit 2; }
done
if [ -z "${BIN:-}" ]; then
  echo "Compilation (Release)…" >&2
  dotnet publish src/Cotakine.Cli -c Release -o "$OUT/pages-cotakine" > "$OUT/pages-publish.log" 2>&1
  BIN=$OUT/pages-cotakine
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
db=$work/pages.db
. bench/lib/serve.sh
start_server() {
  start_cotakine "$BIN/cotakine" "$work" "$OUT/pages-serve.log" Database__Provider=sqlite "Database__ConnectionString=Data Source=$db"
}
jar=$work/cookies
api() { # METHOD PATH [JSON]
  curl -sS --fail-with-body -b "$jar" -c "$jar" -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$url$2"
}

# 1. The template, through the API.
echo "Cabinet modèle…" >&2
start_server
password="Bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')-9a"
api POST /api/account/register "{\"email\":\"kine@pages.example\",\"password\":\"$password\",\"practiceName\":\"Centre de mesure\",\"department\":\"75\",\"zone\":\"plaine\",\"address\":\"1 rue de la Mesure\",\"rpps\":\"$(shuf -i 10000000-99999999 -n1)123\",\"amNumber\":\"751234567\",\"lastName\":\"Mesure\",\"firstName\":\"Kiné\"}" > "$OUT/pages-register.json" || { cat "$OUT/pages-register.json" >&2; exit 1; }
practitioner=$(api GET /api/practice | jq -r '.practitioners[0].id')
patient=$(api POST /api/patients '{"lastName":"Modèle","firstName":"Patient","coverage":"standard","regime":"general"}' | jq -r .id)
prescription=$(api POST /api/prescriptions "{\"patientId\":\"$patient\",\"date\":\"2026-01-05\",\"prescriberName\":\"Dr Leroy\",\"prescriberRpps\":\"10009876543\",\"prescriberAmNumber\":\"751111111\",\"indication\":\"Rééducation après méniscectomie\",\"segment\":\"genou\",\"laterality\":\"right\",\"sessionCount\":10}" | jq -r .id)
plan=$(api POST /api/plans "{\"patientId\":\"$patient\",\"practitionerId\":\"$practitioner\",\"prescriptionId\":\"$prescription\",\"origin\":\"prescription\",\"actId\":\"ric-meniscectomie\",\"sessionCount\":10,\"startDate\":\"2026-01-06\"}" | jq -r .id)
session=$(api POST "/api/plans/$plan/sessions" '{"date":"2026-01-06","time":"09:30","place":"cabinet"}' | jq -r .id)
invoice=$(api POST /api/invoices "{\"sessionIds\":[\"$session\"],\"grouped\":false,\"tiersPayant\":true,\"amc\":0}" | jq -r '.[0].id')
for payer in amo patient; do
  due=$(api GET "/api/invoices/$invoice" | jq -r ".due.$payer")
  [ "$due" = 0 ] || api POST "/api/invoices/$invoice/payments" "{\"payer\":\"$payer\",\"amount\":$due,\"date\":\"2026-01-20\"}" > /dev/null
done
stop_server

# 2. Clone it with SQL. Ids: a GUID made of the row number (upper-case text, as EF Core stores Guid on SQLite).
echo "Génération ($PATIENTS patients, $SESSIONS séances)…" >&2
started=$(date +%s.%N)
plans=$((SESSIONS / 10))
clone() { # TABLE TEMPLATE-ID COUNT-SQL OVERRIDES (name=expr;…) — columns not overridden are copied from the template
  local cols exprs
  cols=$(sqlite3 "$db" "SELECT group_concat('\"' || name || '\"', ',') FROM pragma_table_info('$1')")
  exprs=$(sqlite3 "$db" "SELECT group_concat('\"' || name || '\"', ',') FROM pragma_table_info('$1')")
  IFS=';' read -ra pairs <<< "$4"
  for pair in "${pairs[@]}"; do
    exprs=${exprs/\"${pair%%=*}\"/${pair#*=}}
  done
  sqlite3 "$db" "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $3)
    INSERT INTO \"$1\" ($cols) SELECT $exprs FROM \"$1\", n WHERE \"$1\".\"$(sqlite3 "$db" "SELECT name FROM pragma_table_info('$1') WHERE pk = 1")\" = '${2^^}'"
}
gid() { echo "printf('%08X-0000-4000-8000-%012X', $1, $2)"; } # PREFIX K
day() { echo "date('now', '-' || (($1) % 365) || ' days')"; }
clone Patients "$patient" "$PATIENTS" "Id=$(gid 1 k);LastName='Patient' || k;FirstName='Prénom ' || (k % 97)"
clone Prescriptions "$prescription" "$plans" "Id=$(gid 2 k);PatientId=$(gid 1 "1 + k % $PATIENTS")"
clone TreatmentPlans "$plan" "$plans" "Id=$(gid 3 k);PatientId=$(gid 1 "1 + k % $PATIENTS");PrescriptionId=$(gid 2 k);SessionCount=CASE WHEN k % 20 = 0 THEN 12 ELSE 10 END"
clone Sessions "$session" "$SESSIONS" "Id=$(gid 4 k);PlanId=$(gid 3 "1 + (k - 1) / 10");Number=1 + (k - 1) % 10;Date=$(day k);InvoiceId=$(gid 5 k)"
clone Invoices "$invoice" "$SESSIONS" "Id=$(gid 5 k);PatientId=$(gid 1 "1 + (1 + (k - 1) / 10) % $PATIENTS");Sequence=1000 + k;Number='F-B-' || k;SessionIds=$(gid 4 k);IssuedAt=strftime('%Y-%m-%d %H:%M:%S', 'now', '-' || (k % 365) || ' days') || '+00:00';IssuedAtUnixMicroseconds=strftime('%s', 'now', '-' || (k % 365) || ' days') * 1000000"
# Versions that store each invoice's balance (paid per payer, state) beside it: the clones start as the paid template.
has_balances=$(sqlite3 "$db" "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'InvoiceBalances'")
[ "$has_balances" = 1 ] && clone InvoiceBalances "$invoice" "$SESSIONS" "InvoiceId=$(gid 5 k)"
i=6
for p in $(sqlite3 "$db" "SELECT Id FROM Payments"); do
  clone Payments "$p" "$SESSIONS" "Id=$(gid $i k);InvoiceId=$(gid 5 k)"
  i=$((i + 1))
done
# About 0.4 % unpaid: the invoices whose id ends in 00 (k % 256 = 0) lose their payments.
unpaid="InvoiceId LIKE '00000005-%' AND substr(InvoiceId, 35, 2) = '00'"
sqlite3 "$db" "DELETE FROM Payments WHERE $unpaid;"
[ "$has_balances" = 1 ] && sqlite3 "$db" "UPDATE InvoiceBalances SET AmoPaidCents = 0, AmcPaidCents = 0, PatientPaidCents = 0, State = 0,
  DueCents = (SELECT AmoCents + AmcCents + PatientCents FROM Invoices WHERE Id = InvoiceId) WHERE $unpaid;"
if [ "$has_balances" = 1 ]; then # the stored balances must be the sums of the payments, as the app keeps them
  wrong=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM Invoices) - (SELECT count(*) FROM InvoiceBalances)
    + (SELECT count(*) FROM InvoiceBalances b WHERE b.AmoPaidCents + b.AmcPaidCents + b.PatientPaidCents
         <> (SELECT coalesce(sum(AmountCents), 0) FROM Payments p WHERE p.InvoiceId = b.InvoiceId) OR (b.State = 0) <> (b.DueCents <> 0))")
  [ "$wrong" = 0 ] || { echo "Soldes des factures incohérents avec les paiements : $wrong" >&2; exit 1; }
fi
sqlite3 "$db" "ANALYZE;"
generation=$(echo "$(date +%s.%N) - $started" | bc)
counts=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM Patients) || ' patients, ' || (SELECT count(*) FROM TreatmentPlans) || ' plans, ' || (SELECT count(*) FROM Sessions) || ' séances, ' || (SELECT count(*) FROM Invoices) || ' factures, ' || (SELECT count(*) FROM Payments) || ' paiements, ' || (SELECT count(*) FROM Sessions WHERE Date = date('now')) || ' séances aujourd''hui'")
echo "  $counts ($generation s)" >&2

# 3. Timings: each page RUNS times after one warm-up, median in ms; the floor first and last.
start_server
api POST /api/account/login "{\"email\":\"kine@pages.example\",\"password\":\"$password\"}" > /dev/null
time_page() { # PATH → median ms and size; a page slower than TIMEOUT seconds is recorded as such and not repeated
  local times=() size t
  local first
  if ! first=$(curl -fs --max-time "$TIMEOUT" -b "$jar" -o /dev/null -w '%{time_total} %{size_download}' "$url$1"); then
    echo "{\"path\":\"$1\",\"ms\":$((TIMEOUT * 1000)),\"bytes\":0,\"timedOut\":true}"
    return
  fi
  read -r t size <<< "$first"
  for _ in $(seq "$RUNS"); do
    read -r t size < <(curl -fs --max-time "$TIMEOUT" -b "$jar" -o /dev/null -w '%{time_total} %{size_download}\n' "$url$1")
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v size="$size" -v path="$1" '{ a[NR] = $1 } END { printf "{\"path\":\"%s\",\"ms\":%.1f,\"bytes\":%d}\n", path, a[int((NR + 1) / 2)] * 1000, size }'
}
rss() { awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$server_pid/status"; }
: > "$OUT/pages.json"
for path in /api/account/me / /factures /api/invoices /patients /api/patients '/api/patients?q=patient123' '/factures?nom=patient123'; do
  echo "  GET $path…" >&2
  time_page "$path" >> "$OUT/pages.json"
done
peak=$(rss)
stop_server

floor=$(jq -s '.[0].ms' "$OUT/pages.json")
# BASELINE=an earlier pages.json (e.g. the same script run with BIN= a build of the previous commit): adds its figures.
base='{}'
if [ -n "${BASELINE:-}" ] && [ -s "$BASELINE" ]; then
  base=$(jq -s '{ floor: .[0].ms, pages: (map({ key: .path, value: . }) | from_entries) }' "$BASELINE")
fi
figure='def figure($f): if .timedOut then "> \(.ms / 1000) s (abandon)" else "\(.ms) ms" end; def ratio($f): "\(if .timedOut then "> " else "" end)\(.ms / $f | round)×";'
{
  echo
  echo "## Pages du cabinet à la taille d'un centre (\`bench/pages.sh\`)"
  echo
  echo "\`cotakine serve\` (Release, SQLite) ; données : $counts (générées en SQL en ${generation%.*} s). Médiane de $RUNS requêtes"
  echo "après une de chauffe, kiné connecté ; plancher = GET /api/account/me (même chaîne, même cookie, aucune donnée du cabinet)."
  echo "Mémoire résidente maximale du serveur : $peak Mo.${BASELINE:+ « Avant » : le même script sur la version précédente ($BASELINE_LABEL).}"
  echo
  echo "| Page | Médiane | Taille | Rapport au plancher |$([ "$base" != '{}' ] && echo " Avant | Avant, rapport au plancher |")"
  echo "|---|---:|---:|---:|$([ "$base" != '{}' ] && echo "---:|---:|")"
  jq -r --argjson floor "$floor" --argjson base "$base" "$figure"'
    . as $p | "| GET \(.path) | \(figure($floor)) | \(.bytes / 1024 | round) Kio | \(ratio($floor)) |"
    + (if $base.pages[$p.path] then " \($base.pages[$p.path] | figure($base.floor)) | \($base.pages[$p.path] | ratio($base.floor)) |" else "" end)' "$OUT/pages.json"
} > "$fragment"
jq -r --argjson floor "$floor" --argjson base "$base" --arg data "$SESSIONS séances, $PATIENTS patients" "$figure"'
  select(.path != "/api/account/me") | . as $p
  | "| page GET \(.path), centre de \($data) (SQLite) | \(figure($floor)) (plancher /api/account/me \($floor) ms)"
    + (if $base.pages[$p.path] then " ; avant : \($base.pages[$p.path] | figure($base.floor)), \($base.pages[$p.path] | ratio($base.floor))" else "" end)
    + " | \(ratio($floor)) |"' "$OUT/pages.json" > "$OUT/pages-summary.md"
cat "$fragment"
