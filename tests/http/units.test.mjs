import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { startSen } from './harness.mjs';

const codes = (r) => r.json.items.map((u) => u.code);

describe('the demo hierarchy', () => {
  let sen;
  before(async () => (sen = await startSen({ demo: true })));
  after(async () => sen.stop());

  test('on 2022-12-31 Hà Tĩnh City (436) lies under the province (42), with its wards', async () => {
    const r = await sen.request('GET', '/api/v1/units?at=2022-12-31');
    assert.equal(r.status, 200);
    const city = r.json.items.find((u) => u.code === '436');
    assert.ok(city, 'unit 436 is listed');
    assert.equal(city.parent, '42');
    assert.equal(city.name, 'Thành phố Hà Tĩnh');
    const bacHa = r.json.items.find((u) => u.name === 'Phường Bắc Hà');
    assert.equal(bacHa.parent, '436');
    assert.equal(bacHa.illustrative, true, 'an invented code is marked illustrative');
    assert.ok(!codes(r).includes('18073'), 'the new wards do not exist yet');
  });

  test('on 2025-07-02 the city is gone and the new wards hang under the province', async () => {
    const r = await sen.request('GET', '/api/v1/units?at=2025-07-02');
    assert.equal(r.status, 200);
    assert.ok(!codes(r).includes('436'));
    for (const code of ['18073', '18100', '18652']) {
      const ward = r.json.items.find((u) => u.code === code);
      assert.equal(ward?.parent, '42', `${code} under 42`);
    }
    assert.equal(r.json.items.find((u) => u.code === '18073').name, 'Phường Thành Sen');
  });

  test('a unit shows its ancestors, children and successors', async () => {
    const r = await sen.request('GET', '/api/v1/units/436?at=2022-12-31');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.ancestors.map((u) => u.code), ['42']);
    assert.ok(r.json.children.some((u) => u.name === 'Phường Thạch Quý'));
    assert.deepEqual(r.json.successors.map((s) => s.successor).sort(), ['18073', '18100', '18652']);
    assert.equal(r.json.valid_to, '2025-06-30');
  });

  test('a closed unit asked about after its end is shown as it last stood', async () => {
    const r = await sen.request('GET', '/api/v1/units/436?at=2026-01-01');
    assert.equal(r.status, 200);
    assert.equal(r.json.at, '2025-06-30');
    assert.equal(r.json.children.filter((u) => u.kind === 'ward').length, 7);
  });

  test('an unknown code is 404 problem+json', async () => {
    const r = await sen.request('GET', '/api/v1/units/99999');
    assert.equal(r.status, 404);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
  });

  test('lists are paginated with a cursor', async () => {
    const first = await sen.request('GET', '/api/v1/units?at=2022-12-31&limit=3');
    assert.equal(first.json.items.length, 3);
    assert.ok(first.json.next);
    const second = await sen.request('GET', `/api/v1/units?at=2022-12-31&limit=1000&cursor=${first.json.next}`);
    assert.equal(second.json.next, null);
    const all = await sen.request('GET', '/api/v1/units?at=2022-12-31');
    assert.deepEqual([...codes(first), ...codes(second)], codes(all));
  });

  test('bad query parameters are refused, naming the parameter', async () => {
    const r = await sen.request('GET', '/api/v1/units?at=31/12/2022');
    assert.equal(r.status, 400);
    assert.equal(r.json.field, 'at');
    const l = await sen.request('GET', '/api/v1/units?limit=0');
    assert.equal(l.status, 400);
    assert.equal(l.json.field, 'limit');
  });
});

