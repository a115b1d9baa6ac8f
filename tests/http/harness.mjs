// Starts the real `sen` binary on a free port with a fresh database, for black-box tests.
// SEN_BIN names the binary (CTest sets it).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const senBin = process.env.SEN_BIN ?? new URL('../../build/sen', import.meta.url).pathname;

// Runs `sen args…` to completion; returns {status, stdout, stderr}.
export function senCli(args, options = {}) {
  const r = spawnSync(senBin, args, { encoding: 'utf8', timeout: 60_000, ...options });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Which engine the suite runs on: SEN_TEST_DB=sqlite (default) or postgres, the latter with
// SEN_TEST_PG_URL_FILE naming a file that holds the URL of a server's maintenance database.
export const engine = process.env.SEN_TEST_DB === 'postgres' ? 'postgresql' : 'sqlite';
const pgBase = engine === 'postgresql' ? readFileSync(process.env.SEN_TEST_PG_URL_FILE, 'utf8').trim() : null;
let databases = 0;

// Runs SQL on a database with the engine's own client (sqlite3 or psql); returns its output.
export function sql(db, statement) {
  const r = engine === 'sqlite'
    ? spawnSync('sqlite3', [db, statement], { encoding: 'utf8' })
    : spawnSync('psql', ['-qAt', '-v', 'ON_ERROR_STOP=1', db, '-c', statement], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${statement}: ${r.stderr}`);
  return r.stdout;
}

// A fresh, empty database and a temporary directory for files; cleanup() removes both.
export function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'sen-test-'));
  if (engine === 'sqlite') {
    return { dir, db: join(dir, 'sen.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `sen_http_${process.pid}_${++databases}`;
  sql(pgBase, `CREATE DATABASE ${name}`);
  const url = new URL(pgBase);
  url.pathname = `/${name}`;
  return {
    dir,
    db: url.toString(),
    cleanup: () => {
      sql(pgBase, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Creates a database (with the demo data when demo is true), starts `sen serve` on it and
// resolves when it listens. Returns {url, db, process, request, stop}.
export async function startSen({ demo = false, args = [] } = {}) {
  const store = freshDatabase();
  const init = senCli(['init', '--db', store.db, ...(demo ? ['--demo'] : [])]);
  if (init.status !== 0) throw new Error(`sen init failed: ${init.stderr}`);
  return serveExisting(store, args);
}

// Starts `sen serve` on an existing database; stop() stops it and, unless shared is true,
// removes the database.
export async function serveExisting(store, args = [], { shared = false } = {}) {
  const child = spawn(senBin, ['serve', '--db', store.db, '--listen', '127.0.0.1:0', '--access-log', 'off', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`sen serve did not start: ${stderr}`)), 15_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/at (http:\/\/[^\s]+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`sen serve exited with ${code}: ${stderr}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const sen = {
    url,
    db: store.db,
    dir: store.dir,
    process: child,
    exited,
    stderr: () => stderr,
    // Sends a request; body objects are sent as JSON, strings as they are.
    async request(method, path, body, headers = {}) {
      const init = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
        init.headers['content-type'] ??= 'application/json';
      }
      const res = await fetch(url + path, init);
      const text = await res.text();
      let json;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: res.status, headers: res.headers, text, json };
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      if (!shared) store.cleanup();
    },
  };
  return sen;
}
