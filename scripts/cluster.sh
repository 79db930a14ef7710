#!/usr/bin/env bash
# Starts the portal as a small cluster on this machine, every process on its own port:
#   a PostgreSQL 15 primary            127.0.0.1:${SEMINAR_PG_PORT:-55442}
#   a hot standby (pg_basebackup)      127.0.0.1:${SEMINAR_REPLICA_PORT:-55443}
#   portal instances                   127.0.0.1:${SEMINAR_INSTANCE_PORTS:-5081 5082 5083}
#   HAProxy, which readers use         127.0.0.1:${SEMINAR_PORT:-5080}
# Data, search copies and logs live in ${SEMINAR_CLUSTER_DIR:-.cluster/}. Ctrl-C or SIGTERM stops
# everything it started. The layout on several machines is in the README (docs/decisions/ADR-018).
# For the test suite's drill: SEMINAR_PORTAL_BUILD runs an already built portal from that folder
# instead of publishing one, and SEMINAR_CLUSTER_WATCH stops the cluster when that process ends.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=lib/portal.sh
source scripts/lib/portal.sh

port=${SEMINAR_PORT:-5080}
pg_port=${SEMINAR_PG_PORT:-55442}
replica_port=${SEMINAR_REPLICA_PORT:-55443}
read -r -a instance_ports <<<"${SEMINAR_INSTANCE_PORTS:-5081 5082 5083}"
cluster_dir=${SEMINAR_CLUSTER_DIR:-$root/.cluster}
portal_dir=${SEMINAR_PORTAL_BUILD:-$root/.tmp/cluster-portal}
pids=()
homes=()

