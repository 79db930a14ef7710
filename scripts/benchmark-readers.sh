#!/usr/bin/env bash
# benchmark-readers.sh PORTAL_URL [SECONDS] [ROUNDS]: one reader against 16 concurrent readers
# searching the query set of the search benchmark (QuerySet.cs) for SECONDS (60) each, on a quiet
# machine and with another process keeping one core busy, alternating, ROUNDS (1) times; prints
# /proc/loadavg beside every figure. Start the portal first as scripts/benchmark.sh does, with
# the result cache and the page cache off for a measurement of the search itself:
#   Seminar__SearchResultCacheEntries=0 Seminar__PageCache__Enabled=false
# It reads the portal's search stages from /metrics (it answers loopback), so the Lucene query
# alone (copy-query) is printed beside the end-to-end time, and each search's own Lucene query
# from its Server-Timing header, so that the two compare at p50 and p95 and search by search,
# not only as means. See docs/performance.md (issue 14).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
portal=${1:?usage: benchmark-readers.sh PORTAL_URL [SECONDS] [ROUNDS]}
seconds=${2:-60}
rounds=${3:-1}
bench=(dotnet "$root/benchmarks/NsfcSeminar.Benchmarks/bin/Release/net10.0/NsfcSeminar.Benchmarks.dll")
[ -f "${bench[1]}" ] || dotnet build "$root/benchmarks/NsfcSeminar.Benchmarks" -c Release -nologo -v quiet -clp:ErrorsOnly >&2

# The query set as paths, read from QuerySet.cs so that both benchmarks search the same.
mapfile -t paths < <(grep -o '", "[^"]*")' "$root/benchmarks/NsfcSeminar.Benchmarks/QuerySet.cs" | sed -E 's/^", "(.*)"\)$/en\/search?\1/')

busy=
cleanup() { if [ -n "$busy" ]; then kill "$busy" 2>/dev/null || true; fi; }
trap cleanup EXIT

measure() { # CONNECTIONS LABEL
  echo "## $2, $1 reader(s); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  "${bench[@]}" readers "$portal" "$seconds" "$1" "${paths[@]}"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# A warm-up: the JIT and PostgreSQL's buffers.
"${bench[@]}" readers "$portal" 10 2 "${paths[@]}" >/dev/null
for _ in $(seq 1 "$rounds"); do
  measure 1 quiet
  measure 16 quiet
  bash -c 'while :; do :; done' &
  busy=$!
  measure 1 "one core busy"
  measure 16 "one core busy"
  kill "$busy"
  busy=
done
