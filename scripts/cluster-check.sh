#!/usr/bin/env bash
# cluster-check.sh [SECONDS] [CONNECTIONS]: what readers notice when the cluster of
# scripts/cluster.sh (already running, same SEMINAR_* settings) loses parts of itself. Readers are
# a bounded load from the benchmark project through HAProxy; each step prints the load's
# throughput, p50/p95/p99, the failed requests and which instances answered:
#   1. all instances up;
#   2. a change committed by SQL on the primary, and how long until each instance shows it;
#   3. one instance killed (SIGKILL) under load;
#   4. a rolling restart, each instance in turn (SIGTERM, start, ready), under load;
#   5. the standby restarted under load.
# Figures go in docs/performance.md. Exit status 0 unless the cluster is not there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh

seconds=${1:-20}
connections=${2:-8}
port=${SEMINAR_PORT:-5080}
pg_port=${SEMINAR_PG_PORT:-55442}
replica_port=${SEMINAR_REPLICA_PORT:-55443}
read -r -a instance_ports <<<"${SEMINAR_INSTANCE_PORTS:-5081 5082 5083}"
cluster_dir=$(cd "${SEMINAR_CLUSTER_DIR:-$root/.cluster}" && pwd)
[ "$(cat "$cluster_dir/state" 2>/dev/null)" = ready ] || { echo "Start scripts/cluster.sh first." >&2; exit 1; }
primary_home=$(cat "$cluster_dir/primary-home")
replica_home=$(cat "$cluster_dir/replica-home")
meeting=/en/meetings/2024-11-16-party-group-strategy-seminar
paths=("$meeting" /en/meetings /en/themes /zh/meetings/2024-11-16-party-group-strategy-seminar "/en/search?q=reform" /en/people/liu-zhongfan)

dotnet build benchmarks/NsfcSeminar.Benchmarks -c Release -v q -clp:ErrorsOnly >/dev/null
bench() { dotnet benchmarks/NsfcSeminar.Benchmarks/bin/Release/net10.0/NsfcSeminar.Benchmarks.dll "$@"; }
load() { bench readers "http://127.0.0.1:$port/" "$seconds" "$connections" "${paths[@]}"; }
sql() { pg_as_owner "$PG_BIN/psql" -h "$primary_home" -p "$pg_port" -U postgres -d nsfc_seminar -tAc "$1"; }
now_ms() { date +%s%3N; }

wait_ready() {
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/health/ready" && return 0
    sleep 0.5
  done
  return 1
}

echo "== 1. all ${#instance_ports[@]} instances up"
load

echo "== 2. a change committed by SQL on the primary, seen on each instance"
marker="checked $(date +%s)"
original=$(sql "SELECT title FROM meeting_texts t JOIN meetings m ON m.id = t.meeting_id WHERE m.slug = '${meeting##*/}' AND t.language = 'en'")
committed=$(now_ms)
sql "UPDATE meeting_texts t SET title = title || ' ($marker)' FROM meetings m WHERE m.id = t.meeting_id AND m.slug = '${meeting##*/}' AND t.language = 'en'" >/dev/null
for instance_port in "${instance_ports[@]}"; do
  until curl -fs "http://127.0.0.1:$instance_port$meeting" | grep -q "$marker"; do sleep 0.05; done
  echo "instance on :$instance_port shows it after $(($(now_ms) - committed)) ms"
done
sql "UPDATE meeting_texts t SET title = \$\$$original\$\$ FROM meetings m WHERE m.id = t.meeting_id AND m.slug = '${meeting##*/}' AND t.language = 'en'" >/dev/null
curl -fs "http://127.0.0.1:${instance_ports[0]}/health/replica" && echo

echo "== 3. instance-2 killed (SIGKILL) after a quarter of the load"
( sleep $((seconds / 4)); kill -KILL "$(cat "$cluster_dir/instance-2.pid")" ) &
load
wait

echo "== 4. rolling restart, one instance after another, under load"
touch "$cluster_dir/restart-2"   # the killed one comes back first
wait_ready "${instance_ports[1]}"
( for n in $(seq 1 ${#instance_ports[@]}); do
    touch "$cluster_dir/restart-$n"
    while [ -e "$cluster_dir/restart-$n" ]; do sleep 0.2; done
  done ) &
restarts=$!
rolling_seconds=$seconds
while kill -0 "$restarts" 2>/dev/null; do
  bench readers "http://127.0.0.1:$port/" "$rolling_seconds" "$connections" "${paths[@]}"
done
wait "$restarts"

echo "== 5. the standby restarted under load"
( sleep $((seconds / 4)); pg_stop "$replica_home"; sleep 2; pg_start "$replica_home" "$replica_port" hot_standby_feedback=on ) &
load
wait
curl -fs "http://127.0.0.1:${instance_ports[0]}/health/replica" && echo
