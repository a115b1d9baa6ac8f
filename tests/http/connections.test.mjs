// One client cannot deny the service to others: a cap of connections per client address, idle
// keep-alive connections closed first when the server is full, a short timeout for a header, and
// a shutdown that ends within its grace whatever slow clients do.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';

import { startSen } from './harness.mjs';

// Opens a TCP connection from `localAddress`; resolves when connected, with what it receives.
function open(url, localAddress) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ port: Number(port), host: hostname, localAddress });
    const c = { socket, received: '', closed: false };
    socket.on('data', (d) => (c.received += d));
    socket.on('close', () => (c.closed = true));
    socket.on('error', () => {});
    socket.on('connect', () => resolve(c));
  });
}
const settle = (ms) => new Promise((r) => setTimeout(r, ms));
const ok = async (sen) => (await fetch(`${sen.url}/api/v1/health`, { signal: AbortSignal.timeout(30_000) })).status;

test('1.100 idle connections from one address leave another client answered', async () => {
  const sen = await startSen();
  try {
    const flood = [];
    for (let i = 0; i < 1100; i++) flood.push(open(sen.url, '127.0.0.2'));
    const sockets = await Promise.all(flood);
    await settle(500);
    const refused = sockets.filter((c) => /^HTTP\/1\.1 503/.test(c.received));
    assert.ok(refused.length >= 1100 - 64, `refused ${refused.length}`);
    assert.match(refused[0].received, /too_many_client_connections/);
    const statuses = [];
    for (let i = 0; i < 76; i++) statuses.push(await ok(sen));
    assert.deepEqual([...new Set(statuses)], [200], 'every request of the other client is answered');
    for (const c of sockets) c.socket.destroy();
  } finally {
    await sen.stop();
  }
});

test('a full server closes an idle connection to make room for a new client', async () => {
  const sen = await startSen({ args: ['--max-connections', '20', '--max-connections-per-client', '1000'] });
  try {
    const idle = await Promise.all(Array.from({ length: 20 }, () => open(sen.url, '127.0.0.2')));
    await settle(200);
    assert.equal(idle.filter((c) => c.closed).length, 0);
    assert.equal(await ok(sen), 200);
    await settle(200);
    assert.ok(idle.some((c) => c.closed && c.received === ''), 'an idle one was closed without an answer');
    for (const c of idle) c.socket.destroy();
  } finally {
    await sen.stop();
  }
});

test('a header that trickles in is cut at the header timeout', async () => {
  const sen = await startSen({ args: ['--header-timeout', '1'] });
  try {
    const slow = await open(sen.url, '127.0.0.2');
    slow.socket.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\n');
    for (let i = 0; i < 30 && !slow.closed; i++) await settle(100);
    assert.ok(slow.closed, 'closed');
    assert.equal(slow.received, '', 'nothing is answered on a connection that timed out');
    assert.equal(await ok(sen), 200);
  } finally {
    await sen.stop();
  }
});

test('SIGTERM ends within the grace although 50 clients are slow', async () => {
  const sen = await startSen({ args: ['--shutdown-grace', '2', '--header-timeout', '60', '--read-timeout', '60'] });
  const slow = await Promise.all(Array.from({ length: 50 }, () => open(sen.url, '127.0.0.2')));
  for (const c of slow) c.socket.write('POST /api/v1/units HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"code"');
  await settle(300);
  const started = Date.now();
  sen.process.kill('SIGTERM');
  const { code } = await sen.exited;
  assert.equal(code, 0);
  // Not a timing claim: without the grace the server would wait the 60 s of its timeouts.
  assert.ok(Date.now() - started < 30_000, 'it did not wait for the slow clients');
  for (const c of slow) c.socket.destroy();
  await sen.stop();
});
