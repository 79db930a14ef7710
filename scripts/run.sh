#!/usr/bin/env bash
# Starts the portal on http://127.0.0.1:${SEMINAR_PORT:-5080}.
# Without ConnectionStrings__Seminar it provisions its own PostgreSQL in .pgdata/ and stops it
# again on Ctrl-C. Arguments, if any, are run as a portal command instead of serving.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh

port=${SEMINAR_PORT:-5080}
pg_port=${SEMINAR_PG_PORT:-55432}
pg_home=""
app_pid=""

cleanup() {
  trap - EXIT INT TERM
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ -n "$pg_home" ]; then
    pg_stop "$pg_home"
    echo "Stopped PostgreSQL ($pg_home)." >&2
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

dotnet tool restore >/dev/null

if [ -z "${ConnectionStrings__Seminar:-}" ]; then
  pg_ensure_installed
  pg_home=$(pg_choose_home "$root/.pgdata")
  pg_init "$pg_home"
  if pg_is_running "$pg_home"; then
    # Someone else's run owns it; leave it running when we stop.
    echo "PostgreSQL is already running in $pg_home; reusing it." >&2
    owned_home=""
  else
    pg_start "$pg_home" "$pg_port"
    owned_home=$pg_home
  fi
  pg_create_database "$pg_home" "$pg_port" nsfc_seminar
  ConnectionStrings__Seminar=$(pg_connection_string "$pg_home" "$pg_port" nsfc_seminar)
  export ConnectionStrings__Seminar
  pg_home=$owned_home
fi

# Published output carries the fingerprinted static assets that Production serves.
portal_dir="$root/.tmp/portal"
dotnet publish src/NsfcSeminar.Web -c Release -o "$portal_dir" -nologo -v quiet -clp:ErrorsOnly >/dev/null || {
  echo "The portal did not build; run 'dotnet publish src/NsfcSeminar.Web -c Release' to see why." >&2
  exit 1
}

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
# Every absolute link (feeds, OAI-PMH, exports, citations) starts here, and only its host is
# served; set it to the address readers use when a proxy puts the portal elsewhere.
export Seminar__PublicAddress=${Seminar__PublicAddress:-http://127.0.0.1:$port/}
# The search copy is kept between runs (docs/decisions/ADR-012): a restart resumes it.
export Seminar__SearchCopyFolder=${Seminar__SearchCopyFolder:-$root/.search-copy}
cd "$portal_dir"
dll=NsfcSeminar.Web.dll

if [ $# -gt 0 ]; then
  dotnet "$dll" "$@" &
  app_pid=$!
  wait "$app_pid"
  exit $?
fi

echo "NsfcSeminar on http://127.0.0.1:$port (PostgreSQL: ${pg_home:-the configured server}). Ctrl-C stops it." >&2
dotnet "$dll" --urls "http://127.0.0.1:$port" &
app_pid=$!
wait "$app_pid"
