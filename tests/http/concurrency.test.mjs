import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';

import { engine, freshDatabase, senBin, senCli, serveExisting, sql } from './harness.mjs';

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(senBin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

test('two servers migrating one brand-new database at once both succeed and apply each migration once', async () => {
  for (let round = 0; round < 8; round++) {
    const store = freshDatabase();
    try {
      if (engine === 'sqlite') writeFileSync(store.db, '');  // an empty file is an empty database
      const [a, b] = await Promise.all([run(['migrate', '--db', store.db]), run(['migrate', '--db', store.db])]);
      assert.equal(a.code, 0, `round ${round}: ${a.stderr}`);
      assert.equal(b.code, 0, `round ${round}: ${b.stderr}`);
      const rows = sql(store.db, 'SELECT version FROM schema_migrations ORDER BY version').trim().split('\n');
      assert.deepEqual(rows, [...new Set(rows)]);
      assert.match(senCli(['version']).stdout, new RegExp(`schema ${rows.at(-1)}\\)`));
    } finally {
      store.cleanup();
    }
  }
});

test('two servers, one database: concurrent edits of one record give one winner and a 409', async () => {
  const store = freshDatabase();
  assert.equal(senCli(['init', '--db', store.db, '--demo']).status, 0);
  const a = await serveExisting(store, [], { shared: true });
  const b = await serveExisting(store, [], { shared: true });
  try {
    for (let round = 0; round < 15; round++) {
      const code = `RACE-${round}`;
      const created = await a.request('POST', '/api/v1/units', {
        code, name: 'Xã Đua', kind: 'commune', parent: '42', valid_from: '2026-01-01',
      });
      assert.equal(created.status, 201);
      const [ra, rb] = await Promise.all([
        a.request('PATCH', `/api/v1/units/${code}`, { version: 1, name: 'Tên từ máy chủ A' }),
        b.request('PATCH', `/api/v1/units/${code}`, { version: 1, name: 'Tên từ máy chủ B' }),
      ]);
      const statuses = [ra.status, rb.status].sort();
      assert.deepEqual(statuses, [200, 409], `round ${round}: ${ra.text} / ${rb.text}`);
      const winner = ra.status === 200 ? 'Tên từ máy chủ A' : 'Tên từ máy chủ B';
      const now = await b.request('GET', `/api/v1/units/${code}`);
      assert.equal(now.json.name, winner, 'the loser did not overwrite the winner');
      assert.equal(now.json.version, 2);
    }
  } finally {
    await a.stop();
    await b.stop();
    store.cleanup();
  }
});

test('audited reads of party members never fail because of writers', async () => {
  const store = freshDatabase();
  assert.equal(senCli(['init', '--db', store.db, '--demo']).status, 0);
  const sen = await serveExisting(store, ['--workers', '8'], { shared: true });
  try {
    const reader = sen.as('inspector', '436', ['oversight.members']);
    let writing = true;
    const writer = async (n) => {
      let i = 0;
      while (writing) {
        const r = await sen.request('POST', '/api/v1/values', { indicator: 'TRONG_CAY', unit: '436', period: '2024', vintage: 'estimate', value: n * 10000 + i++ });
        assert.equal(r.status, 201, r.text);
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    const statuses = [];
    for (let i = 0; i < 60; i++) {
      statuses.push((await reader.request('GET', '/api/v1/party-members?organisation=436-DB-BH-01')).status);
      statuses.push((await reader.request('GET', '/api/v1/party-members/DV-0001')).status);
    }
    writing = false;
    await Promise.all(writers);
    assert.deepEqual([...new Set(statuses)], [200], 'every audited read answered while 4 writers wrote');
    const reads = sql(store.db, "SELECT count(*) FROM audit_log WHERE action IN ('read_members', 'read_member')").trim();
    assert.equal(Number(reads), 120, 'and each reading is in the audit trail');
  } finally {
    await sen.stop();
    store.cleanup();
  }
});
