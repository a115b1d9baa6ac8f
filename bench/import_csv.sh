#!/usr/bin/env bash
# CSV import of ROWS values (default 1.000.000) into SQLite with `sen import values`, beside
# `sqlite3 .import` of the same file into a bare table (no checks, no index) as the limit.
# Prints values per second for both and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
SEN=${SEN:-build/sen}
ROWS=${ROWS:-1000000}
work=$(mktemp -d /tmp/sen-import-XXXXXX)
trap 'rm -rf "$work"' EXIT

"$SEN" init --db "$work/sen.db" --demo >/dev/null 2>&1
# Rows spread over the demo's indicators, units and months of 1990–2025, as an office would send them.
node - "$ROWS" >"$work/values.csv" <<'JS'
const rows = Number(process.argv[2]);
const indicators = ['THU_NS', 'GIAI_NGAN_DTC', 'TRONG_CAY', 'KET_NAP_DV', 'DN_HTX_MOI', 'TY_LE_BHYT'];
const units = ['436', '436-BH', '436-TQ', '436-NH', '436-TG', '436-TP', '436-HHT', '436-DN', '42'];
const vintages = ['estimate', 'preliminary', 'official'];
const out = ['indicator,unit,period,vintage,value,source'];
for (let i = 0; i < rows; i++) {
  const year = 2000 + (Math.floor(i / 7) % 25);
  const month = String(1 + (Math.floor(i / 3) % 12)).padStart(2, '0');
  out.push(`${indicators[i % 6]},${units[i % 9]},${year}-${month},${vintages[i % 3]},${((i * 7919) % 100000) / 10},bench`);
  if (out.length >= 10000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
JS
bytes=$(stat -c %s "$work/values.csv")

start=$(date +%s.%N)
"$SEN" import values "$work/values.csv" --db "$work/sen.db" >/dev/null
sen_s=$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN {print a - b}')

sqlite3 "$work/limit.db" "CREATE TABLE v(indicator TEXT, unit TEXT, period TEXT, vintage TEXT, value REAL, source TEXT);"
start=$(date +%s.%N)
sqlite3 "$work/limit.db" ".mode csv" ".import --skip 1 $work/values.csv v"
sqlite_s=$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN {print a - b}')

awk -v n="$ROWS" -v b="$bytes" -v s="$sen_s" -v l="$sqlite_s" 'BEGIN {
  printf "| rows | file | sen import values | sqlite3 .import | ratio |\n|---:|---:|---:|---:|---:|\n"
  printf "| %d | %.1f MB | %.2f s = %.0f values/s | %.2f s = %.0f values/s | %.2f |\n", n, b/1e6, s, n/s, l, n/l, l/s
}'
