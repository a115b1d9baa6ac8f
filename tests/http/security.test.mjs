// The findings of the authorization review, each refused: an administrator stays inside its
// scope, a denunciation never reaches the unit it concerns through any route, the clock is the
// server's, logins are throttled per account and client behind a trusted proxy, tokens expire and
// die with their user's password, and the audit trail is keyed and anchored.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';

import { adminPassword, createToken, senBin, senCli, serveExisting, sql, startSen, testToday } from './harness.mjs';

const X = '18073';
const Y = '18100';
const ROLES = ['admin', 'leader', 'officer', 'inspector', 'petition_officer', 'viewer'];
const GRANTS = ['petitions.identity', 'oversight.members'];

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

describe('an administrator scoped to a ward', () => {
  const ward = () => sen.as('admin', X);

  test('cannot mint a token of another user, only its own or a service account it manages', async () => {
    const stolen = await ward().request('POST', '/api/v1/tokens', { name: 'x', username: 'admin' });
    assert.equal(stolen.status, 403, stolen.text);
    assert.equal(stolen.json.code, 'token.not_service');
    const service = await ward().request('POST', '/api/v1/users', { username: 'kiosk-thanh-sen', role: 'petition_officer', unit: X, service: true });
    assert.equal(service.status, 201, service.text);
    const own = await ward().request('POST', '/api/v1/tokens', { name: 'kiosk-1', username: 'kiosk-thanh-sen' });
    assert.equal(own.status, 201, own.text);
    const kiosk = sen.withToken(own.json.token);
    assert.equal((await kiosk.request('GET', '/api/v1/me')).json.username, 'kiosk-thanh-sen');
    const login = await sen.anonymous.request('POST', '/api/v1/auth/login', { username: 'kiosk-thanh-sen', password: 'anything at all' });
    assert.equal(login.status, 401, 'a service account never logs in');
  });

  test('cannot create or become an administrator beyond its scope or with grants it lacks', async () => {
    const unscoped = await ward().request('POST', '/api/v1/users',
      { username: 'ke-mao-danh', password: 'mật khẩu đủ dài', role: 'admin', grants: GRANTS });
    assert.equal(unscoped.status, 403, unscoped.text);
    const grants = await ward().request('POST', '/api/v1/users',
      { username: 'ke-mao-danh', password: 'mật khẩu đủ dài', role: 'viewer', unit: X, grants: ['petitions.identity'] });
    assert.equal(grants.status, 403);
    assert.equal(grants.json.field, 'grants');
    const me = (await ward().request('GET', '/api/v1/me')).json;
    for (const change of [{ unit: null }, { unit: '42' }, { grants: GRANTS }]) {
      const r = await ward().request('PATCH', `/api/v1/users/${me.username}`, { version: me.version, ...change });
      assert.equal(r.status, 403, `${JSON.stringify(change)}: ${r.text}`);
    }
    const superuser = await ward().request('PATCH', '/api/v1/users/admin', { version: 1, password: 'mật khẩu mới của kẻ gian' });
    assert.equal(superuser.status, 403);
    assert.ok(!(await ward().request('GET', '/api/v1/users')).json.items.some((u) => u.username === 'admin'));
  });

  test('changes units only within its scope, and shared settings not at all', async () => {
    const outside = await ward().request('PATCH', `/api/v1/units/${Y}`, { version: 1, name: 'Phường bị sửa' });
    assert.equal(outside.status, 403);
    const under = await ward().request('POST', '/api/v1/units', { code: 'UNDER-Y', name: 'Tổ thử', kind: 'agency', parent: Y, valid_from: '2026-01-01' });
    assert.equal(under.status, 403);
    const root = await ward().request('POST', '/api/v1/units', { code: 'ROOT-X', name: 'Gốc', kind: 'province', valid_from: '2026-01-01' });
    assert.equal(root.status, 403);
    const decision = await ward().request('POST', '/api/v1/calendar/decisions', { from: '2026-12-30', to: '2026-12-31', kind: 'days_off', name: 'Nghỉ tự đặt', source: 'x' });
    assert.equal(decision.status, 403);
    assert.equal((await sen.request('GET', `/api/v1/units/${Y}`)).json.name, 'Phường Trần Phú');
  });

  test('grants, scope changes and tokens are audited under the real actor', async () => {
    const made = await ward().request('POST', '/api/v1/users', { username: 'can-bo-moi', password: 'mật khẩu đủ dài', role: 'viewer', unit: X });
    assert.equal(made.status, 201);
    const log = (await sen.request('GET', '/api/v1/audit?entity=user&key=can-bo-moi')).json.items;
    assert.equal(log[0].user, 'admin-18073-0');
    const tokens = (await sen.request('GET', '/api/v1/audit?entity=token&key=kiosk-1')).json.items;
    assert.equal(tokens[0].user, 'admin-18073-0');
  });
});

