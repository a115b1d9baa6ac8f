// Starts the real `sen` binary on a free port with a fresh database, for black-box tests.
// SEN_BIN names the binary (CTest sets it).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const senBin = process.env.SEN_BIN ?? new URL('../../build/sen', import.meta.url).pathname;

// A report of AddressSanitizer, LeakSanitizer or UBSan in a process's error output (the sanitizer
// build of `make test`): any such report fails the test that started the process.
const sanitizerReport = /ERROR: (Address|Leak)Sanitizer|runtime error:/;
function refuseSanitizerReport(what, stderr) {
  if (sanitizerReport.test(stderr ?? '')) throw new Error(`sanitizer report from ${what}:\n${stderr}`);
}

// Runs `sen args…` to completion; returns {status, stdout, stderr}.
export function senCli(args, options = {}) {
  const r = spawnSync(senBin, args, { encoding: 'utf8', timeout: 120_000, ...options });
  refuseSanitizerReport(`sen ${args.join(' ')}`, r.stderr);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Which engine the suite runs on: SEN_TEST_DB=sqlite (default) or postgres, the latter with
// SEN_TEST_PG_URL_FILE naming a file that holds the URL of a server's maintenance database.
export const engine = process.env.SEN_TEST_DB === 'postgres' ? 'postgresql' : 'sqlite';
const pgBase = engine === 'postgresql' ? readFileSync(process.env.SEN_TEST_PG_URL_FILE, 'utf8').trim() : null;
let databases = 0;

// Runs SQL on a database with the engine's own client (sqlite3 or psql); returns its output.
// An INSERT, UPDATE or DELETE then raises the data generation, as every write made outside
// Sen must (docs/operations.md): a running server would otherwise answer from its cache.
export function sql(db, statement) {
  const run = (text) => {
    const r = engine === 'sqlite'
      ? spawnSync('sqlite3', [db, text], { encoding: 'utf8' })
      : spawnSync('psql', ['-qAt', '-v', 'ON_ERROR_STOP=1', db, '-c', text], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${text}: ${r.stderr}`);
    return r.stdout;
  };
  const out = run(statement);
  if (/^\s*(insert|update|delete)\b/i.test(statement)) run('UPDATE data_generation SET value = value + 1 WHERE id = 1');
  return out;
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

export const adminPassword = 'Mật khẩu quản trị 2026';

// Writes a password file in `dir` and returns its path.
export function passwordFile(dir, password, name = 'password') {
  const file = join(dir, name);
  writeFileSync(file, `${password}\n`);
  return file;
}

// Creates a database with the administrator `admin` (and the demo data when demo is true).
export function initDatabase({ demo = false } = {}) {
  const store = freshDatabase();
  const init = senCli(['init', '--db', store.db, '--admin-password-file', passwordFile(store.dir, adminPassword),
    ...(demo ? ['--demo'] : [])]);
  if (init.status !== 0) throw new Error(`sen init failed: ${init.stderr}`);
  return store;
}

// Creates an API token for a user with the CLI and returns it.
export function createToken(db, user, name = `t-${user}-${Math.random().toString(36).slice(2)}`) {
  const r = senCli(['token', 'create', name, '--user', user, '--db', db]);
  if (r.status !== 0) throw new Error(`sen token create failed: ${r.stderr}`);
  return r.stdout.trim();
}

// Adds a user with the CLI (password `${name} mật khẩu`) and returns its name.
export function addUser(store, name, role, unit, grants = []) {
  const args = ['user', 'add', name, '--role', role, '--password-file', passwordFile(store.dir, `${name} mật khẩu`, `pw-${name}`),
    '--db', store.db, ...(unit ? ['--unit', unit] : []), ...grants.flatMap((g) => ['--grant', g])];
  const r = senCli(args);
  if (r.status !== 0) throw new Error(`sen user add failed: ${r.stderr}`);
  return name;
}

// The day the servers of the tests take for today (sen serve --test-clock), so that statuses
// and deadlines do not depend on when the tests run.
export const testToday = '2026-11-27';

// Creates a database, starts `sen serve` on it and resolves when it listens. Its request()
// acts as the administrator through an API token; see client() and login() for others.
export async function startSen({ demo = false, args = [], today = testToday } = {}) {
  const store = initDatabase({ demo });
  return serveExisting(store, args, { today });
}

// With SEN_TEST_PG_STANDBY_PORT_FILE (the replica suite), every server is two `sen serve`
// processes reading from a streaming standby of the test server (--db-read), and requests
// alternate between them: a write through one must be read back through the other.
const standbyPort = engine === 'postgresql' && process.env.SEN_TEST_PG_STANDBY_PORT_FILE
  ? readFileSync(process.env.SEN_TEST_PG_STANDBY_PORT_FILE, 'utf8').trim() : null;

// The URL of the standby's copy of a database of the test server.
export function standbyUrl(db) {
  const url = new URL(db);
  url.port = standbyPort;
  return url.toString();
}

// Spawns one `sen serve` and resolves with it once it listens.
async function spawnServer(store, args, today) {
  const clock = today ? ['--test-clock', today] : [];
  const replica = standbyPort ? ['--db-read', standbyUrl(store.db)] : [];
  const child = spawn(senBin, ['serve', '--db', store.db, '--listen', '127.0.0.1:0', '--access-log', 'off', ...clock, ...replica, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SEN_ALLOW_TEST_CLOCK: '1' },
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
  return { child, url, exited, stderr: () => stderr };
}

// Starts `sen serve` on an existing database, its clock set to `today` (null: the real day);
// stop() stops it and, unless shared is true, removes the database.
export async function serveExisting(store, args = [], { shared = false, today = testToday } = {}) {
  const servers = [await spawnServer(store, args, today)];
  if (standbyPort) servers.push(await spawnServer(store, args, today));
  const { child, url, exited } = servers[0];
  const stderr = () => servers.map((s) => s.stderr()).join('');
  let turn = 0;

  // Sends a request; body objects are sent as JSON, strings as they are.
  async function send(method, path, body, headers = {}) {
    const init = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
      init.headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(servers[turn++ % servers.length].url + path, init);
    const text = await res.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }
  // A client that sends the given headers with every request (`headers`, for a request made with fetch).
  const client = (fixed = {}) => ({
    headers: fixed,
    request: (method, path, body, headers = {}) => send(method, path, body, { ...fixed, ...headers }),
  });
  const adminToken = createToken(store.db, 'admin');
  const admin = client({ authorization: `Bearer ${adminToken}` });

  const sen = {
    url,
    db: store.db,
    dir: store.dir,
    process: child,
    exited,
    stderr,
    store,
    adminToken,
    // As the administrator.
    request: admin.request,
    // Without credentials.
    anonymous: client(),
    // As the holder of a bearer token.
    withToken: (token) => client({ authorization: `Bearer ${token}` }),
    // As a user of this role and scope, created on first use, through an API token.
    as(role, unit, grants = []) {
      const initials = grants.map((g) => g.split('.').map((w) => w[0]).join('')).join('');
      const name = `${role.replace('_', '-')}-${(unit ?? 'all').toLowerCase()}-${grants.length}${initials}`.slice(0, 40);
      if (!this.users.has(name)) {
        addUser(store, name, role, unit, grants);
        this.users.set(name, client({ authorization: `Bearer ${createToken(store.db, name)}` }));
      }
      return this.users.get(name);
    },
    users: new Map(),
    // Logs in with a password; returns a client that sends the session cookie and the CSRF
    // token, and the login answer.
    async login(username, password) {
      const r = await send('POST', '/api/v1/auth/login', { username, password });
      if (r.status !== 200) return { response: r };
      const cookie = r.headers.get('set-cookie').split(';')[0];
      return { response: r, client: client({ cookie, 'x-csrf-token': r.json.csrf_token }), cookie, csrf: r.json.csrf_token };
    },
    // Stops the server; throws when it reported a sanitizer finding or did not exit cleanly.
    async stop() {
      for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGTERM');
      const ends = await Promise.all(servers.map((s) => s.exited));
      if (!shared) store.cleanup();
      refuseSanitizerReport('sen serve', stderr());
      for (const { code, signal } of ends) {
        if (code !== 0) throw new Error(`sen serve exited with ${code ?? signal}: ${stderr().slice(-2000)}`);
      }
    },
  };
  return sen;
}
