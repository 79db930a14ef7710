#!/usr/bin/env bash
# Measures import and export at scale: scripts/benchmark-interchange.sh [SEMINARS] [SPEECHES_PER_SEMINAR]
# (default 10000 and 20: 200,000 speeches). Generates a synthetic bundle, imports it into an
# empty database of a throwaway PostgreSQL, imports it again (everything left alone), exports
# it, and prints seminars per second and the peak memory (maximum resident set) of each run.
# Not part of scripts/test.sh: it takes minutes and wants a quiet machine.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh

seminars=${1:-10000}
speeches=${2:-20}
work="$root/.tmp/benchmark"
mkdir -p "$work"

pg_ensure_installed
[ -x /usr/bin/time ] || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq time >/dev/null; }

echo "Building (Release)..." >&2
dotnet publish src/NsfcSeminar.Web -c Release -o "$work/portal" -nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet build benchmarks/NsfcSeminar.Benchmarks -c Release -o "$work/generator" -nologo -v quiet -clp:ErrorsOnly >/dev/null

pg_home=$(mktemp -d /var/tmp/nsfc-seminar-benchmark-XXXXXX)
chmod 755 "$pg_home"
cleanup() {
  pg_stop "$pg_home/cluster"
  rm -rf "$pg_home"
}
trap cleanup EXIT
pg_init "$pg_home/cluster"
pg_port=$(pg_free_port)
pg_start "$pg_home/cluster" "$pg_port"
pg_create_database "$pg_home/cluster" "$pg_port" nsfc_benchmark
export ConnectionStrings__Seminar
ConnectionStrings__Seminar=$(pg_connection_string "$pg_home/cluster" "$pg_port" nsfc_benchmark)
export ASPNETCORE_ENVIRONMENT=Production

bundle="$work/bundle.json"
dotnet "$work/generator/NsfcSeminar.Benchmarks.dll" generate "$bundle" "$seminars" "$speeches" >&2
size_mb=$(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$bundle") / 1048576 }")

# run NAME COMMAND...: runs a portal command under /usr/bin/time; prints "seconds cpu_seconds max_rss_mb".
# The seconds are the command's own ("in 12.3 s"), which leave out start-up and migrations.
run() {
  local name=$1; shift
  (cd "$work/portal" && /usr/bin/time -v -o "$work/$name.time" dotnet NsfcSeminar.Web.dll "$@" >"$work/$name.out" 2>"$work/$name.err") || {
    echo "$name failed:" >&2; tail -n 20 "$work/$name.err" >&2; exit 1; }
  local seconds cpu rss
  seconds=$(grep -o 'in [0-9.]* s' "$work/$name.out" | tail -n 1 | awk '{ print $2 }')
  cpu=$(awk -F': ' '/User time|System time/ { total += $2 } END { printf "%.1f", total }' "$work/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/$name.time")
  echo "$seconds $cpu $rss"
}

read -r import_s import_cpu import_mb < <(run import import "$bundle")
read -r again_s again_cpu again_mb < <(run import-again import "$bundle")
read -r export_s export_cpu export_mb < <(run export export "$work/export.json" --include-unpublished)

rate() { awk "BEGIN { printf \"%.0f\", $seminars / $1 }"; }
grep -q "Exported $seminars seminars" "$work/export.out" || echo "warning: the export does not hold $seminars seminars" >&2

echo
echo "Bundle: $seminars seminars, $((seminars * speeches)) speeches, $size_mb MB ($(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
echo
echo "| run | time | seminars/s | CPU time of the portal process | peak memory (max RSS) |"
echo "| --- | ---: | ---: | ---: | ---: |"
echo "| import into an empty database | $import_s s | $(rate "$import_s") | $import_cpu s | $import_mb MB |"
echo "| import again (all left alone) | $again_s s | $(rate "$again_s") | $again_cpu s | $again_mb MB |"
echo "| export --include-unpublished | $export_s s | $(rate "$export_s") | $export_cpu s | $export_mb MB |"
grep -E 'seminars:' "$work/import.out" | sed 's/^ */  import: /'
grep -E 'seminars:' "$work/import-again.out" | sed 's/^ */  again: /'
