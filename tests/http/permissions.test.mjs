import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { senCli, startSen } from './harness.mjs';

const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');

// Rows of the Markdown table whose header starts with `first`.
function table(first) {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  assert.ok(start >= 0, `table "${first}" in docs/security.md`);
  const header = lines[start].split('|').slice(1, -1).map((c) => c.trim());
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return { header, rows };
}

const roles = table('permission').header.slice(1);
const matrix = new Map(table('permission').rows.map(([p, ...marks]) => [p, new Set(roles.filter((_, i) => marks[i] === '✓'))]));
const documented = table('route').rows.map(([route, permission]) => `${route} ${permission}`);
const served = senCli(['routes']).stdout.trim().split('\n');
// Settings shared by every unit: an account with a scope never holds them, whatever its role.
const shared = ['indicators.write', 'calendar.manage', 'projects.curve'];


test('every route declares a permission, and docs/security.md lists each with the same one', () => {
  assert.deepEqual([...served].sort(), [...documented].sort());
  for (const line of served) assert.ok(matrix.has(line.split(' ')[2]), `permission of ${line} is in the matrix`);
});

// A concrete request for a route pattern.
const samples = {
  '{code}': (p) => (p.includes('indicators') ? 'THU_NS' : p.includes('plans') ? '436-2023' : '436'),
  '{period}': () => '2023', '{id}': () => '1', '{username}': () => 'admin', '{name}': () => 'no-such-token',
};
function concrete(pattern) {
  let path = pattern;
  for (const [param, value] of Object.entries(samples)) path = path.replace(param, value(pattern));
  return `${path}?unit=436&period=2022&indicator=THU_NS&plan=436-2022`;
}

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

test('each role gets exactly the routes of its permissions; without credentials, 401', async () => {
  for (const line of served) {
    const [method, pattern, permission] = line.split(' ');
    const path = concrete(pattern);
    const body = method === 'GET' ? undefined : '{}';
    const anonymous = await sen.anonymous.request(method, path, body);
    if (permission === 'public') assert.notEqual(anonymous.status, 401, `${line} without credentials`);
    else assert.equal(anonymous.status, 401, `${line} without credentials`);
    for (const role of roles) {
      const r = await sen.as(role, shared.includes(permission) ? null : '42').request(method, path, body);
      if (matrix.get(permission).has(role)) {
        assert.ok(![401, 403].includes(r.status), `${role} may ${line}, got ${r.status} ${r.text}`);
      } else {
        assert.equal(r.status, 403, `${role} may not ${line}`);
        assert.equal(r.json.code, 'forbidden');
      }
    }
  }
});

test('/api/v1/me lists exactly the permissions the matrix gives the role; a scope drops shared settings', async () => {
  for (const role of roles) {
    const expected = [...matrix].filter(([p, holders]) => holders.has(role) && !['public', 'signed_in'].includes(p)).map(([p]) => p);
    const everywhere = await sen.as(role, null).request('GET', '/api/v1/me');
    assert.deepEqual([...everywhere.json.permissions].sort(), expected.sort(), role);
    const scoped = await sen.as(role, '42').request('GET', '/api/v1/me');
    assert.deepEqual([...scoped.json.permissions].sort(), expected.filter((p) => !shared.includes(p)).sort(), `${role} with a scope`);
  }
});
