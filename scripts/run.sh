#!/usr/bin/env bash
# Starts the portal on http://127.0.0.1:${SEMINAR_PORT:-5080}.
# Without ConnectionStrings__Seminar it provisions its own PostgreSQL in .pgdata/ and stops it
# again on Ctrl-C. Arguments, if any, are run as a portal command instead of serving: in the
# folder it was called from (so `import x.json` finds x.json there), with this script's standard
# input (`echo PASS | scripts/run.sh create-admin EMAIL`), and it exits with the command's code.
set -euo pipefail

# The caller's input is kept for the command on descriptor 3; nothing before it may read it.
exec 3<&0 </dev/null
caller_dir=$PWD
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=lib/portal.sh
source scripts/lib/portal.sh

port=${SEMINAR_PORT:-5080}
pg_port=${SEMINAR_PG_PORT:-55432}
mail_port=${SEMINAR_MAIL_PORT:-5025}
mail_ui_port=${SEMINAR_MAIL_UI_PORT:-5081}
pg_home=""
app_pid=""
mail_pid=""
stopped_by=""

cleanup() {
  trap - EXIT INT TERM
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ -n "$mail_pid" ] && kill -0 "$mail_pid" 2>/dev/null; then
    kill -TERM "$mail_pid" 2>/dev/null || true
    wait "$mail_pid" 2>/dev/null || true
    echo "Stopped the local mail server." >&2
  fi
  if [ -n "$pg_home" ]; then
    pg_stop "$pg_home"
    echo "Stopped PostgreSQL ($pg_home)." >&2
  fi
}
trap cleanup EXIT

# A signal is passed on to the portal, which stops in its own time (an import rolls back and
# says so) and exits with its own code; before the portal runs, the script just stops.
stop() {
  stopped_by=$2
  if [ -n "$app_pid" ]; then
    kill -"$1" "$app_pid" 2>/dev/null || true
  else
    exit "$2"
  fi
}
trap 'stop INT 130' INT
trap 'stop TERM 143' TERM

# run_portal INPUT ARGS...: runs the portal in the background, so that the traps above run at
# once rather than after it ends, and returns its exit code. A non-interactive shell gives a
# background job /dev/null for input and makes it ignore SIGINT and SIGQUIT; the subshell gives
# both back.
run_portal() {
  local input=$1 status
  shift
  ( trap - INT QUIT; exec dotnet "$@" ) <&"$input" 3<&- &
  app_pid=$!
  # `wait` also returns when a trapped signal arrives; wait again until the portal has ended.
  while kill -0 "$app_pid" 2>/dev/null; do
    wait "$app_pid" 2>/dev/null || true
  done
  wait "$app_pid" 2>/dev/null && status=0 || status=$?
  app_pid=""
  return "$status"
}

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

# Published output carries the fingerprinted static assets that Production serves. A command
# publishes into a folder of its own: a portal may be serving from .tmp/portal meanwhile.
portal_dir="$root/.tmp/portal"
if [ $# -gt 0 ]; then
  portal_dir="$root/.tmp/portal-command"
fi
portal_publish "$portal_dir" || exit 1
portal_environment "$portal_dir" "$port"
# The search copy is kept between runs (docs/decisions/ADR-012): a restart resumes it.
export Seminar__SearchCopyFolder=${Seminar__SearchCopyFolder:-$root/.search-copy}
dll="$portal_dir/NsfcSeminar.Web.dll"

if [ $# -gt 0 ]; then
  cd "$caller_dir"
  run_portal 3 "$dll" "$@" && exit 0 || exit $?
fi

# Without a configured mail server, a real local one (smtp4dev, a dotnet local tool) catches the
# portal's mail (registration links, saved-search digests) and shows it in its web page.
if [ -z "${Seminar__Mail__Host:-}" ]; then
  mkdir -p "$root/.tmp/smtp4dev"
  ( cd "$root" && XDG_CONFIG_HOME="$root/.tmp/smtp4dev" exec dotnet tool run smtp4dev -- \
      --urls "http://127.0.0.1:$mail_ui_port" --smtpport "$mail_port" --imapport 0 --pop3port 0 \
      --bindaddress 127.0.0.1 --hostname localhost --db "" --nousersettings ) </dev/null >"$root/.tmp/smtp4dev/log" 2>&1 &
  mail_pid=$!
  export Seminar__Mail__Host=127.0.0.1 Seminar__Mail__Port=$mail_port Seminar__Mail__Security=None
  echo "Mail goes to a local smtp4dev: read it at http://127.0.0.1:$mail_ui_port (log: .tmp/smtp4dev/log)." >&2
fi

echo "NsfcSeminar on http://127.0.0.1:$port (PostgreSQL: ${pg_home:-the configured server}). Ctrl-C stops it." >&2
cd "$portal_dir"
# A served portal stops cleanly (exit 0) on a signal; the script reports the signal, as before.
run_portal 0 "$dll" --urls "http://127.0.0.1:$port" && status=0 || status=$?
if [ "$status" -eq 0 ] && [ -n "$stopped_by" ]; then
  status=$stopped_by
fi
exit "$status"
