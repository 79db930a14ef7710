#!/usr/bin/env bash
# Measures import at scale beside the benchmark's raw COPY loader:
#   scripts/benchmark-interchange.sh [SEMINARS] [SPEECHES_PER_SEMINAR] [ROUNDS] [PEOPLE]
# (default 10000, 20 — 200,000 speeches —, 3 rounds and 300000 people). Generates a synthetic
# bundle, then in each round, on a throwaway PostgreSQL, loads an archive of the same size with
# the raw COPY loader (benchmarks/NsfcSeminar.Benchmarks `load`: no checks, no revisions,
# search triggers off) into one empty database and imports the bundle into another with the
# portal's own `import` command, and prints the median of each. Then imports a bundle of PEOPLE
# people into an empty database, and exports the imported archive. Peak memory is the maximum
# resident set (/usr/bin/time -v). See docs/performance.md. Not part of scripts/test.sh.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh

seminars=${1:-10000}
speeches=${2:-20}
rounds=${3:-3}
people=${4:-300000}
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
export ASPNETCORE_ENVIRONMENT=Production
# database NAME: an empty database of that name; its connection string is in $ConnectionStrings__Seminar.
export ConnectionStrings__Seminar
database() {
  pg_create_database "$pg_home/cluster" "$pg_port" "$1"
  ConnectionStrings__Seminar=$(pg_connection_string "$pg_home/cluster" "$pg_port" "$1")
}

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

rate() { awk "BEGIN { printf \"%.0f\", $seminars / $1 }"; }
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
loads=() copies=() builds=() imports=() import_mbs=()
for round in $(seq 1 "$rounds"); do
  database "raw_$round"
  dotnet "$work/generator/NsfcSeminar.Benchmarks.dll" load "$ConnectionStrings__Seminar" "$seminars" "$speeches" >"$work/load-$round.out"
  copies+=("$(grep -o 'speeches in [0-9.,]* s' "$work/load-$round.out" | awk '{ gsub(",", "", $3); print $3 }')")
  builds+=("$(grep -o 'index in [0-9.,]* s' "$work/load-$round.out" | awk '{ gsub(",", "", $3); print $3 }')")
  database "import_$round"
  read -r import_s _ import_mb < <(run "import-$round" import "$bundle")
  imports+=("$import_s"); import_mbs+=("$import_mb")
  echo "round $round: raw COPY ${copies[-1]} s (+ search index ${builds[-1]} s), import $import_s s ($import_mb MB)" >&2
done
copy_s=$(printf '%s\n' "${copies[@]}" | median)
build_s=$(printf '%s\n' "${builds[@]}" | median)
import_s=$(printf '%s\n' "${imports[@]}" | median)
import_mb=$(printf '%s\n' "${import_mbs[@]}" | median)
read -r export_s export_cpu export_mb < <(run export export "$work/export.json" --include-unpublished)

# A bundle of people alone, names of letters only (names that differ in digits alone are one
# name to the near-duplicate check).
people_bundle="$work/people.json"
awk -v n="$people" 'function letters(i,  s) { s = ""; for (i = i + 1; i > 0; i = int((i - 1) / 26)) s = sprintf("%c", 97 + (i - 1) % 26) s; return s }
  BEGIN { printf "{\"format\": 2, \"people\": [\n"; for (i = 0; i < n; i++) printf "%s{\"slug\": \"person-%d\", \"name\": {\"en\": \"Person %s\"}}\n", (i ? "," : ""), i, letters(i); print "]}" }' >"$people_bundle"
people_mb=$(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$people_bundle") / 1048576 }")
database people
read -r people_s people_cpu people_rss < <(run people import "$people_bundle")

ratio=$(awk "BEGIN { printf \"%.2f\", $import_s / $copy_s }")
grep -q "Exported $seminars seminars" "$work/export.out" || echo "warning: the export does not hold $seminars seminars" >&2

echo
echo "Bundle: $seminars seminars, $((seminars * speeches)) speeches, $size_mb MB; $rounds rounds ($(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
echo
echo "| run (median of $rounds) | time | seminars/s | peak memory (max RSS) |"
echo "| --- | ---: | ---: | ---: |"
echo "| raw COPY loader: COPY | $copy_s s | $(rate "$copy_s") | |"
echo "| raw COPY loader: then its search index (search_rebuild) | $build_s s | | |"
echo "| import into an empty database (checks, revisions, search documents, one transaction) | $import_s s | $(rate "$import_s") | $import_mb MB |"
echo "| import ÷ raw COPY | $ratio | | |"
echo "| export --include-unpublished (once) | $export_s s | $(rate "$export_s") | $export_mb MB |"
echo "| import of $people people ($people_mb MB) into an empty database (once) | $people_s s | | $people_rss MB |"
grep -E 'seminars:' "$work/import-1.out" | sed 's/^ */  import: /'
grep -E 'people:' "$work/people.out" | sed 's/^ */  people: /'
