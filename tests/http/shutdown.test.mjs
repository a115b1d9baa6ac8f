import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';

import { startSen } from './harness.mjs';

// Opens a raw connection and returns helpers to write and to collect the answer.
function rawConnection(url) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let received = '';
  socket.on('data', (d) => (received += d));
  const closed = new Promise((resolve) => socket.on('close', resolve));
  const ready = new Promise((resolve) => socket.on('connect', resolve));
  return { socket, ready, closed, received: () => received };
}

test('SIGTERM lets an in-flight request finish, closes idle connections, and exits 0', async () => {
  const sen = await startSen({ demo: true });
  const body = JSON.stringify({ code: 'LATE-1', name: 'Xã Đến Muộn', kind: 'commune', parent: '42', valid_from: '2026-01-01' });
  const busy = rawConnection(sen.url);
  const idle = rawConnection(sen.url);
  await Promise.all([busy.ready, idle.ready]);

  // The busy connection has sent its headers and half its body when the signal comes.
  busy.socket.write(
    `POST /api/v1/units HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${sen.adminToken}\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
  const half = Math.floor(body.length / 2);
  busy.socket.write(body.slice(0, half));
  await new Promise((r) => setTimeout(r, 200));
  sen.process.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));
  busy.socket.write(body.slice(half));

  await idle.closed;  // the idle connection is closed without an answer
  assert.equal(idle.received(), '');
  await busy.closed;
  assert.match(busy.received(), /^HTTP\/1\.1 201/);
  assert.match(busy.received(), /Connection: close/i);
  const { code } = await sen.exited;
  assert.equal(code, 0);
  await sen.stop();
});
