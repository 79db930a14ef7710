#!/usr/bin/env bash
# Finds the portal's database for scripts/backup.sh and scripts/restore.sh, as run.sh does:
# ConnectionStrings__Seminar when set, else the local cluster in .pgdata/. Sourced, not run.
# Sets PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE for the PostgreSQL client tools.

# db_from_connection_string "Host=...;Port=...;Username=...;Password=...;Database=..."
db_from_connection_string() {
  local pair key value
  local IFS=';'
  for pair in $1; do
    key=$(printf '%s' "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')
    value=${pair#*=}
    case "$key" in
      host|server) export PGHOST=$value ;;
      port) export PGPORT=$value ;;
      username|user|userid|"user id") export PGUSER=$value ;;
      password) export PGPASSWORD=$value ;;
      database) export PGDATABASE=$value ;;
    esac
  done
}

# db_configure ROOT: points the client tools at the configured database, or at the local
# cluster (started if needed: DB_STARTED_HOME is then set, for db_cleanup to stop it).
db_configure() {
  local root=$1
  DB_STARTED_HOME=""
  if [ -n "${ConnectionStrings__Seminar:-}" ]; then
    db_from_connection_string "$ConnectionStrings__Seminar"
    return 0
  fi
  local home port=${SEMINAR_PG_PORT:-55432}
  home=$(pg_choose_home "$root/.pgdata") || return 1
  if [ ! -f "$home/data/PG_VERSION" ]; then
    pg_log "No local database in $home yet: start the portal once (scripts/run.sh), or set ConnectionStrings__Seminar."
    return 1
  fi
  if ! pg_is_running "$home"; then
    pg_start "$home" "$port" || return 1
    DB_STARTED_HOME=$home
  fi
  db_from_connection_string "$(pg_connection_string "$home" "$port" nsfc_seminar)"
}

db_cleanup() {
  if [ -n "${DB_STARTED_HOME:-}" ]; then
    pg_stop "$DB_STARTED_HOME"
  fi
}
