# Shared by the load benchmarks (source it): a work directory removed on exit with every server
# started through these functions, free ports, `sen serve`, a PostgreSQL 15 server on loopback,
# and wrk's figures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SEN=${SEN:-build/sen}
work=$(mktemp -d /tmp/sen-bench-XXXXXX)
chmod 755 "$work"  # a PostgreSQL server runs as another user
bench_pids=()
bench_cleanup_hooks=()
bench_cleanup() {
  for hook in "${bench_cleanup_hooks[@]}"; do $hook || true; done
  for p in "${bench_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ -d $work/pg ]] && scripts/test-postgres stop "$work/pg" >/dev/null 2>&1 || true
  [[ -n ${KEEP:-} ]] && echo "kept $work" || rm -rf "$work"
}
trap bench_cleanup EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# start_sen DB [ARGS…]: serves DB on a free port, sets sen_port, sen_pid and sen_log, waits until
# healthy (up to 10 minutes: a server first brings its search index up to date).
start_sen() {
  local db=$1
  shift
  sen_port=$(free_port)
  sen_log="$work/sen-$sen_port.out"
  "$SEN" serve --db "$db" --listen "127.0.0.1:$sen_port" "$@" >"$sen_log" 2>&1 &
  sen_pid=$!
  bench_pids+=("$sen_pid")
  for _ in $(seq 6000); do
    curl -sf "http://127.0.0.1:$sen_port/api/v1/health" >/dev/null && break
    kill -0 "$sen_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$sen_pid" 2>/dev/null || { cat "$sen_log" >&2; exit 1; }
}

# admin_token DB: prints a new API token of the administrator (the demo's first user).
admin_token() { "$SEN" token create "bench-$RANDOM" --user admin --db "$1" 2>/dev/null; }

# start_postgres: a PostgreSQL 15 server (scripts/test-postgres, fsync off) with an empty
# database; sets pg_url to it.
start_postgres() {
  scripts/test-postgres start "$work/pg" >/dev/null
  local base
  base=$(cat "$work/pg/url")
  psql -q "$base" -c "CREATE DATABASE sen_bench"
  pg_url="${base%/postgres}/sen_bench"
}

# wrk_stats THREADS CONNECTIONS DURATION URL [wrk options…] → "requests/s p50_ms p99_ms"; fails
# when any answer was not a success, so that an error page is never measured as the real thing.
# Call it as `stats=$(wrk_stats …)` so that the failure stops the script.
wrk_stats() {
  local threads=$1 connections=$2 duration=$3
  shift 3
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" | awk '
    function ms(v) { if (v ~ /us$/) {sub(/us/,"",v); return v/1000} if (v ~ /ms$/) {sub(/ms/,"",v); return v} sub(/s/,"",v); return v*1000 }
    /Requests\/sec/ {rps=$2} $1=="50%" {p50=ms($2)} $1=="99%" {p99=ms($2)} /Non-2xx/ {bad=$NF}
    END {if (bad) {print "wrk: " bad " answers were not 2xx" > "/dev/stderr"; exit 1} printf "%.1f %.2f %.2f\n", rps, p50, p99}'
}
