#!/usr/bin/env bash
# GET /api/v1/scorecard on SQLite and on PostgreSQL 15, same demo data, same run: wrk at 64
# connections for 10 s (DURATION, CONNECTIONS to change). PostgreSQL runs on loopback from
# scripts/test-postgres (fsync off, as in the tests). SEN_ARGS adds options to `sen serve`.
source "$(dirname "$0")/common.sh"
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}

start_postgres
declare -A dbs=([sqlite]="$work/sen.db" [postgresql]="$pg_url")
path='/api/v1/scorecard?unit=436&period=2022'
echo "| engine | req/s | p50 ms | p99 ms |"
echo "|---|---:|---:|---:|"
for engine in sqlite postgresql; do
  "$SEN" init --db "${dbs[$engine]}" --demo >/dev/null 2>&1
  token=$(admin_token "${dbs[$engine]}")
  start_sen "${dbs[$engine]}" --access-log off ${SEN_ARGS:-}
  stats=$(wrk_stats 2 "$CONNECTIONS" "$DURATION" "http://127.0.0.1:$sen_port$path" -H "Authorization: Bearer $token")
  read -r rps p50 p99 <<<"$stats"
  printf "| %s | %.0f | %s | %s |\n" "$engine" "$rps" "$p50" "$p99"
  kill "$sen_pid"
done
