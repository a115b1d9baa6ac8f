import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';

import { engine, freshDatabase, senCli, sql } from './harness.mjs';

const oneLine = (s) => s.trim().split('\n').length === 1;

test('sen version prints the version and schema', () => {
  const r = senCli(['version']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^sen \d+\.\d+\.\d+ \(schema \d+\)/);
});

test('--help explains each command', () => {
  const r = senCli(['--help']);
  assert.equal(r.status, 0);
  for (const cmd of ['serve', 'init', 'migrate', 'version']) assert.match(r.stdout, new RegExp(cmd));
  const serve = senCli(['serve', '--help']);
  assert.match(serve.stdout, /--listen/);
  assert.match(serve.stdout, /var\/sen\.db/);
});

test('a wrong flag is a one-line error and a non-zero exit', () => {
  const r = senCli(['serve', '--no-such-flag']);
  assert.notEqual(r.status, 0);
  assert.ok(oneLine(r.stderr), r.stderr);
  assert.match(r.stderr, /no-such-flag/);
});

test('a database that does not exist or is not a database is a one-line error', { skip: engine !== 'sqlite' }, () => {
  const store = freshDatabase();
  try {
    const missing = senCli(['serve', '--db', store.db, '--listen', '127.0.0.1:0']);
    assert.notEqual(missing.status, 0);
    assert.ok(oneLine(missing.stderr), missing.stderr);
    assert.match(missing.stderr, /does not exist/);

    writeFileSync(store.db, 'this is not a database, just text '.repeat(200));
    const garbage = senCli(['migrate', '--db', store.db]);
    assert.notEqual(garbage.status, 0);
    assert.ok(oneLine(garbage.stderr), garbage.stderr);
    assert.match(garbage.stderr, /cannot open database/);
  } finally {
    store.cleanup();
  }
});

test('an unreachable PostgreSQL server is a one-line error', () => {
  const r = senCli(['migrate', '--db', 'postgresql://nobody@127.0.0.1:1/none']);
  assert.notEqual(r.status, 0);
  assert.ok(oneLine(r.stderr), r.stderr);
  assert.match(r.stderr, /cannot open database postgresql:/);
});

test('migrate is idempotent; demo data loads only into an empty database', () => {
  const store = freshDatabase();
  try {
    assert.equal(senCli(['init', '--db', store.db, '--demo']).status, 0);
    const again = senCli(['migrate', '--db', store.db]);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /up to date/);
    const twice = senCli(['init', '--db', store.db, '--demo']);
    assert.notEqual(twice.status, 0);
    assert.ok(oneLine(twice.stderr), twice.stderr);
  } finally {
    store.cleanup();
  }
});

test('a migration changed after it was applied is refused with a clear error', () => {
  const store = freshDatabase();
  try {
    assert.equal(senCli(['init', '--db', store.db]).status, 0);
    sql(store.db, "UPDATE schema_migrations SET checksum = 'x' WHERE version = 1");
    const r = senCli(['migrate', '--db', store.db]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /0001_units was changed after it was applied/);
  } finally {
    store.cleanup();
  }
});

test('a listen address without a port is refused', () => {
  const store = freshDatabase();
  try {
    senCli(['init', '--db', store.db]);
    const r = senCli(['serve', '--db', store.db, '--listen', 'localhost']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /HOST:PORT/);
  } finally {
    store.cleanup();
  }
});
