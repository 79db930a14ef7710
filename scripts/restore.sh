#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh: scripts/restore.sh FILE [--replace].
# Into the database named by ConnectionStrings__Seminar, else the local cluster's. An empty or
# absent database is restored into directly; one that holds tables is replaced only with
# --replace (dropped and created anew, so nothing of the old one lingers).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/postgres.sh
source "$root/scripts/lib/postgres.sh"
# shellcheck source=lib/database.sh
source "$root/scripts/lib/database.sh"

file="" replace=false
for arg in "$@"; do
  case "$arg" in
    --replace) replace=true ;;
    -*) echo "Unknown option $arg. Usage: scripts/restore.sh FILE [--replace]" >&2; exit 2 ;;
    *) file=$arg ;;
  esac
done
if [ -z "$file" ] || [ ! -f "$file" ]; then
  echo "Usage: scripts/restore.sh FILE [--replace] (no backup file '${file}')" >&2
  exit 2
fi

pg_ensure_installed
trap db_cleanup EXIT
db_configure "$root"
target=$PGDATABASE

admin() { "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -q -d postgres "$@"; }
exists=$(admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$target'")
tables=0
if [ "$exists" = 1 ]; then
  tables=$("$PG_BIN/psql" -X -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'" -d "$target")
fi

if [ "$tables" -gt 0 ] && [ "$replace" != true ]; then
  echo "Database $target already holds $tables tables; nothing restored. Add --replace to drop it and restore the backup in its place (stop the portal first)." >&2
  exit 1
fi

if [ "$exists" = 1 ] && [ "$replace" = true ]; then
  admin -c "DROP DATABASE \"$target\" WITH (FORCE)"
  exists=""
fi
if [ "$exists" != 1 ]; then
  admin -c "CREATE DATABASE \"$target\" ENCODING 'UTF8'"
fi

"$PG_BIN/pg_restore" --no-owner --no-privileges --exit-on-error --dbname="$target" "$file"
echo "Restored $file into database $target on $PGHOST:$PGPORT."
