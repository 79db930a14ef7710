#!/usr/bin/env bash
# Runs every test project against a throwaway PostgreSQL and Debian's Chromium, then prints
# one line: "tests: N passed, N failed, N skipped".
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh

summary() { echo "tests: $1 passed, $2 failed, $3 skipped"; }

install_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # Without a CJK font, Chinese text shows as empty boxes in screenshots.
  dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-wqy-microhei)
  # The Nu HTML checker the browser tests run is a Java program.
  command -v java >/dev/null || missing+=(default-jre-headless)
  # The cluster drill (tests/NsfcSeminar.EndToEnd/Cluster) puts HAProxy in front of its instances.
  command -v haproxy >/dev/null || missing+=(haproxy)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing ${missing[*]}; install them as root (apt-get install ${missing[*]})." >&2
    return 1
  fi
  echo "Installing ${missing[*]} from Debian..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_browser
pg_ensure_installed
# The local tools: dotnet-ef, and smtp4dev, the real SMTP server the alert tests start.
dotnet tool restore >/dev/null
# The real parsers and checkers the tests run (citation-js; the Nu HTML checker and axe-core, which
# the browser tests put every page they visit to), pinned by tests/tools/package-lock.json. No
# install scripts: vnu-jar's would download a Java runtime, and Java is installed.
npm ci --prefix tests/tools --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null

# A fresh cluster in a folder the postgres user can reach, removed on exit.
pg_home=$(mktemp -d /var/tmp/nsfc-seminar-test-XXXXXX)
chmod 755 "$pg_home"
cleanup() {
  pg_stop "$pg_home/cluster"
  rm -rf "$pg_home"
}
trap cleanup EXIT
pg_init "$pg_home/cluster"
pg_port=$(pg_free_port)
pg_start "$pg_home/cluster" "$pg_port"
SEMINAR_TEST_CONNECTION=$(pg_connection_string "$pg_home/cluster" "$pg_port")
export SEMINAR_TEST_CONNECTION

artifacts="$root/artifacts"
rm -rf "$artifacts/test-results"
mkdir -p "$artifacts/screenshots" "$artifacts/test-results"
export SEMINAR_ARTIFACTS="$artifacts"
export PLAYWRIGHT_CHROMIUM_EXECUTABLE=/usr/bin/chromium

if ! dotnet build NsfcSeminar.sln -c Debug -nologo -v quiet -clp:ErrorsOnly; then
  echo "The solution did not build." >&2
  summary 0 1 0
  exit 1
fi

status=0
dotnet test NsfcSeminar.sln --no-build -c Debug --logger trx --results-directory "$artifacts/test-results" || status=$?

# Sum the counters of every test project's TRX report.
passed=0 failed=0 skipped=0 total=0
for trx in "$artifacts"/test-results/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$((total + $(value total)))
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

# A test host that crashed leaves a report that counts only what ran before it: the run failed.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "A test run was aborted (see the output above); counting it as a failure." >&2
  failed=1
fi
if [ "$total" -eq 0 ]; then
  echo "No test ran." >&2
  failed=$((failed + 1))
fi
summary "$passed" "$failed" "$skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