describe('a denunciation against ward X', () => {
  const secret = {
    name: 'Bà Lê Thị Bí Mật', phone: '0977 123 456', content: 'Tố cáo cán bộ địa chính phường Thành Sen nhận tiền khi cấp phép xây dựng nhà số 12',
  };
  const marks = [];  // what must never reach the ward's staff
  let repeated;      // a complaint to ward Y from a petitioner who also writes to X
  before(async () => {
    const denounce = (handling_unit) => sen.request('POST', '/api/v1/petitions', {
      channel: 'direct', received_on: '2026-11-20', types: ['to_cao'], field: 'can_bo', content: secret.content,
      concerned_unit: X, concerned_person: 'Cán bộ địa chính', handling_unit, petitioners: [{ name: secret.name, phone: secret.phone }],
    });
    for (const unit of ['42', X]) {
      const r = await denounce(unit);
      assert.equal(r.status, 201, r.text);
      marks.push(r.json.tracking_code);
      // The scan of the letter: its name and its text name the denouncer (attached with the grant).
      const scan = await sen.as('petition_officer', null, ['petitions.identity']).request('POST', `/api/v1/petitions/${r.json.id}/files`,
        `--B\r\nContent-Disposition: form-data; name="file"; filename="${secret.name}.txt"\r\n\r\n`
        + `${secret.content}\nNgười tố cáo: ${secret.name}, ${secret.phone}\r\n--B--\r\n`,
        { 'content-type': 'multipart/form-data; boundary=B' });
      assert.equal(scan.status, 201, scan.text);
    }
    repeated = await sen.request('POST', '/api/v1/petitions', {
      channel: 'post', received_on: '2026-11-02', types: ['khieu_nai'], field: 'dat_dai', content: 'Kiến nghị cấp giấy chứng nhận quyền sử dụng đất thửa 45',
      handling_unit: Y, petitioners: [{ name: 'Ông Trần Văn Lặp', phone: '0912000111' }],
    });
    marks.push(repeated.json.tracking_code);
  });
  const leaked = (text) => [...marks, secret.name, secret.phone, '0977123456', secret.content].find((m) => text.includes(m));

  test('reaches no role of the ward on any route, lists and embedded lists included', async () => {
    const served = senCli(['routes']).stdout.trim().split('\n').map((l) => l.split(' '));
    const petitionIds = sql(sen.db, 'SELECT id FROM petitions').trim().split('\n');
    const fileIds = sql(sen.db, 'SELECT id FROM files').trim().split('\n');
    const fill = (pattern) => {
      if (pattern.startsWith('/api/v1/petitions/{id}')) return petitionIds.map((id) => pattern.replace('{id}', id));
      if (pattern.startsWith('/api/v1/files/{id}')) return fileIds.map((id) => pattern.replace('{id}', id));
      if (pattern.startsWith('/open311/v2/requests/{file}')) return marks.map((code) => pattern.replace('{file}', `${code}.json`));
      return [pattern.replace('{id}', '1').replace('{code}', X).replace('{period}', '2026').replace('{username}', 'admin')];
    };
    const query = `?unit=${X}&period=2026&year=2026&indicator=TRONG_CAY&regime=socio_economic&from=2024&to=2026&q=Bi Mat`;
    for (const role of ROLES) {
      const who = sen.as(role, X, GRANTS);
      for (const [method, pattern] of served) {
        if (method !== 'GET') continue;
        for (const path of fill(pattern)) {
          const r = await who.request('GET', path + query);
          // An error may name what the request itself named.
          const answer = marks.reduce((text, m) => (path.includes(m) ? text.replaceAll(m, '') : text), r.text);
          assert.equal(leaked(answer), undefined, `${role}@${X} GET ${path}: ${r.text.slice(0, 300)}`);
        }
      }
      // Writes that answer with records.
      const writes = [
        ['/api/v1/petitions/duplicate-check', { content: secret.content, petitioners: [{ name: secret.name }] }],
        ['/api/v1/petitions/duplicate-check', { content: 'Kiến nghị cấp giấy chứng nhận quyền sử dụng đất thửa 45', petitioners: [{ name: 'Ông Trần Văn Lặp' }] }],
        ['/api/v1/petitions', {
          channel: 'direct', received_on: testToday, types: ['kien_nghi'], field: 'dat_dai', content: 'Kiến nghị cấp giấy chứng nhận quyền sử dụng đất thửa 45',
          handling_unit: X, petitioners: [{ name: 'Ông Trần Văn Lặp', phone: '0912000111' }],
        }],
        ['/api/v1/petitions', {
          channel: 'direct', received_on: testToday, types: ['phan_anh'], field: 'can_bo', content: secret.content.replace('số 12', 'số 14'), handling_unit: X,
          petitioners: [{ name: 'Người khác' }],
        }],
        ['/api/v1/notices/generate?within=30', undefined],
      ];
      for (const [path, body] of writes) {
        const r = await who.request('POST', path, body);
        assert.equal(leaked(r.text), undefined, `${role}@${X} POST ${path}: ${r.text.slice(0, 300)}`);
      }
    }
  });

  test('search finds neither the letters, nor their scans, nor the denouncer, for any role of the ward', async () => {
    const queries = [...marks, secret.name, 'Le Thi Bi Mat', secret.phone, 'to cao can bo dia chinh', 'nhan tien cap phep xay dung',
      'Thành Sen', 'kien nghi cap giay chung nhan thua 45', `${secret.name}.txt`];
    for (const role of ROLES) {
      const who = sen.as(role, X, GRANTS);
      for (const q of queries) {
        const r = await who.request('GET', `/api/v1/search?q=${encodeURIComponent(q)}&limit=100`);
        assert.equal(r.status, 200, r.text);
        const answer = r.text.replaceAll(q, '');
        assert.equal(leaked(answer), undefined, `${role}@${X} searching "${q}": ${r.text.slice(0, 300)}`);
      }
    }
    const everywhere = sen.as('petition_officer', null, GRANTS);
    const found = await everywhere.request('GET', `/api/v1/search?q=${encodeURIComponent('to cao can bo dia chinh')}&limit=100`);
    assert.ok(found.json.items.some((h) => h.kind === 'petition' && marks.includes(h.title)), 'the province finds the letter');
    assert.ok(found.json.items.some((h) => h.kind === 'file'), 'and, with the identity grant, its scan');
    const withoutGrant = await sen.as('petition_officer', null).request('GET', `/api/v1/search?q=${encodeURIComponent('to cao can bo dia chinh')}&limit=100`);
    assert.ok(withoutGrant.json.items.some((h) => h.kind === 'petition' && marks.includes(h.title)));
    assert.ok(!withoutGrant.text.includes(secret.name), 'a scan names the denouncer: without the grant it is not found');
  });

  test("a denunciation's scan is as secret as its denouncer: the identity grant is needed to list or read it", async () => {
    const id = sql(sen.db, `SELECT id FROM petitions WHERE tracking_code = '${marks[0]}'`).trim();
    const file = sql(sen.db, `SELECT id FROM files WHERE record_kind = 'petition' AND record_key = '${id}'`).trim();
    const reception = sen.as('petition_officer', null);
    assert.equal((await reception.request('GET', `/api/v1/petitions/${id}`)).status, 200);
    for (const path of [`/api/v1/petitions/${id}/files`, `/api/v1/files/${file}`, `/api/v1/files/${file}/text`]) {
      const r = await reception.request('GET', path);
      assert.equal(r.status, 403, `${path}: ${r.text}`);
      assert.equal(leaked(r.text), undefined);
      assert.equal((await sen.as('petition_officer', null, ['petitions.identity']).request('GET', path)).status, 200, path);
    }
  });

  test('the audit trail shows a ward administrator only its ward, never the denunciation or who read it', async () => {
    const granted = sen.as('petition_officer', '42', ['petitions.identity']);
    const id = sql(sen.db, `SELECT id FROM petitions WHERE tracking_code = '${marks[1]}'`).trim();
    assert.equal((await granted.request('GET', `/api/v1/petitions/${id}/denouncers`)).status, 200);
    const wardAdmin = sen.as('admin', X);
    let page = await wardAdmin.request('GET', '/api/v1/audit');
    assert.equal(page.status, 200);
    const seen = [];
    for (let n = 0; n < 20; n++) {
      seen.push(...page.json.items);
      if (!page.json.next) break;
      page = await wardAdmin.request('GET', `/api/v1/audit?cursor=${page.json.next}`);
    }
    assert.ok(seen.length > 0, 'the ward sees its own rows');
    assert.ok(seen.every((row) => row.unit && row.unit !== Y && row.unit !== '42'), 'only rows of its scope');
    assert.equal(leaked(JSON.stringify(seen)), undefined);
    assert.ok(!seen.some((row) => row.action === 'read_identity' && marks.includes(row.key)));
    const all = (await sen.request('GET', `/api/v1/audit?entity=petition&key=${marks[1]}`)).json.items;
    assert.ok(all.some((row) => row.action === 'read_identity'), 'the unscoped administrator sees the reading');
  });
});

