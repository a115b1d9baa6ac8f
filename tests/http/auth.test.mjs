import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { addUser, adminPassword, createToken, senCli, sql, startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

describe('credentials', () => {
  test('without credentials: units 401, health 200', async () => {
    const units = await sen.anonymous.request('GET', '/api/v1/units');
    assert.equal(units.status, 401);
    assert.equal(units.headers.get('content-type'), 'application/problem+json');
    assert.equal((await sen.anonymous.request('GET', '/api/v1/health')).status, 200);
  });

  test('a session cookie is HttpOnly and SameSite=Strict; writes need the CSRF token', async () => {
    const { response, cookie, csrf } = await sen.login('admin', adminPassword);
    assert.equal(response.status, 200);
    const setCookie = response.headers.get('set-cookie');
    assert.match(setCookie, /^sen_session=[A-Za-z0-9_-]{43};/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    const me = await sen.anonymous.request('GET', '/api/v1/me', undefined, { cookie });
    assert.equal(me.status, 200);
    assert.equal(me.json.username, 'admin');
    assert.equal(me.json.csrf_token, csrf);
    assert.ok(me.json.permissions.includes('users.manage'));

    const unit = { code: 'CSRF-1', name: 'Xã Thử', kind: 'commune', parent: '42', valid_from: '2026-01-01' };
    const forged = await sen.anonymous.request('POST', '/api/v1/units', unit, { cookie });
    assert.equal(forged.status, 403);
    assert.equal(forged.json.code, 'csrf');
    const wrong = await sen.anonymous.request('POST', '/api/v1/units', unit, { cookie, 'x-csrf-token': 'guess' });
    assert.equal(wrong.status, 403);
    assert.equal((await sen.request('GET', '/api/v1/units/CSRF-1')).status, 404, 'nothing written');
    const right = await sen.anonymous.request('POST', '/api/v1/units', unit, { cookie, 'x-csrf-token': csrf });
    assert.equal(right.status, 201);

    const out = await sen.anonymous.request('POST', '/api/v1/auth/logout', undefined, { cookie, 'x-csrf-token': csrf });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie'), /Max-Age=0/);
    assert.equal((await sen.anonymous.request('GET', '/api/v1/me', undefined, { cookie })).status, 401);
  });

  test('a wrong user name and a wrong password get the same answer', async () => {
    const badUser = await sen.login('nobody-here', adminPassword);
    const badPassword = await sen.login('admin', 'not the password');
    assert.equal(badUser.response.status, 401);
    assert.equal(badPassword.response.status, 401);
    assert.equal(badUser.response.json.detail, badPassword.response.json.detail);
    assert.equal(badUser.response.json.detail, 'Tên đăng nhập hoặc mật khẩu không đúng');
  });

  test('revoked tokens and disabled users are refused', async () => {
    addUser(sen.store, 'tam.thoi', 'viewer', '42');
    const token = createToken(sen.db, 'tam.thoi', 'script-1');
    assert.equal((await sen.withToken(token).request('GET', '/api/v1/units')).status, 200);
    assert.equal(senCli(['token', 'revoke', 'script-1', '--db', sen.db]).status, 0);
    assert.equal((await sen.withToken(token).request('GET', '/api/v1/units')).status, 401);
    const other = createToken(sen.db, 'tam.thoi', 'script-2');
    assert.equal(senCli(['user', 'disable', 'tam.thoi', '--db', sen.db]).status, 0);
    assert.equal((await sen.withToken(other).request('GET', '/api/v1/units')).status, 401);
  });

  test('security headers on every answer, and no internals in errors', async () => {
    const r = await sen.request('GET', '/api/v1/units/NOPE');
    assert.match(r.headers.get('content-security-policy'), /default-src 'self'/);
    assert.equal(r.headers.get('x-frame-options'), 'SAMEORIGIN', 'framed by Sen\'s own pages only');
    assert.match(r.headers.get('content-security-policy'), /frame-ancestors 'self'/);
    assert.equal(r.json.request_id, r.headers.get('x-request-id'));
    assert.doesNotMatch(r.text, /SELECT|sqlite|postgres/i);
  });
});

describe('scope', () => {
  const value = (unit, v) => ({ indicator: 'TRONG_CAY', unit, period: '2022', vintage: 'official', value: v });

  test('a ward officer enters figures for her ward and nobody else\'s', async () => {
    const officer = sen.as('officer', '436-BH');
    const own = await officer.request('POST', '/api/v1/values', value('436-BH', 3200));
    assert.equal(own.status, 201);
    assert.equal(own.json.entered_by, 'officer-436-bh-0');
    const other = await officer.request('POST', '/api/v1/values', value('436-TQ', 3100));
    assert.equal(other.status, 403);
    assert.equal(other.json.field, 'unit');
    const tq = await sen.request('GET', '/api/v1/values?unit=436-TQ&period=2022');
    assert.equal(tq.json.items.length, 0, 'nothing written for Thạch Quý');
    assert.equal((await officer.request('GET', '/api/v1/scorecard?unit=436&period=2022')).status, 403);
  });

  test('an import with one row outside the scope writes nothing and names the row', async () => {
    const officer = sen.as('officer', '436-BH');
    const csv = 'indicator,unit,period,vintage,value\nDN_HTX_MOI,436-BH,2022,official,40\nDN_HTX_MOI,436-NH,2022,official,35\n';
    const r = await officer.request('POST', '/api/v1/imports/values', csv);
    assert.equal(r.status, 403);
    assert.deepEqual(r.json.errors.map((e) => [e.line, e.field]), [[3, 'unit']]);
    const bh = await sen.request('GET', '/api/v1/values?unit=436-BH&period=2022');
    assert.ok(!bh.json.items.some((v) => v.indicator === 'DN_HTX_MOI'));
  });

  test('a leader of the province reads the dissolved city\'s 2022 data; one of a new ward does not', async () => {
    assert.equal((await sen.as('leader', '42').request('GET', '/api/v1/scorecard?unit=436&period=2022')).status, 200);
    assert.equal((await sen.as('leader', '18073').request('GET', '/api/v1/scorecard?unit=436&period=2022')).status, 403);
  });
});

describe('audit trail', () => {
  test('writes are recorded with who, from where, before and after', async () => {
    const created = await sen.request('POST', '/api/v1/units', { code: 'AUD-1', name: 'Xã A', kind: 'commune', parent: '42', valid_from: '2026-01-01' });
    assert.equal(created.status, 201);
    await sen.request('PATCH', '/api/v1/units/AUD-1', { version: 1, name: 'Xã B' });
    const log = await sen.request('GET', '/api/v1/audit?entity=unit&key=AUD-1');
    assert.equal(log.status, 200);
    const [change, create] = log.json.items;
    assert.equal(create.action, 'create');
    assert.equal(create.user, 'admin');
    assert.equal(create.before, null);
    assert.equal(create.after.name, 'Xã A');
    assert.equal(change.before.name, 'Xã A');
    assert.equal(change.after.name, 'Xã B');
    assert.equal(change.remote_address, '127.0.0.1');
    assert.ok(change.request_id);
    assert.equal((await sen.as('leader', '42').request('GET', '/api/v1/audit')).status, 403);
  });

  test('a failed request leaves no audit row', async () => {
    const before = (await sen.request('GET', '/api/v1/audit?entity=unit')).json.items.length;
    await sen.request('POST', '/api/v1/units', { code: 'AUD-1', name: 'again', kind: 'commune', valid_from: '2026-01-01' });
    assert.equal((await sen.request('GET', '/api/v1/audit?entity=unit')).json.items.length, before);
  });

  test('sen audit verify passes, then names a row that was altered or removed', () => {
    const ok = senCli(['audit', 'verify', '--db', sen.db]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /intact: \d+ rows/);
    const id = sql(sen.db, "SELECT id FROM audit_log WHERE entity = 'unit' AND entity_key = 'AUD-1' AND action = 'create'").trim();
    sql(sen.db, `UPDATE audit_log SET after_json = '{"name":"Xã C"}' WHERE id = ${id}`);
    const altered = senCli(['audit', 'verify', '--db', sen.db]);
    assert.equal(altered.status, 1);
    assert.match(altered.stderr, new RegExp(`row ${id}: .*altered`));
  });
});

test('after 5 failures a user must wait, even with the right password', async () => {
  const own = await startSen();
  try {
    for (let i = 0; i < 5; i++) assert.equal((await own.login('admin', `wrong ${i}`)).response.status, 401);
    const locked = await own.login('admin', adminPassword);
    assert.equal(locked.response.status, 429);
    assert.ok(Number(locked.response.headers.get('retry-after')) >= 1);
    assert.match(locked.response.json.detail, /thử lại sau \d+ giây/);
  } finally {
    await own.stop();
  }
});
