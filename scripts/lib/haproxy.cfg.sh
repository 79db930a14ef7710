#!/usr/bin/env bash
# haproxy.cfg.sh PORT INSTANCE_PORT...: prints the HAProxy configuration scripts/cluster.sh runs
# (docker-compose.yml's haproxy.cfg is the same with container names). Readers are spread round
# robin over the instances /health/ready calls ready; only editing (the pages under /edit and
# /admin and the Blazor circuit under /_blazor) sticks to one instance by a cookie, since a
# circuit lives in one process. /metrics is for the operator and never passes the balancer.
set -euo pipefail
port=$1
shift

servers() {
  local n=1 instance_port
  for instance_port in "$@"; do
    printf '  server instance-%s 127.0.0.1:%s check%s\n' "$n" "$instance_port" "${STICKY:+ cookie instance-$n}"
    n=$((n + 1))
  done
}

cat <<CFG
global
  maxconn 4096

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # A Blazor circuit's WebSocket stays open while an editor works.
  timeout tunnel 1h
  option forwardfor
  # A request an instance dropped without answering (it was killed) is sent to another; a form
  # post is not, since it may have been stored.
  option redispatch
  retries 2
  retry-on conn-failure empty-response response-timeout
  default-server inter 1s fastinter 500ms fall 2 rise 2
  option httpchk
  http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host 127.0.0.1:$port
  http-check expect status 200

frontend readers
  bind 127.0.0.1:$port
  http-request disable-l7-retry if METH_POST
  http-request deny deny_status 404 if { path /metrics } || { path_beg /metrics/ }
  acl editing path_reg ^/((zh|en)/)?(_blazor|edit|admin)(/|\$)
  use_backend editors if editing
  default_backend instances

backend instances
  balance roundrobin
$(servers "$@")

backend editors
  balance roundrobin
  cookie seminar-instance insert indirect nocache httponly
$(STICKY=1 servers "$@")
CFG
