import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { engine, freshDatabase, senCli, serveExisting, sql } from './harness.mjs';

const oneLine = (s) => s.trim().split('\n').length === 1;
// A refusal of Sen's own: the Vietnamese on the first line, the English indented beneath it.
const vietnameseThenEnglish = (s) => /^sen: \S.*\n {5}\S.*$/.test(s.trim());

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

test('--db help names both engines', () => {
  const r = senCli(['init', '--help']);
  assert.match(r.stdout, /--db[^\n]*SQLite file[^\n]*PostgreSQL URL postgresql:\/\//);
});

test('an unknown command says so, at the top and in a command group', () => {
  const top = senCli(['frobnicate']);
  assert.notEqual(top.status, 0);
  assert.ok(oneLine(top.stderr), top.stderr);
  assert.match(top.stderr, /^sen: unknown command 'frobnicate' \(see sen --help\)/);
  const sub = senCli(['import', 'frobs', 'x.csv']);
  assert.notEqual(sub.status, 0);
  assert.match(sub.stderr, /^sen import: unknown command 'frobs' \(see sen import --help\)/);
});

test('a wrong flag is a one-line error and a non-zero exit', () => {
  const r = senCli(['serve', '--no-such-flag']);
  assert.notEqual(r.status, 0);
  assert.ok(oneLine(r.stderr), r.stderr);
  assert.match(r.stderr, /no-such-flag/);
});

test('a database that does not exist or is not a database is a one-line error', {
  skip: engine !== 'sqlite' && 'about SQLite files; an unreachable PostgreSQL URL is the next test',
}, () => {
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
    assert.ok(vietnameseThenEnglish(twice.stderr), twice.stderr);
    assert.match(twice.stderr, /^sen: .*(dữ liệu|cơ sở dữ liệu)/i, 'Vietnamese first');
  } finally {
    store.cleanup();
  }
});

// What `make run` does on every start, on SQLite and on PostgreSQL.
test('init --if-empty loads the demo once, leaves a database with data as it is, one password file per database', async () => {
  const first = freshDatabase();
  const second = freshDatabase();
  const cwd = first.dir;  // PostgreSQL's password files go to var/ under the working directory
  const absolute = (f) => (f.startsWith('/') ? f : join(cwd, f));
  // SQLite: a second database beside the first; PostgreSQL: another database on the server.
  const otherDb = engine === 'sqlite' ? join(first.dir, 'other.db') : second.db;
  try {
    const created = senCli(['init', '--db', first.db, '--demo', '--if-empty'], { cwd });
    assert.equal(created.status, 0, created.stderr);
    const file = created.stdout.match(/written to ([^;]+);/)?.[1];
    assert.ok(file, created.stdout);
    if (engine === 'sqlite') assert.equal(file, join(first.dir, 'sen.admin-password'));
    else assert.match(file, /^var\/postgresql-127\.0\.0\.1-\d+-sen_http_\d+_\d+\.admin-password$/);
    const password = readFileSync(absolute(file), 'utf8').trim();

    const again = senCli(['init', '--db', first.db, '--demo', '--if-empty'], { cwd });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /already exists: left as it is/);
    assert.ok(again.stdout.includes(`first password in ${file}`), again.stdout);
    assert.equal(sql(first.db, "SELECT count(*) FROM units WHERE code = '436'").trim(), '1');

    // Another database, another file: the first password still logs in to the first database.
    const other = senCli(['init', '--db', otherDb, '--if-empty'], { cwd });
    assert.equal(other.status, 0, other.stderr);
    const otherFile = other.stdout.match(/written to ([^;]+);/)?.[1];
    assert.ok(otherFile && otherFile !== file, other.stdout);
    assert.equal(readFileSync(absolute(file), 'utf8').trim(), password);
    const sen = await serveExisting(first, [], { shared: true });
    try {
      assert.equal((await sen.login('admin', password)).response.status, 200);
    } finally {
      await sen.stop();
    }
  } finally {
    first.cleanup();
    second.cleanup();
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