describe('the clock belongs to the server', () => {
  test('?today= is not read, so a future day cannot pass a "not in the future" check', async () => {
    const task = await sen.request('POST', '/api/v1/tasks', { title: 'Việc thử đồng hồ', lead_unit: X, deadline: '2027-01-31' });
    const r = await sen.request('POST', `/api/v1/tasks/${task.json.id}/complete?today=2099-12-31`, { version: 1, date: '2099-12-30' });
    assert.equal(r.status, 400);
    assert.equal(r.json.field, 'date');
    const list = await sen.request('GET', '/api/v1/tasks?today=2099-12-31');
    assert.equal(list.json.today, testToday);
  });

  test('a production start refuses the test clock', () => {
    const r = spawnSync(senBin, ['serve', '--db', sen.db, '--listen', '127.0.0.1:0', '--test-clock', '2099-12-31'], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, SEN_ALLOW_TEST_CLOCK: '' } });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /--test-clock is for tests only/);
    const open = spawnSync(senBin, ['serve', '--db', sen.db, '--listen', '0.0.0.0:0', '--test-clock', '2099-12-31'], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, SEN_ALLOW_TEST_CLOCK: '1' } });
    assert.notEqual(open.status, 0, 'not on a public address either');
  });
});

describe('logins behind a trusted proxy', () => {
  test('a lock-out is per account and client: others log in, and the header counts only from the proxy', async () => {
    const proxied = await serveExisting(sen.store, ['--trusted-proxy', '127.0.0.1/32'], { shared: true });
    try {
      const login = (username, password, client) => proxied.anonymous.request('POST', '/api/v1/auth/login', { username, password },
        client ? { 'x-forwarded-for': `203.0.113.77, ${client}` } : {});
      for (let i = 0; i < 5; i++) assert.equal((await login('admin', 'sai mật khẩu', '10.1.1.1')).status, 401);
      const locked = await login('admin', adminPassword, '10.1.1.1');
      assert.equal(locked.status, 429);
      assert.ok(Number(locked.headers.get('retry-after')) >= 1);
      assert.equal((await login('admin', adminPassword, '10.1.1.2')).status, 200, 'the same user from another client');
      sen.as('officer', X);
      const officer = 'officer-18073-0';
      assert.equal((await login(officer, `${officer} mật khẩu`, '10.1.1.1')).status, 200, 'another account from the locked client');
      const audit = await sen.request('GET', '/api/v1/audit?entity=session&key=admin');
      assert.ok(audit.json.items.some((row) => row.action === 'login_failed' && row.remote_address === '10.1.1.1'));
    } finally {
      await proxied.stop();
    }
    // Without --trusted-proxy the header is ignored: every attempt counts against the peer.
    const direct = (client) => sen.anonymous.request('POST', '/api/v1/auth/login', { username: 'admin', password: adminPassword },
      { 'x-forwarded-for': client });
    assert.equal((await direct('10.1.1.1')).status, 200, 'a forged header does not borrow the lock-out of 10.1.1.1');
  });
});

