// Repeated reads are answered from the cache until a write moves the data generation: with an
// ETag, 304 to If-None-Match, never with what the caller's scope forbids, and never stale after
// a write through this server, another server on the same database, or the CLI.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, test } from 'node:test';

import { addUser, createToken, senCli, serveExisting, startSen } from './harness.mjs';

let sen;
let other;  // a second server on the same database
before(async () => {
  sen = await startSen({ demo: true });
  other = await serveExisting(sen.store, [], { shared: true });
});
after(async () => {
  await other.stop();
  await sen.stop();
});

const unitsPath = '/api/v1/units?at=2026-11-27';
const unitName = (r, code) => r.json.items.find((u) => u.code === code)?.name;

test('a read carries an ETag; asked again with it, the answer is 304 without a body', async () => {
  const first = await sen.request('GET', unitsPath);
  assert.equal(first.status, 200);
  const tag = first.headers.get('etag');
  assert.match(tag, /^"[0-9a-f]{32}"$/);
  assert.equal(first.headers.get('cache-control'), 'private, no-cache');
  const again = await sen.request('GET', unitsPath);
  assert.equal(again.text, first.text);
  assert.equal(again.headers.get('etag'), tag);
  const unchanged = await sen.request('GET', unitsPath, undefined, { 'if-none-match': tag });
  assert.equal(unchanged.status, 304);
  assert.equal(unchanged.text, '');
  assert.equal(unchanged.headers.get('etag'), tag);
  const stale = await sen.request('GET', unitsPath, undefined, { 'if-none-match': '"0123"' });
  assert.equal(stale.status, 200);
});

test('a write through this server is seen by the next read, and the old tag no longer matches', async () => {
  const before = await sen.request('GET', unitsPath);
  const created = await sen.request('POST', '/api/v1/units', { code: 'CACHE-1', name: 'Xã Bộ Nhớ', kind: 'commune', parent: '42', valid_from: '2026-01-01' });
  assert.equal(created.status, 201);
  const after = await sen.request('GET', unitsPath, undefined, { 'if-none-match': before.headers.get('etag') });
  assert.equal(after.status, 200);
  assert.equal(unitName(after, 'CACHE-1'), 'Xã Bộ Nhớ');
  assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
});

test('a write through another server, or the CLI, is seen at once by this one', async () => {
  assert.equal((await sen.request('GET', unitsPath)).status, 200);  // kept here
  const renamed = await other.request('PATCH', '/api/v1/units/CACHE-1', { version: 1, name: 'Xã Bộ Nhớ Mới' });
  assert.equal(renamed.status, 200);
  assert.equal(unitName(await sen.request('GET', unitsPath), 'CACHE-1'), 'Xã Bộ Nhớ Mới');

  const usersPath = '/api/v1/users';
  const listed = (r) => r.json.items.map((u) => u.username);
  assert.ok(!listed(await sen.request('GET', usersPath)).includes('bo-nho'));
  addUser(sen.store, 'bo-nho', 'viewer', '18073');  // sen user add, another process
  assert.ok(listed(await sen.request('GET', usersPath)).includes('bo-nho'));
});

test('a kept answer is given only while its caller\'s credential stands: revoked, disabled or logged out elsewhere, the next read is refused', async () => {
  addUser(sen.store, 'giu-lai', 'viewer', '42');
  const reads = async (client, expected) => {
    // The first use of a token is recorded (a write); the reads after it are answered from what is kept.
    for (let i = 0; i < 3; i++) {
      const r = await client.request('GET', unitsPath);
      assert.equal(r.status, expected, r.text);
      if (expected === 200) assert.ok(r.json.items.some((u) => u.code === '42'), 'the viewer\'s province is listed');
      else assert.equal(r.json.code, 'unauthenticated', 'nothing of the kept answer, only the refusal');
    }
  };
  const revoked = sen.withToken(createToken(sen.db, 'giu-lai', 'giu-lai-1'));
  await reads(revoked, 200);
  assert.equal(senCli(['token', 'revoke', 'giu-lai-1', '--db', sen.db]).status, 0);
  await reads(revoked, 401);

  const { client: session, cookie, csrf } = await sen.login('giu-lai', 'giu-lai mật khẩu');
  await reads(session, 200);
  assert.equal((await other.anonymous.request('POST', '/api/v1/auth/logout', undefined, { cookie, 'x-csrf-token': csrf })).status, 204);
  await reads(session, 401);

  const disabled = sen.withToken(createToken(sen.db, 'giu-lai', 'giu-lai-2'));
  await reads(disabled, 200);
  assert.equal(senCli(['user', 'disable', 'giu-lai', '--db', sen.db]).status, 0);
  await reads(disabled, 401);
});

test('an answer kept for one caller is never given to a caller with a narrower scope', async () => {
  const path = '/api/v1/tasks?limit=200';
  const all = await sen.request('GET', path);
  assert.equal(all.status, 200);
  const leads = new Set(all.json.items.map((t) => t.lead_unit));
  assert.ok(leads.size > 1, 'the administrator sees tasks of several units');
  const ward = sen.as('officer', '18073');
  const own = await ward.request('GET', path);
  assert.equal(own.status, 200);
  assert.ok(own.json.items.length < all.json.items.length);
  // Even with the administrator's tag in hand, the ward is answered with its own list.
  const tagged = await ward.request('GET', path, undefined, { 'if-none-match': all.headers.get('etag') });
  assert.equal(tagged.status, 200);
  assert.equal(tagged.text, own.text);
});

test('the language asked for is part of what is kept', async () => {
  const vi = await sen.request('GET', '/api/v1/units/NOPE');
  const en = await sen.request('GET', '/api/v1/units/NOPE', undefined, { 'accept-language': 'en' });
  assert.equal(vi.status, 404);
  assert.notEqual(vi.json.detail, en.json.detail);
  const scorecardPath = '/api/v1/scorecard?unit=436&period=2022';
  const a = await sen.request('GET', scorecardPath);
  const b = await sen.request('GET', scorecardPath, undefined, { 'accept-language': 'en' });
  assert.equal(a.status, 200);
  assert.equal(b.status, 200);
});

test('the address a caller used is part of what is kept: Open311 discovery never names another caller\'s host', async () => {
  const discovery = (host) => new Promise((resolve, reject) => {
    const url = new URL(`${sen.url}/open311/v2/discovery.json`);
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
  const planted = await discovery('evil.example');
  assert.equal(planted.status, 200);
  assert.match(planted.body, /evil\.example/);
  const honest = await discovery('sen.hatinh.example');
  assert.equal(honest.status, 200);
  assert.doesNotMatch(honest.body, /evil\.example/);
  assert.match(honest.body, /sen\.hatinh\.example/);
});