cleanup() {
  trap - EXIT INT TERM
  local pid home
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  # The standby first: stopped after its primary, it would keep trying to reconnect.
  for home in "${homes[@]}"; do
    pg_stop "$home"
  done
  rm -f "$cluster_dir/state"
  echo "Stopped the cluster." >&2
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_haproxy() {
  command -v haproxy >/dev/null && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "HAProxy is missing; install it as root (apt-get install haproxy)." >&2
    return 1
  fi
  echo "Installing haproxy from Debian..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
}

# wait_ready PORT: until the instance on PORT answers /health/ready (it migrates, then builds or
# resumes its search copy), or it has ended.
wait_ready() {
  local port=$1 pid=$2
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || return 1
    curl -fs -o /dev/null -H "Host: 127.0.0.1:$port" "http://127.0.0.1:$1/health/ready" && return 0
    sleep 0.5
  done
  return 1
}

pg_ensure_installed
ensure_haproxy
dotnet tool restore >/dev/null
mkdir -p "$cluster_dir/logs"
cluster_dir=$(cd "$cluster_dir" && pwd)
rm -f "$cluster_dir/state" "$cluster_dir"/restart-*

# The primary, with WAL kept long enough for a standby that was briefly away to catch up.
primary_home=$(pg_choose_home "$cluster_dir/primary")
replica_home=$(pg_choose_home "$cluster_dir/replica")
pg_init "$primary_home"
pg_start "$primary_home" "$pg_port" wal_keep_size=512MB
homes=("$primary_home")
pg_create_database "$primary_home" "$pg_port" nsfc_seminar
echo "Copying the primary into a hot standby (pg_basebackup)..." >&2
pg_replica_init "$replica_home" "$pg_port" "$primary_home/password"
pg_start "$replica_home" "$replica_port" hot_standby_feedback=on
homes=("$replica_home" "$primary_home")
# Where each server lives, for scripts/cluster-check.sh (a home may be moved to a reachable folder).
printf '%s\n' "$primary_home" >"$cluster_dir/primary-home"
printf '%s\n' "$replica_home" >"$cluster_dir/replica-home"

ConnectionStrings__Seminar=$(pg_connection_string "$primary_home" "$pg_port" nsfc_seminar)
ConnectionStrings__Replica=$(pg_connection_string "$replica_home" "$replica_port" nsfc_seminar)
export ConnectionStrings__Seminar ConnectionStrings__Replica

# Published once; every instance runs from the same folder.
[ -n "${SEMINAR_PORTAL_BUILD:-}" ] || portal_publish "$portal_dir" || exit 1
portal_environment "$portal_dir" "$port"

# start_instance N PORT: one portal with its own search copy and log.
start_instance() {
  local n=$1 instance_port=$2
  mkdir -p "$cluster_dir/search-copy/instance-$n"
  (
    cd "$portal_dir"
    export Seminar__InstanceName="instance-$n"
    export Seminar__SearchCopyFolder="$cluster_dir/search-copy/instance-$n"
    exec dotnet NsfcSeminar.Web.dll --urls "http://127.0.0.1:$instance_port"
  ) >"$cluster_dir/logs/instance-$n.log" 2>&1 &
  pids+=($!)
  echo "$!" >"$cluster_dir/instance-$n.pid"
}

# The first instance migrates the database (and loads the sample archive into an empty one)
# before the others start, so that they never race to do it.
for i in "${!instance_ports[@]}"; do
  start_instance $((i + 1)) "${instance_ports[$i]}"
  if [ "$i" -eq 0 ] && ! wait_ready "${instance_ports[0]}" "${pids[0]}"; then
    echo "The first instance did not become ready; the end of its log says:" >&2
    tail -n 20 "$cluster_dir/logs/instance-1.log" >&2
    exit 1
  fi
done

scripts/lib/haproxy.cfg.sh "$port" "${instance_ports[@]}" >"$cluster_dir/haproxy.cfg"
haproxy -db -f "$cluster_dir/haproxy.cfg" >"$cluster_dir/logs/haproxy.log" 2>&1 &
pids+=($!)
echo "$!" >"$cluster_dir/haproxy.pid"

for i in "${!instance_ports[@]}"; do
  wait_ready "${instance_ports[$i]}" "${pids[$i]}" || echo "instance-$((i + 1)) is not ready; see $cluster_dir/logs/instance-$((i + 1)).log" >&2
done
echo "NsfcSeminar on http://127.0.0.1:$port: ${#instance_ports[@]} instances (ports ${instance_ports[*]}), primary :$pg_port, replica :$replica_port. Logs in $cluster_dir/logs. Ctrl-C stops it." >&2
echo "ready" >"$cluster_dir/state"

# restart_instance N: a rolling upgrade's step. SIGTERM lets the instance finish what it is
# answering (HAProxy has stopped sending it new readers once its health check fails), then the
# same instance starts again on its kept search copy.
restart_instance() {
  local n=$1 index=$(($1 - 1)) pid
  pid=${pids[$index]}
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  start_instance "$n" "${instance_ports[$index]}"
  # start_instance appended the new process; it takes the old one's place in the list.
  pid=${pids[-1]}
  unset 'pids[-1]'
  pids[index]=$pid
  wait_ready "${instance_ports[$index]}" "${pids[$index]}" && echo "instance-$n restarted" >&2
  rm -f "$cluster_dir/restart-$n"
}
haproxy_pid=${pids[-1]}

# Runs until stopped; an instance that ends (killed, crashed) is left down and HAProxy routes
# around it, as it would around a lost machine. Touching "$cluster_dir/restart-N" restarts
# instance N (scripts/cluster-check.sh does it for a rolling restart).
while kill -0 "$haproxy_pid" 2>/dev/null; do
  if [ -n "${SEMINAR_CLUSTER_WATCH:-}" ] && ! kill -0 "$SEMINAR_CLUSTER_WATCH" 2>/dev/null; then
    echo "The process that started the cluster ($SEMINAR_CLUSTER_WATCH) ended; stopping." >&2
    exit 0
  fi
  for request in "$cluster_dir"/restart-*; do
    [ -e "$request" ] && restart_instance "${request##*-}"
  done
  sleep 1 &
  wait $! || true
done
echo "HAProxy ended; see $cluster_dir/logs/haproxy.log" >&2
exit 1
