import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { engine, senCli, serveExisting, startSen } from './harness.mjs';

test('backup of a live database, restore into a fresh one, same scorecard', {
  skip: engine !== 'sqlite' && 'sen backup and restore are for SQLite; PostgreSQL uses pg_dump',
}, async () => {
  const sen = await startSen({ demo: true });
  try {
    const entered = await sen.request('POST', '/api/v1/values', {
      indicator: 'THU_NS', unit: '436', period: '2023', vintage: 'estimate', value: 1050.5,
    });
    assert.equal(entered.status, 201);
    const backupFile = join(sen.dir, 'backup.db');
    const b = senCli(['backup', '--db', sen.db, '--to', backupFile]);  // while the server runs
    assert.equal(b.status, 0, b.stderr);
    assert.notEqual(senCli(['backup', '--db', sen.db, '--to', backupFile]).status, 0, 'never overwrites');

    assert.match(b.stdout, /audit key is not in the backup/);

    const restoredDb = join(sen.dir, 'restored', 'sen.db');
    const withoutKey = senCli(['restore', '--from', backupFile, '--db', restoredDb]);
    assert.notEqual(withoutKey.status, 0, 'the audit trail cannot be extended without its key');
    assert.match(withoutKey.stderr, /audit key file .* is missing/);
    assert.ok(!existsSync(restoredDb), 'a failed restore leaves no database');
    const r = senCli(['restore', '--from', backupFile, '--db', restoredDb, '--audit-key', join(sen.dir, 'audit.key')]);
    assert.equal(r.status, 0, r.stderr);
    const verified = senCli(['audit', 'verify', '--db', restoredDb]);
    assert.equal(verified.status, 0, verified.stderr);
    assert.notEqual(senCli(['restore', '--from', backupFile, '--db', restoredDb]).status, 0, 'never overwrites');

    const restored = await serveExisting({ dir: sen.dir, db: restoredDb, cleanup() {} });
    try {
      for (const period of ['2022', '2023']) {
        const path = `/api/v1/scorecard?unit=436&period=${period}`;
        assert.deepEqual((await restored.request('GET', path)).json, (await sen.request('GET', path)).json);
      }
    } finally {
      await restored.stop();
    }
  } finally {
    await sen.stop();
  }
});

test('backup and restore point PostgreSQL users to pg_dump', () => {
  const r = senCli(['backup', '--db', 'postgresql://x@127.0.0.1:1/y', '--to', '/tmp/never']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /pg_dump/);
});
