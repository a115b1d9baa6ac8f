#!/usr/bin/env bash
# Load test: `sen serve` with the demo data beside nginx serving files of the same sizes, both on
# loopback, each measured with wrk at 64 connections for 10 s (DURATION, CONNECTIONS to change).
# Prints a Markdown table: requests/s, p99 latency, ratio to nginx; and sen's resident memory.
# ENGINE=postgresql: the demo data in PostgreSQL 15 on loopback (scripts/test-postgres) instead of
# SQLite.
source "$(dirname "$0")/common.sh"
ENGINE=${ENGINE:-sqlite}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
stop_nginx() { nginx -p "$work" -c nginx.conf -s stop 2>/dev/null; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

db="$work/sen.db"
if [[ $ENGINE == postgresql ]]; then
  start_postgres
  db=$pg_url
fi
"$SEN" init --db "$db" --demo >/dev/null 2>&1
token=$(admin_token "$db")
auth="Authorization: Bearer $token"
start_sen "$db" --access-log "$work/access.log" ${SEN_ARGS:-}
idle_rss=$(rss_kb "$sen_pid")

# nginx serves the very bytes sen answers, so both move the same payload.
mkdir -p "$work/www/api/v1" "$work/logs"
nginx_port=$(free_port)
declare -A paths=([health]="/api/v1/health" [units]="/api/v1/units?at=2022-12-31"
                  [scorecard]="/api/v1/scorecard?unit=436&period=2022")
names=(health units scorecard)
for name in "${names[@]}"; do curl -sf -H "$auth" "http://127.0.0.1:$sen_port${paths[$name]}" >"$work/www/$name.json"; done
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
bench_cleanup_hooks+=(stop_nginx)
sleep 0.3

run_wrk() {  # url [wrk options…] → "requests/s p99_ms"
  local stats
  stats=$(wrk_stats "$THREADS" "$CONNECTIONS" "$DURATION" "$@")
  read -r rps _ p99 <<<"$stats"
  printf "%.0f %s\n" "$rps" "$p99"
}

echo "| request | sen req/s | sen p99 ms | nginx req/s | nginx p99 ms | sen / nginx |"
echo "|---|---:|---:|---:|---:|---:|"
for name in "${names[@]}"; do
  # health is public; the others are asked as the administrator, with an API token.
  headers=()
  [[ $name != health ]] && headers=(-H "$auth")
  sen_stats=$(run_wrk "http://127.0.0.1:$sen_port${paths[$name]}" "${headers[@]}")
  nginx_stats=$(run_wrk "http://127.0.0.1:$nginx_port/$name.json")
  read -r s_rps s_p99 <<<"$sen_stats"
  read -r n_rps n_p99 <<<"$nginx_stats"
  bytes=$(stat -c %s "$work/www/$name.json")
  ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN {printf "%.2f", a/b}')
  echo "| GET ${paths[$name]} ($bytes B) | $s_rps | $s_p99 | $n_rps | $n_p99 | $ratio |"
done
echo
echo "sen resident memory: $((idle_rss / 1024)) MiB idle after start with the demo data, $(( $(rss_kb "$sen_pid") / 1024 )) MiB after the load"
