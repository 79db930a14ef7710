#!/usr/bin/env bash
# cluster-throughput.sh [SECONDS] [CONNECTIONS]: readers' throughput through HAProxy with one,
# two and three portal instances, the page cache on and off (ADR-019). For each of the six
# layouts it starts scripts/cluster.sh with that many instances, puts CONNECTIONS readers (32) on
# the meeting page for SECONDS (20), and prints the load's figures and each instance's memory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

seconds=${1:-20}
connections=${2:-32}
port=${SEMINAR_PORT:-5080}
meeting=/en/meetings/2024-11-16-party-group-strategy-seminar
cluster_pid=""

stop_cluster() {
  if [ -n "$cluster_pid" ] && kill -0 "$cluster_pid" 2>/dev/null; then
    kill -TERM "$cluster_pid" 2>/dev/null || true
    wait "$cluster_pid" 2>/dev/null || true
  fi
  cluster_pid=""
}
trap stop_cluster EXIT

dotnet build benchmarks/NsfcSeminar.Benchmarks -c Release -v q -clp:ErrorsOnly >/dev/null
bench() { dotnet benchmarks/NsfcSeminar.Benchmarks/bin/Release/net10.0/NsfcSeminar.Benchmarks.dll "$@"; }

for cache in true false; do
  for count in 1 2 3; do
    ports=$(seq -s ' ' 5081 $((5080 + count)))
    echo "== $count instance(s), page cache $([ "$cache" = true ] && echo on || echo off)"
    rm -rf "$root/.cluster"
    Seminar__PageCache__Enabled=$cache SEMINAR_INSTANCE_PORTS="$ports" scripts/cluster.sh >"$root/.cluster-throughput.log" 2>&1 &
    cluster_pid=$!
    until [ "$(cat "$root/.cluster/state" 2>/dev/null)" = ready ]; do
      kill -0 "$cluster_pid" 2>/dev/null || { echo "The cluster did not start; see .cluster-throughput.log" >&2; exit 1; }
      sleep 1
    done
    # Warm every instance (and its cache) before measuring.
    bench readers "http://127.0.0.1:$port/" 3 "$connections" "$meeting" >/dev/null
    bench readers "http://127.0.0.1:$port/" "$seconds" "$connections" "$meeting"
    for pid_file in "$root"/.cluster/instance-*.pid; do
      echo "$(basename "$pid_file" .pid): $(($(awk '/VmRSS/ { print $2 }' "/proc/$(cat "$pid_file")/status") / 1024)) MB resident"
    done
    stop_cluster
  done
done
