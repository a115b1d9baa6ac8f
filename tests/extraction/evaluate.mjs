// Precision and recall of `sen extract` on the corpus of tests/extraction/: each report read
// with its unit and period against the demo catalogue, its figures compared with expected.csv
// (indicator, measure, value and, for values, vintage). Used by tests/http/extraction.test.mjs
// and bench/extraction.sh.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);

// Rows of a small CSV without quoted commas; lines starting with # are comments.
function table(name) {
  const lines = readFileSync(new URL(name, dir), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split(',');
  return lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, k) => [header[k], v])));
}

export const cases = table('cases.csv');
export const expected = table('expected.csv');
export const corpusPath = (file) => new URL(file, dir).pathname;

const same = (a, b) => a.indicator === b.indicator && a.measure === b.measure &&
  Math.abs(Number(a.value) - Number(b.value)) <= 1e-6 * Math.max(1, Math.abs(Number(b.value))) &&
  (a.measure !== 'value' || a.vintage === b.vintage);

// Runs the extractor on every case with `senBin` and a demo database; returns per-case
// findings and the totals.
export function evaluate(senBin, db) {
  const results = [];
  let truePositives = 0, proposed = 0, wanted = 0;
  for (const c of cases) {
    const r = spawnSync(senBin, ['extract', corpusPath(c.file), '--unit', c.unit, '--period', c.period,
      '--vintage', c.vintage, '--json', '--db', db], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`sen extract ${c.file}: ${r.stderr}`);
    const out = JSON.parse(r.stdout);
    const want = expected.filter((e) => e.file === c.file);
    const got = out.items;
    const found = got.filter((g) => want.some((w) => same(g, w)));
    const missed = want.filter((w) => !got.some((g) => same(g, w)));
    const extra = got.filter((g) => !want.some((w) => same(g, w)));
    truePositives += found.length;
    proposed += got.length;
    wanted += want.length;
    const counts = out.counts.map((s) => `${s.met}/${s.total}`).join(' ');
    results.push({ file: c.file, text: readFileSync(corpusPath(c.file), 'utf8'), out, missed, extra,
      countsOk: counts === (c.summary ?? '') });
  }
  return { results, precision: truePositives / proposed, recall: truePositives / wanted, truePositives, proposed, wanted };
}
