#!/usr/bin/env bash
# Precision and recall of the report reader on tests/extraction/ (see docs/performance.md).
# Usage: bench/extraction.sh [path to sen]   (default build/sen)
set -euo pipefail
cd "$(dirname "$0")/.."
sen=${1:-build/sen}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'x%.0s' {1..16} >"$dir/pw"
"$sen" init --db "$dir/sen.db" --demo --admin-password-file "$dir/pw" >/dev/null
node --input-type=module -e "
import { evaluate } from './tests/extraction/evaluate.mjs';
const r = evaluate('$sen', '$dir/sen.db');
for (const c of r.results) {
  for (const m of c.missed) console.log('missed', c.file, m.indicator, m.measure, m.value, m.vintage);
  for (const e of c.extra) console.log('extra ', c.file, e.indicator, e.measure, e.value, e.vintage, JSON.stringify(e.quote));
  if (!c.countsOk) console.log('counts', c.file, JSON.stringify(c.out.counts.map((s) => s.met + '/' + s.total)));
}
const pct = (x) => (100 * x).toFixed(1).replace('.', ',') + ' %';
console.log('reports ' + r.results.length + ', expected ' + r.wanted + ', proposed ' + r.proposed + ', right ' + r.truePositives);
console.log('precision ' + pct(r.precision) + ', recall ' + pct(r.recall));
"