describe('tokens and sessions', () => {
  test('tokens expire, show their last use, and die for good when their user is disabled or changes password', async () => {
    sen.as('viewer', X);
    const name = 'viewer-18073-0';
    const token = createToken(sen.db, name, 'tam-thoi-1');
    const client = sen.withToken(token);
    assert.equal((await client.request('GET', '/api/v1/me')).status, 200);
    const listed = (await sen.request('GET', '/api/v1/tokens')).json.items.find((t) => t.name === 'tam-thoi-1');
    assert.ok(listed.expires_at > '2027-02-20' && listed.expires_at < '2027-03-05', listed.expires_at);  // 90 days from now
    assert.ok(listed.last_used_at, 'its use is recorded');
    const version = () => sql(sen.db, `SELECT version FROM users WHERE username = '${name}'`).trim();
    assert.equal((await sen.request('PATCH', `/api/v1/users/${name}`, { version: Number(version()), disabled: true })).status, 200);
    assert.equal((await client.request('GET', '/api/v1/me')).status, 401);
    assert.equal((await sen.request('PATCH', `/api/v1/users/${name}`, { version: Number(version()), disabled: false })).status, 200);
    assert.equal((await client.request('GET', '/api/v1/me')).status, 401, 'not back to life');
    const session = await sen.login(name, `${name} mật khẩu`);
    const again = sen.withToken(createToken(sen.db, name, 'tam-thoi-2'));
    assert.equal((await session.client.request('GET', '/api/v1/me')).status, 200);
    const changed = await sen.request('PATCH', `/api/v1/users/${name}`, { version: Number(version()), password: 'một mật khẩu mới hẳn' });
    assert.equal(changed.status, 200);
    assert.equal((await session.client.request('GET', '/api/v1/me')).status, 401);
    assert.equal((await again.request('GET', '/api/v1/me')).status, 401);
    const late = sen.withToken(createToken(sen.db, 'admin', 'tam-thoi-3'));
    assert.equal((await late.request('GET', '/api/v1/me')).status, 200);
    sql(sen.db, "UPDATE api_tokens SET expires_at = '2020-01-01T00:00:00.000Z' WHERE name = 'tam-thoi-3'");
    assert.equal((await late.request('GET', '/api/v1/me')).status, 401, 'an expired token');
  });
});

