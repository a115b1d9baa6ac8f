import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { engine, startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen()));
after(async () => sen.stop());

test('health answers with the version and the database engine', async () => {
  const r = await sen.request('GET', '/api/v1/health');
  assert.equal(r.status, 200);
  assert.equal(r.json.status, 'ok');
  assert.match(r.json.version, /^\d+\.\d+\.\d+$/);
  assert.equal(r.json.database, engine);
  assert.ok(r.headers.get('x-request-id'));
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
});

test('HEAD gets the headers without a body', async () => {
  const r = await sen.request('HEAD', '/api/v1/health');
  assert.equal(r.status, 200);
  assert.equal(r.text, '');
});
