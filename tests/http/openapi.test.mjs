import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { senCli } from './harness.mjs';

// "METHOD /path" for every operation of docs/openapi.yaml (paths at 2 spaces, methods at 4).
function specRoutes() {
  const yaml = readFileSync(new URL('../../docs/openapi.yaml', import.meta.url), 'utf8');
  const routes = [];
  let path = null;
  for (const line of yaml.split('\n')) {
    const p = line.match(/^  (\/[^:]*):\s*$/);
    if (p) path = p[1];
    else if (/^\S/.test(line)) path = null;
    const m = line.match(/^    (get|post|put|patch|delete):/);
    if (path && m) routes.push(`${m[1].toUpperCase()} ${path}`);
  }
  return routes.sort();
}

test('the router and docs/openapi.yaml list the same routes', () => {
  const r = senCli(['routes']);
  assert.equal(r.status, 0);
  const served = r.stdout.trim().split('\n').map((line) => line.split(' ').slice(0, 2).join(' ')).sort();
  assert.ok(served.length > 0);
  assert.deepEqual(served, specRoutes());
});