describe('the audit trail', () => {
  test('is keyed: a row rewritten by whoever can write the database is found', () => {
    const store = { db: sen.db };
    assert.equal(senCli(['audit', 'verify', '--db', store.db]).status, 0);
    const row = sql(store.db, 'SELECT id FROM audit_log ORDER BY id DESC LIMIT 1').trim();
    sql(store.db, `UPDATE audit_log SET actor = 'ai đó' WHERE id = ${row}`);
    const broken = senCli(['audit', 'verify', '--db', store.db]);
    assert.notEqual(broken.status, 0);
    assert.match(broken.stderr, new RegExp(`broken at row ${row}`));
  });
});

test('an anchor kept outside finds a removed tail that the chain alone cannot', async () => {
  const other = await startSen({ demo: false });
  try {
    await other.request('POST', '/api/v1/units', { code: 'A-1', name: 'Một', kind: 'province', valid_from: '2026-01-01' });
    const anchor = senCli(['audit', 'anchor', '--db', other.db]);
    assert.equal(anchor.status, 0, anchor.stderr);
    const line = anchor.stdout.trim();
    assert.match(line, /^\d+:[0-9a-f]{64}$/);
    assert.equal(senCli(['audit', 'verify', '--db', other.db, '--anchor', line]).status, 0);
    await other.request('POST', '/api/v1/units', { code: 'A-2', name: 'Hai', kind: 'province', valid_from: '2026-01-01' });
    assert.equal(senCli(['audit', 'verify', '--db', other.db, '--anchor', line]).status, 0, 'rows added after the anchor are fine');
    const rows = Number(line.split(':')[0]);
    sql(other.db, `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT ${rows})`);
    assert.equal(senCli(['audit', 'verify', '--db', other.db]).status, 0, 'what remains is a valid chain');
    const found = senCli(['audit', 'verify', '--db', other.db, '--anchor', line]);
    assert.notEqual(found.status, 0);
    assert.match(found.stderr, /removed/);
  } finally {
    await other.stop();
  }
});
