#!/usr/bin/env bash
# CLI start-up benchmark (issue 6): `cotakine acts show "RIC 8.08" --date 2026-02-01 --json` against an empty .NET
# program (bench/EmptyProgram), each pair built the same way: as installed (`dotnet publish -c Release`, which the CLI's
# project makes framework-dependent + ReadyToRun; the empty program published with ReadyToRun too), plain JIT on both
# sides (-p:PublishReadyToRun=false), and, when Native AOT works on this machine, both published with Native AOT
# (cotakine built with -p:CotakineAot=true: no web app, see src/Cotakine.Cli/Cotakine.Cli.csproj).
# Prints a Markdown table of mean start-up times and the ratio cotakine / empty. Target: ratio under 3.
#
# Usage: bench/cli-startup.sh [RESULT.md]     (RUNS=30 WARMUP=3 SKIP_AOT=1 OUT=dir to change the defaults)
# Timing: hyperfine (Debian package) when present, else a bounded loop of RUNS runs with `date +%s%N`.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-30}
WARMUP=${WARMUP:-3}
OUT=${OUT:-${TMPDIR:-/tmp}/cotakine-bench-startup}
RESULT=${1:-}
ARGS=(acts show "RIC 8.08" --date 2026-02-01 --json)
RID=linux-x64

mkdir -p "$OUT"
log="$OUT/build.log"
: > "$log"

echo "Compilation (Release, dépendante du framework : telle qu'installée avec ReadyToRun, puis JIT seul)…" >&2
# As the README installs it: the project itself asks for ReadyToRun on publish (src/Cotakine.Cli/Cotakine.Cli.csproj).
dotnet publish src/Cotakine.Cli -c Release -o "$OUT/r2r-cotakine" >>"$log" 2>&1
dotnet publish bench/EmptyProgram -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true -o "$OUT/r2r-empty" >>"$log" 2>&1
dotnet publish src/Cotakine.Cli -c Release -p:PublishReadyToRun=false -o "$OUT/fdd-cotakine" >>"$log" 2>&1
dotnet publish bench/EmptyProgram -c Release -o "$OUT/fdd-empty" >>"$log" 2>&1

aot=0
if [ "${SKIP_AOT:-0}" != 1 ]; then
  echo "Publication Native AOT (cotakine avec CotakineAot=true, programme vide)…" >&2
  if dotnet publish src/Cotakine.Cli -c Release -r "$RID" -p:PublishAot=true -p:CotakineAot=true \
       -o "$OUT/aot-cotakine" >>"$log" 2>&1 \
     && dotnet publish bench/EmptyProgram -c Release -r "$RID" -p:PublishAot=true -o "$OUT/aot-empty" >>"$log" 2>&1; then
    aot=1
  else
    echo "Native AOT indisponible ici (voir $log) : mesure sans AOT seulement." >&2
  fi
fi
# The RID-specific and AOT restores rewrote the CLI's assets (the AOT one without the web app): put the ordinary ones back.
dotnet restore src/Cotakine.Cli >>"$log" 2>&1

# The ReadyToRun and AOT builds must answer exactly what the plain JIT build answers.
expected=$("$OUT/fdd-cotakine/cotakine" "${ARGS[@]}")
if [ "$expected" != "$("$OUT/r2r-cotakine/cotakine" "${ARGS[@]}")" ]; then
  echo "La version ReadyToRun de cotakine ne répond pas comme la version JIT." >&2
  exit 1
fi
if [ "$aot" = 1 ]; then
  actual=$("$OUT/aot-cotakine/cotakine" "${ARGS[@]}")
  if [ "$expected" != "$actual" ]; then
    echo "La version AOT de cotakine ne répond pas comme la version ordinaire." >&2
    exit 1
  fi
fi

# mean_ms EXE ARGS... : "WALL CPU", the mean wall-clock time and mean CPU time (user + system) of one run, in ms.
# CPU time is reported because a shared machine makes wall-clock time noisy; the loop fallback gives wall time only.
mean_ms() {
  if command -v hyperfine >/dev/null; then
    local json="$OUT/hyperfine.json"
    hyperfine -N --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" --style none -- "$(printf '%q ' "$@")" >/dev/null 2>&1
    jq -r '.results[0] | "\(.mean * 1000 * 10 | round / 10) \((.user + .system) * 1000 * 10 | round / 10)"' "$json"
  else
    local i start end
    for ((i = 0; i < WARMUP; i++)); do "$@" >/dev/null; done
    start=$(date +%s%N)
    for ((i = 0; i < RUNS; i++)); do "$@" >/dev/null; done
    end=$(date +%s%N)
    awk -v t=$((end - start)) -v n="$RUNS" 'BEGIN { printf "%.1f -", t / n / 1e6 }'
  fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "-" || a == "-") print "-"; else printf "%.2f", a / b }'; }

# row LABEL CLI_EXE EMPTY_EXE : one Markdown row (wall and CPU times, both ratios).
row() {
  local cw cc ew ec
  read -r cw cc <<<"$(mean_ms "$2" "${ARGS[@]}")"
  read -r ew ec <<<"$(mean_ms "$3")"
  echo "| $1 | $cw ms | $ew ms | **$(ratio "$cw" "$ew")×** | $cc ms | $ec ms | $(ratio "$cc" "$ec")× |"
}

tool=$(command -v hyperfine >/dev/null && hyperfine --version || echo "boucle bornée (date +%s%N)")
echo "Mesure ($RUNS exécutions, $WARMUP d'échauffement, $tool)…" >&2
rows=$(row "tel qu'installé : dépendant du framework + ReadyToRun (les deux)" "$OUT/r2r-cotakine/cotakine" "$OUT/r2r-empty/empty")
rows+=$'\n'$(row "dépendant du framework, JIT seul (les deux)" "$OUT/fdd-cotakine/cotakine" "$OUT/fdd-empty/empty")
if [ "$aot" = 1 ]; then
  rows+=$'\n'$(row "Native AOT (CotakineAot=true)" "$OUT/aot-cotakine/cotakine" "$OUT/aot-empty/empty")
  # The AOT empty program is almost a C program (no runtime start-up): also compare with the ordinary .NET floor.
  rows+=$'\n'$(row "cotakine AOT contre programme vide ordinaire" "$OUT/aot-cotakine/cotakine" "$OUT/fdd-empty/empty")
fi

table="Démarrage de \`cotakine acts show \"RIC 8.08\" --date 2026-02-01 --json\` (moyenne de $RUNS exécutions, $tool) :

| Compilation | cotakine (temps écoulé) | programme vide | rapport (objectif < 3×) | cotakine (CPU) | vide (CPU) | rapport CPU |
|---|---:|---:|---:|---:|---:|---:|
$rows"
echo "$table"
if [ -n "$RESULT" ]; then
  echo "$table" > "$RESULT"
fi
