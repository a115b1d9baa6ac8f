import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

async function unitCount() {
  const r = await sen.request('GET', '/api/v1/units?at=2026-06-01');
  return r.json.items.length;
}

function assertProblem(r, status) {
  assert.equal(r.status, status);
  assert.equal(r.headers.get('content-type'), 'application/problem+json');
  assert.equal(r.json.status, status);
  assert.ok(r.json.title);
  assert.ok(r.json.detail);
  assert.equal(r.json.request_id, r.headers.get('x-request-id'));
}

test('malformed JSON is 400 naming the body, and nothing is written', async () => {
  const before = await unitCount();
  const r = await sen.request('POST', '/api/v1/units', '{"code": "X1", "name": ');
  assertProblem(r, 400);
  assert.equal(r.json.field, 'body');
  assert.equal(await unitCount(), before);
});

test('a field of the wrong type is 400 naming the field, and nothing is written', async () => {
  const before = await unitCount();
  const r = await sen.request('POST', '/api/v1/units', {
    code: 'X1', name: 'Xã X', kind: 'commune', parent: '42', valid_from: 20260101,
  });
  assertProblem(r, 400);
  assert.equal(r.json.field, 'valid_from');
  const wrongCode = await sen.request('POST', '/api/v1/units', { code: 7, name: 'X', kind: 'ward', valid_from: '2026-01-01' });
  assert.equal(wrongCode.json.field, 'code');
  assert.equal(await unitCount(), before);
});

test('a misspelt field is refused rather than ignored', async () => {
  const r = await sen.request('POST', '/api/v1/units', { code: 'X2', nmae: 'typo', kind: 'ward', valid_from: '2026-01-01' });
  assertProblem(r, 400);
  assert.equal(r.json.field, 'nmae');
});

test('an unknown kind lists the known ones', async () => {
  const r = await sen.request('POST', '/api/v1/units', { code: 'X3', name: 'X', kind: 'village', valid_from: '2026-01-01' });
  assertProblem(r, 400);
  assert.equal(r.json.field, 'kind');
  assert.match(r.json.detail, /commune/);
});

test('the detail is Vietnamese by default and English on request', async () => {
  const vi = await sen.request('GET', '/api/v1/units/NOPE');
  assert.match(vi.json.detail, /Không tìm thấy/);
  const en = await sen.request('GET', '/api/v1/units/NOPE', undefined, { 'accept-language': 'en-US' });
  assert.match(en.json.detail, /No unit/);
});

test('an unknown route is 404 problem+json; a wrong method is 405', async () => {
  assertProblem(await sen.request('GET', '/api/v1/nothing-here'), 404);
  assertProblem(await sen.request('DELETE', '/api/v1/units'), 405);
});

test('a body over the 8 MiB limit is 413, and nothing is written', async () => {
  const before = await unitCount();
  const big = JSON.stringify({ code: 'BIG', name: 'x'.repeat(9 * 1024 * 1024), kind: 'ward', valid_from: '2026-01-01' });
  const r = await sen.request('POST', '/api/v1/units', big);
  assertProblem(r, 413);
  assert.equal(await unitCount(), before);
});

test('an over-long name is refused, not truncated', async () => {
  const r = await sen.request('POST', '/api/v1/units', { code: 'X4', name: 'ấ'.repeat(501), kind: 'ward', valid_from: '2026-01-01' });
  assertProblem(r, 400);
  assert.equal(r.json.field, 'name');
});
