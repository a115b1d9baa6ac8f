#!/usr/bin/env bash
# Load test: `sen serve` with the demo data beside nginx serving files of the same sizes, both on
# loopback, each measured with wrk at 64 connections for 10 s (DURATION, CONNECTIONS to change).
# Prints a Markdown table: requests/s, p99 latency, ratio to nginx; and sen's resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
SEN=${SEN:-build/sen}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
work=$(mktemp -d /tmp/sen-bench-XXXXXX)
sen_pid= nginx_started=
cleanup() {
  [[ -n $sen_pid ]] && kill "$sen_pid" 2>/dev/null && wait "$sen_pid" 2>/dev/null || true
  [[ -n $nginx_started ]] && nginx -p "$work" -c nginx.conf -s stop 2>/dev/null || true
  [[ -n ${KEEP:-} ]] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

"$SEN" init --db "$work/sen.db" --demo >/dev/null 2>&1
sen_port=$(free_port)
"$SEN" serve --db "$work/sen.db" --listen "127.0.0.1:$sen_port" --access-log "$work/access.log" ${SEN_ARGS:-} \
  >"$work/sen.out" 2>&1 &
sen_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$sen_port/api/v1/health" >/dev/null && break; sleep 0.1; done
kill -0 "$sen_pid" 2>/dev/null || { cat "$work/sen.out" >&2; exit 1; }
idle_rss=$(rss_kb "$sen_pid")

# nginx serves the very bytes sen answers, so both move the same payload.
mkdir -p "$work/www/api/v1" "$work/logs"
nginx_port=$(free_port)
declare -A paths=([health]="/api/v1/health" [units]="/api/v1/units?at=2022-12-31"
                  [scorecard]="/api/v1/scorecard?unit=436&period=2022")
names=(health units scorecard)
for name in "${names[@]}"; do curl -s "http://127.0.0.1:$sen_port${paths[$name]}" >"$work/www/$name.json"; done
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
  access_log $work/logs/access.log;
  default_type application/json;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
nginx -p "$work" -c nginx.conf
nginx_started=1
sleep 0.3

run_wrk() {  # url → "requests/s p99_ms"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | awk '
    /Requests\/sec/ {rps=$2}
    $1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; p99=v}
    END {printf "%.0f %.2f\n", rps, p99}'
}

echo "| request | sen req/s | sen p99 ms | nginx req/s | nginx p99 ms | sen / nginx |"
echo "|---|---:|---:|---:|---:|---:|"
for name in "${names[@]}"; do
  read -r s_rps s_p99 < <(run_wrk "http://127.0.0.1:$sen_port${paths[$name]}")
  read -r n_rps n_p99 < <(run_wrk "http://127.0.0.1:$nginx_port/$name.json")
  bytes=$(stat -c %s "$work/www/$name.json")
  ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN {printf "%.2f", a/b}')
  echo "| GET ${paths[$name]} ($bytes B) | $s_rps | $s_p99 | $n_rps | $n_p99 | $ratio |"
done
echo
echo "sen resident memory: $((idle_rss / 1024)) MiB idle after start with the demo data, $(( $(rss_kb "$sen_pid") / 1024 )) MiB after the load"