describe('changing the hierarchy', () => {
  let sen;
  before(async () => (sen = await startSen({ demo: true })));
  after(async () => sen.stop());

  const ward = { code: 'TEST-1', name: 'Xã Thử Nghiệm', kind: 'commune', parent: '42', valid_from: '2026-01-01' };

  test('create, read, rename from a date, move, and close a unit', async () => {
    const created = await sen.request('POST', '/api/v1/units', ward);
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), '/api/v1/units/TEST-1');
    assert.equal(created.json.version, 1);

    // A commune upgraded to a ward keeps its code; the old name stays in history.
    const upgraded = await sen.request('PATCH', '/api/v1/units/TEST-1', {
      version: 1, name: 'Phường Thử Nghiệm', kind: 'ward', effective_from: '2026-07-01',
    });
    assert.equal(upgraded.status, 200);
    assert.equal(upgraded.json.kind, 'ward');
    const before = await sen.request('GET', '/api/v1/units/TEST-1?at=2026-03-01');
    assert.equal(before.json.name, 'Xã Thử Nghiệm');
    const afterUpgrade = await sen.request('GET', '/api/v1/units/TEST-1?at=2026-08-01');
    assert.equal(afterUpgrade.json.name, 'Phường Thử Nghiệm');
    assert.equal(afterUpgrade.json.history.names.length, 2);

    const moved = await sen.request('PATCH', '/api/v1/units/TEST-1', {
      version: 2, parent: '18073', effective_from: '2026-09-01',
    });
    assert.equal(moved.status, 200);
    assert.equal(moved.json.parent, '18073');
    const tree = await sen.request('GET', '/api/v1/units/18073?at=2026-09-02');
    assert.ok(tree.json.children.some((u) => u.code === 'TEST-1'));
    const oldTree = await sen.request('GET', '/api/v1/units/18073?at=2026-08-31');
    assert.ok(!oldTree.json.children.some((u) => u.code === 'TEST-1'));

    const closed = await sen.request('POST', '/api/v1/units/TEST-1/close', {
      version: 3, valid_to: '2026-12-31', successors: ['18073'],
    });
    assert.equal(closed.status, 200);
    assert.equal(closed.json.valid_to, '2026-12-31');
    const later = await sen.request('GET', '/api/v1/units?at=2027-01-01');
    assert.ok(!codes(later).includes('TEST-1'));
    const successor = await sen.request('GET', '/api/v1/units/18073');
    assert.ok(successor.json.predecessors.some((p) => p.predecessor === 'TEST-1'));
  });

  test('a code is never reused, also after its unit was closed', async () => {
    const again = await sen.request('POST', '/api/v1/units', { ...ward, valid_from: '2027-02-01' });
    assert.equal(again.status, 409);
    assert.equal(again.json.field, 'code');
    const city = await sen.request('POST', '/api/v1/units', { ...ward, code: '436', valid_from: '2027-02-01' });
    assert.equal(city.status, 409);
  });

  test('a stale version is 409 and changes nothing', async () => {
    await sen.request('POST', '/api/v1/units', { ...ward, code: 'TEST-2' });
    const first = await sen.request('PATCH', '/api/v1/units/TEST-2', { version: 1, name: 'Tên A' });
    assert.equal(first.status, 200);
    const stale = await sen.request('PATCH', '/api/v1/units/TEST-2', { version: 1, name: 'Tên B' });
    assert.equal(stale.status, 409);
    assert.equal(stale.json.code, 'stale_version');
    const now = await sen.request('GET', '/api/v1/units/TEST-2');
    assert.equal(now.json.name, 'Tên A');
  });

  test('a unit cannot close while units still hang under it', async () => {
    const r = await sen.request('POST', '/api/v1/units/42/close', { version: 1, valid_to: '2030-12-31' });
    assert.equal(r.status, 409);
    assert.equal(r.json.code, 'unit.has_children');
    const still = await sen.request('GET', '/api/v1/units/42');
    assert.equal(still.json.valid_to, null);
  });

  test('a parent that does not exist on the date, or a cycle, is refused', async () => {
    const missing = await sen.request('POST', '/api/v1/units', { ...ward, code: 'TEST-3', parent: '436' });
    assert.equal(missing.status, 422);
    assert.equal(missing.json.field, 'parent');
    const cycle = await sen.request('PATCH', '/api/v1/units/42', { version: 1, parent: '18073', effective_from: '2026-01-01' });
    assert.equal(cycle.status, 422);
    assert.equal(cycle.json.code, 'unit.cycle');
  });
});

describe('closed units', () => {
  let sen;
  before(async () => (sen = await startSen({ demo: true })));
  after(async () => sen.stop());

  test('state=closed lists units closed before the day, with their successors', async () => {
    const r = await sen.request('GET', '/api/v1/units?at=2025-07-02&state=closed');
    assert.equal(r.status, 200);
    const city = r.json.items.find((u) => u.code === '436');
    assert.equal(city.name, 'Thành phố Hà Tĩnh');
    assert.equal(city.valid_to, '2025-06-30');
    assert.deepEqual(city.successors.map((s) => s.successor).sort(), ['18073', '18100', '18652']);
    assert.equal((await sen.request('GET', '/api/v1/units?at=2024-01-01&state=closed')).json.items.length, 0);
    assert.equal((await sen.request('GET', '/api/v1/units?state=gone')).status, 400);
  });
});
