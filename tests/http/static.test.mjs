import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { after, before, test } from 'node:test';

import { initDatabase, serveExisting } from './harness.mjs';

let sen;
const script = 'console.log("Thành Sen");'.repeat(50);
before(async () => {
  const store = initDatabase();
  const web = join(store.dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Sen</title>');
  writeFileSync(join(web, 'assets', 'app-1a2b3c.js'), script);
  writeFileSync(join(web, 'assets', 'app-1a2b3c.js.gz'), gzipSync(script));
  writeFileSync(join(web, 'assets', 'app-1a2b3c.js.br'), brotliCompressSync(script));
  sen = await serveExisting(store, ['--web-root', web]);
});
after(async () => sen.stop());

test('the app page for / and for unknown non-API paths, never cached', async () => {
  for (const path of ['/', '/chi-tieu?unit=436', '/quan-tri/nguoi-dung']) {
    const r = await sen.anonymous.request('GET', path);
    assert.equal(r.status, 200, path);
    assert.match(r.headers.get('content-type'), /text\/html/);
    assert.equal(r.headers.get('cache-control'), 'no-cache');
    assert.match(r.text, /<title>Sen<\/title>/);
  }
});

test('hashed assets are cached for a year and sent precompressed when accepted', async () => {
  const br = await fetch(`${sen.url}/assets/app-1a2b3c.js`, { headers: { 'accept-encoding': 'gzip, br' } });
  assert.equal(br.status, 200);
  assert.equal(br.headers.get('content-encoding'), 'br');
  assert.match(br.headers.get('cache-control'), /max-age=31536000, immutable/);
  assert.equal(await br.text(), script);  // fetch decodes it
  const gz = await fetch(`${sen.url}/assets/app-1a2b3c.js`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  assert.equal(await gz.text(), script);
  assert.equal((await sen.anonymous.request('GET', '/assets/missing-000.js')).status, 404);
});

test('unknown API paths are problem+json 404, never the app page', async () => {
  const r = await sen.request('GET', '/api/v1/no-such-thing');
  assert.equal(r.status, 404);
  assert.equal(r.headers.get('content-type'), 'application/problem+json');
  const outside = await sen.anonymous.request('GET', '/../../etc/passwd');
  assert.doesNotMatch(outside.text, /root:/);
});
