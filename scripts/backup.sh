#!/usr/bin/env bash
# Backs up the portal's whole database (records, accounts, audit log) with pg_dump's custom
# format: scripts/backup.sh [FILE]. Default FILE: backups/nsfc-seminar-YYYYMMDD-HHMMSS.dump.
# Uses ConnectionStrings__Seminar when set, else the local cluster that run.sh keeps in .pgdata/.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/postgres.sh
source "$root/scripts/lib/postgres.sh"
# shellcheck source=lib/database.sh
source "$root/scripts/lib/database.sh"

file=${1:-$root/backups/nsfc-seminar-$(date -u +%Y%m%d-%H%M%S).dump}
mkdir -p "$(dirname "$file")"

pg_ensure_installed
trap db_cleanup EXIT
db_configure "$root"

# Written beside the target and renamed, so a failed dump never leaves a file that looks whole.
"$PG_BIN/pg_dump" --format=custom --no-owner --no-privileges --file="$file.partial" "$PGDATABASE"
mv "$file.partial" "$file"
echo "Backed up database $PGDATABASE on $PGHOST:$PGPORT to $file ($(du -h "$file" | cut -f1))."
