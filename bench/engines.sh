#!/usr/bin/env bash
# GET /api/v1/scorecard on SQLite and on PostgreSQL 15, same demo data, same run: wrk at 64
# connections for 10 s (DURATION, CONNECTIONS to change). PostgreSQL runs on loopback from
# scripts/test-postgres (fsync off, as in the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
SEN=${SEN:-build/sen}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
work=$(mktemp -d /tmp/sen-engines-XXXXXX)
chmod 755 "$work"  # the PostgreSQL server runs as another user
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  scripts/test-postgres stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

scripts/test-postgres start "$work/pg" >/dev/null
base=$(cat "$work/pg/url")
psql -q "$base" -c "CREATE DATABASE sen_bench"
declare -A dbs=([sqlite]="$work/sen.db" [postgresql]="${base%/postgres}/sen_bench")
path='/api/v1/scorecard?unit=436&period=2022'
echo "| engine | req/s | p50 ms | p99 ms |"
echo "|---|---:|---:|---:|"
for engine in sqlite postgresql; do
  "$SEN" init --db "${dbs[$engine]}" --demo >/dev/null 2>&1
  port=$(free_port)
  "$SEN" serve --db "${dbs[$engine]}" --listen "127.0.0.1:$port" --access-log off >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port$path" | awk -v e="$engine" '
    function ms(v) { if (v ~ /us$/) {sub(/us/,"",v); return v/1000} if (v ~ /ms$/) {sub(/ms/,"",v); return v} sub(/s/,"",v); return v*1000 }
    /Requests\/sec/ {rps=$2} $1=="50%" {p50=ms($2)} $1=="99%" {p99=ms($2)}
    END {printf "| %s | %.0f | %.2f | %.2f |\n", e, rps, p50, p99}'
  kill "${pids[-1]}"
done
