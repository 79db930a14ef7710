#!/usr/bin/env bash
# Provisions a local PostgreSQL 15 cluster for scripts/run.sh and scripts/test.sh.
# Sourced, not run. Every function prints its errors to stderr and returns non-zero.

PG_BIN=/usr/lib/postgresql/15/bin

pg_log() { printf '%s\n' "$*" >&2; }

# Runs a PostgreSQL binary as the user that owns the cluster: `postgres` when we are root
# (the server refuses to run as root), ourselves otherwise.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    # From /, since the postgres user may not be allowed into our working folder.
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# The RUM index (postgresql-15-rum) ranks broad full-text searches without scoring every match;
# the search migration creates the extension, so the cluster needs the package.
PG_PACKAGES=(postgresql-15 postgresql-15-rum)

pg_ensure_installed() {
  local missing=() package
  for package in "${PG_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    pg_log "Missing ${missing[*]}; installing needs root: run 'apt-get install ${missing[*]}' as root, or set ConnectionStrings__Seminar."
    return 1
  fi
  pg_log "Installing ${missing[*]} from Debian..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# True when the cluster's owner can enter the folder and every folder above it.
pg_can_reach() {
  local dir=$1
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- test -x "$dir" 2>/dev/null)
  else
    test -x "$dir" && test -w "$dir"
  fi
}

# Prints a folder for the cluster: the preferred one when the owner can reach it, else a
# folder under /var/tmp named after the preferred one, and says so.
pg_choose_home() {
  local preferred=$1 parent fallback
  parent=$(dirname "$preferred")
  mkdir -p "$parent"
  if pg_can_reach "$parent"; then
    printf '%s\n' "$preferred"
    return 0
  fi
  fallback="/var/tmp/nsfc-seminar-pg-$(printf '%s' "$preferred" | sha1sum | cut -c1-12)"
  mkdir -p "$fallback"
  chmod 755 "$fallback"
  if pg_can_reach "$fallback"; then
    pg_log "Note: the postgres user cannot enter $parent (a folder above it is private), so the cluster lives in $fallback instead."
    printf '%s\n' "$fallback"
    return 0
  fi
  pg_log "Error: the postgres user can reach neither $parent nor $fallback. Give it search permission (chmod o+x) on every folder above the clone, or set ConnectionStrings__Seminar."
  return 1
}

# pg_init HOME: creates HOME/data once, with a random password kept in HOME/password (mode 600).
pg_init() {
  local home=$1
  mkdir -p "$home"
  [ "$(id -u)" -eq 0 ] && chown postgres "$home"
  chmod 700 "$home"
  if [ -f "$home/data/PG_VERSION" ]; then
    return 0
  fi
  if [ ! -s "$home/password" ]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$home/password")
    [ "$(id -u)" -eq 0 ] && chown postgres "$home/password"
  fi
  pg_as_owner "$PG_BIN/initdb" -D "$home/data" -E UTF8 --locale=C.UTF-8 -U postgres \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$home/password" >"$home/initdb.log" 2>&1 || {
    pg_log "initdb failed; see $home/initdb.log"
    return 1
  }
}

# pg_start HOME PORT [SETTING=VALUE...]: starts the cluster on 127.0.0.1:PORT, sockets inside
# HOME, with any further server settings given.
pg_start() {
  local home=$1 port=$2 setting options
  shift 2
  options="-p $port -k $home -c listen_addresses=127.0.0.1"
  for setting in "$@"; do
    options="$options -c $setting"
  done
  pg_as_owner "$PG_BIN/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 \
    -o "$options" start >/dev/null || {
    pg_log "PostgreSQL did not start; the end of $home/server.log says:"
    tail -n 20 "$home/server.log" >&2
    return 1
  }
}

pg_stop() {
  local home=$1
  [ -f "$home/data/postmaster.pid" ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$home/data" -m fast -w stop >/dev/null 2>&1 || true
}

pg_is_running() {
  local home=$1
  pg_as_owner "$PG_BIN/pg_ctl" -D "$home/data" status >/dev/null 2>&1
}

# pg_create_database HOME PORT NAME: creates the database when it does not exist.
pg_create_database() {
  local home=$1 port=$2 name=$3
  if ! pg_as_owner "$PG_BIN/psql" -h "$home" -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$name'" 2>/dev/null | grep -q 1; then
    pg_as_owner "$PG_BIN/createdb" -h "$home" -p "$port" -U postgres -E UTF8 "$name"
  fi
}

# pg_connection_string HOME PORT [DATABASE]: the Npgsql connection string.
pg_connection_string() {
  local home=$1 port=$2 database=${3:-}
  local cs="Host=127.0.0.1;Port=$port;Username=postgres;Password=$(cat "$home/password")"
  [ -n "$database" ] && cs="$cs;Database=$database"
  printf '%s\n' "$cs"
}

# pg_replica_init HOME PRIMARY_PORT PASSWORD_FILE: makes HOME/data a hot standby of the primary
# running on 127.0.0.1:PRIMARY_PORT (its postgres password in PASSWORD_FILE) with pg_basebackup (streaming replication; standby.signal and primary_conninfo written
# by -R), replacing any standby there before: a fresh copy never misses WAL the primary recycled.
# The standby keeps the primary's password, being a copy of it.
pg_replica_init() {
  local home=$1 primary_port=$2 password_file=$3
  pg_stop "$home"
  rm -rf "$home/data"
  mkdir -p "$home"
  [ "$(id -u)" -eq 0 ] && chown postgres "$home"
  chmod 700 "$home"
  cp "$password_file" "$home/password"
  [ "$(id -u)" -eq 0 ] && chown postgres "$home/password"
  pg_as_owner env PGPASSWORD="$(cat "$password_file")" "$PG_BIN/pg_basebackup" \
    -h 127.0.0.1 -p "$primary_port" -U postgres -D "$home/data" -R -X stream -c fast >"$home/basebackup.log" 2>&1 || {
    pg_log "pg_basebackup failed; see $home/basebackup.log"
    return 1
  }
}

# pg_replay_lsn HOME PORT: the WAL position a standby has replayed (pg_last_wal_replay_lsn).
pg_replay_lsn() {
  pg_as_owner "$PG_BIN/psql" -h "$1" -p "$2" -U postgres -d postgres -tAc "SELECT pg_last_wal_replay_lsn()"
}

# Prints a TCP port on 127.0.0.1 that nothing listens on.
pg_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      printf '%s\n' "$port"
      return 0
    fi
  done
  pg_log "No free port found"
  return 1
}
