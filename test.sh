#!/usr/bin/env bash
# Runs every Cotakine test. On a fresh Debian machine (as root) it first installs what the tests need;
# .ci/run calls this same script.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
# Debian packages the test suites use (added as suites need them), one per line; COTAKINE_APT_PACKAGES replaces the list.
default_apt_packages=(
  chromium          # browser tests (Playwright drives Debian's Chromium, no browser download)
  fonts-dejavu-core # PDF documents (DejaVu Sans: accents and €)
  postgresql        # integration tests run the same suite on a throw-away PostgreSQL cluster
)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
for pkg in ${COTAKINE_APT_PACKAGES:-${default_apt_packages[*]}}; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installation des paquets Debian : ${need_apt[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Paquets Debian manquants (relancer en root pour les installer) : ${need_apt[*]}" >&2
    exit 1
  fi
fi

command -v dotnet >/dev/null || { echo "Le SDK .NET 10 est requis (dotnet introuvable)." >&2; exit 1; }

dotnet restore Cotakine.slnx
dotnet build Cotakine.slnx --no-restore -c Release

# Known vulnerabilities in the dependencies (direct and transitive) fail the run.
if audit=$(dotnet list Cotakine.slnx package --vulnerable --include-transitive 2>&1); then
  if grep -q "has the following vulnerable packages" <<<"$audit"; then
    echo "$audit" >&2
    echo "Dépendances vulnérables : mettre à jour les versions dans Directory.Packages.props." >&2
    exit 1
  fi
  echo "Audit des dépendances : aucune vulnérabilité connue."
else
  echo "Audit des dépendances impossible (source de vulnérabilités injoignable) : $audit" >&2
fi

log=$(mktemp)
status=0
dotnet test Cotakine.slnx --no-build -c Release 2>&1 | tee "$log" || status=$?
passed=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Passed: *([0-9]+).*/\1/' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed.*/\1/' | awk '{s+=$1} END {print s+0}')
rm -f "$log"
echo "Tests: ${passed} passed, ${failed} failed"
exit $status
