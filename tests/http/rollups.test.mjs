import assert from 'node:assert/strict';
import { test } from 'node:test';

import { initDatabase, senCli, serveExisting, sql } from './harness.mjs';

const near = (actual, expected) => Math.abs(actual - expected) < 1e-9;

// The province's 2026 state budget revenue is added up from its three wards (demo data): a
// roll-up keeps the sum, and the hierarchy decides whether it may still be read.
test("a province's figure follows its wards: a new ward without a figure leaves none until it enters one", async () => {
  const store = initDatabase({ demo: true });
  const sen = await serveExisting(store, [], { shared: true });
  const revenue = async () => {
    const r = await sen.request('GET', '/api/v1/series?unit=42&indicator=THU_NS&from=2026&to=2026');
    assert.equal(r.status, 200, r.text);
    return r.json.points[0].actual;
  };
  const kept = () => sql(store.db,
    "SELECT total FROM indicator_rollups WHERE unit_code = '42' AND period = '2026' AND indicator_code = 'THU_NS'").trim();
  try {
    const before = await revenue();
    assert.ok(near(before.value, 1314.6), `${before.value}`);
    assert.equal(before.derivation, 'children');
    assert.equal(before.vintage, 'estimate');
    assert.ok(near(Number(kept()), 1314.6), 'the sum is kept');

    const ward = { code: 'TEST-R', name: 'Phường Thử', kind: 'ward', parent: '42', valid_from: '2026-01-01' };
    assert.equal((await sen.request('POST', '/api/v1/units', ward)).status, 201);
    assert.equal(await revenue(), null, 'the kept sum of three wards is not the figure of four');

    const entered = await sen.request('POST', '/api/v1/values',
      { indicator: 'THU_NS', unit: 'TEST-R', period: '2026', vintage: 'official', value: 10 });
    assert.equal(entered.status, 201, entered.text);
    const after = await revenue();
    assert.ok(near(after.value, 1324.6), `${after.value}`);
    assert.equal(after.vintage, 'estimate', 'the weakest of the wards');
    assert.ok(near(Number(kept()), 1324.6), 'the value rewrote the sum');

    const refresh = senCli(['rollups', 'refresh', '--db', store.db]);
    assert.equal(refresh.status, 0, refresh.stderr);
    assert.match(refresh.stdout, /^Wrote \d+ roll-ups\n$/);
    assert.ok(near((await revenue()).value, 1324.6));
    assert.ok(near(Number(kept()), 1324.6));
  } finally {
    await sen.stop();
    store.cleanup();
  }
});

// A nation above two new provinces: its figure is added up from theirs, each from its wards'
// roll-up; reports are made for a province and below, never for the nation.
test("the nation's figure is its provinces' added up, and no report is made of it", async () => {
  const store = initDatabase({ demo: true });
  const sen = await serveExisting(store, [], { shared: true });
  const unit = async (code, kind, parent) => {
    const r = await sen.request('POST', '/api/v1/units',
      { code, name: `Thử ${code}`, kind, parent, valid_from: '2026-01-01' });
    assert.equal(r.status, 201, r.text);
  };
  const enter = async (code, value) => {
    const r = await sen.request('POST', '/api/v1/values',
      { indicator: 'THU_NS', unit: code, period: '2026', vintage: 'official', value });
    assert.equal(r.status, 201, r.text);
  };
  const revenue = async (code) => {
    const r = await sen.request('GET', `/api/v1/series?unit=${code}&indicator=THU_NS&from=2026&to=2026`);
    assert.equal(r.status, 200, r.text);
    return r.json.points[0].actual;
  };
  try {
    await unit('VN-T', 'nation');
    await unit('P1-T', 'province', 'VN-T');
    await unit('P2-T', 'province', 'VN-T');
    await unit('W1-T', 'ward', 'P1-T');
    await unit('W2-T', 'ward', 'P1-T');
    await unit('W3-T', 'commune', 'P2-T');
    await enter('W1-T', 10);
    await enter('W2-T', 5.5);
    assert.equal(await revenue('VN-T'), null, 'one province without a figure leaves the nation none');
    await enter('W3-T', 7);
    const nation = await revenue('VN-T');
    assert.ok(near(nation.value, 22.5), `${nation.value}`);
    assert.equal(nation.derivation, 'children');
    assert.ok(near((await revenue('P1-T')).value, 15.5));

    const report = await sen.request('GET', '/api/v1/reports/annual?unit=VN-T&year=2026&format=html');
    assert.equal(report.status, 422, report.text);
    assert.equal(report.json.field, 'unit');
    assert.match(report.json.detail, /Thử VN-T \(VN-T\) là cả nước/);
    const draft = await sen.request('POST', '/api/v1/report-drafts',
      { unit: 'VN-T', kind: 'annual', period: '2026', issuer: 'state' });
    assert.equal(draft.status, 422, draft.text);
    assert.equal((await sen.request('GET', '/api/v1/report-drafts?unit=VN-T')).json.items.length, 0);
    const province = await sen.request('GET', '/api/v1/reports/annual?unit=P1-T&year=2026&format=html&issuer=state');
    assert.equal(province.status, 200, province.text);
    assert.match(province.text, /Chính phủ \(để báo cáo\)/);
  } finally {
    await sen.stop();
    store.cleanup();
  }
});
