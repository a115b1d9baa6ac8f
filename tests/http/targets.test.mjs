import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { senCli, startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const item = (card, code) => card.items.find((i) => i.indicator === code);
const scorecard = async (unit, period) => (await sen.request('GET', `/api/v1/scorecard?unit=${unit}&period=${period}`)).json;

test('numbers are written plainly in the JSON (1172.5 and 50, never 1.1725E3 or 5E1)', async () => {
  const { text } = await sen.request('GET', '/api/v1/scorecard?unit=436&period=2022');
  assert.match(text, /"actual":1172\.5[,}]/);
  // Outside strings and the words true, false and null, no letter e may remain.
  const bare = text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\b(?:true|false|null)\b/g, '');
  assert.doesNotMatch(bare, /[eE]/, bare.match(/.{0,20}[eE].{0,20}/)?.[0]);
  assert.match(bare, /:\d+[,}]/);  // whole numbers as integers, e.g. counts and targets of 50
});

describe('the 2022 report, computed', () => {
  test('25/25 targets met or exceeded', async () => {
    const card = await scorecard('436', '2022');
    assert.equal(card.total, 25);
    assert.equal(card.exceeded + card.met, 25);
    assert.equal(card.summary, '25/25 chỉ tiêu đạt và vượt kế hoạch');
    assert.equal(card.unit_name, 'Thành phố Hà Tĩnh');
  });

  test('budget revenue: 1.172,5 tỷ đồng, 152% of plan, exceeded, an estimate', async () => {
    const thu = item(await scorecard('436', '2022'), 'THU_NS');
    assert.equal(thu.actual, 1172.5);
    assert.equal(thu.measure, 'tỷ đồng');
    assert.equal(Math.round(thu.achievement_pct), 152);
    assert.equal(thu.status, 'exceeded');
    assert.equal(thu.vintage, 'estimate');
    assert.match(thu.actual_source, /ước đạt 1\.172,5 tỷ đồng/);
  });

  test('a figure from the report is not illustrative though its target is', async () => {
    const growth = item(await scorecard('436', '2022'), 'TANG_TRUONG_GTSX');
    assert.equal(growth.actual, 11.67);
    assert.equal(growth.actual_illustrative, false);
    assert.equal(growth.illustrative, true, 'the 2022 target is invented');
    assert.equal(item(await scorecard('436', '2022'), 'KET_NAP_DV').actual_illustrative, true);
    assert.equal(item(await scorecard('436', '2023'), 'THU_NS').actual_illustrative, null);
  });

  test('disbursement: 548.291 triệu đồng, 90,2% of plan', async () => {
    const dtc = item(await scorecard('436', '2022'), 'GIAI_NGAN_DTC');
    assert.equal(dtc.actual, 548291);
    assert.equal(dtc.achievement_pct.toFixed(1), '90.2');
    assert.equal(dtc.plan_figure, 607861);
  });

  test('items come grouped by area, and the change on 2021 is computed', async () => {
    const card = await scorecard('436', '2022');
    const areas = card.items.map((i) => i.area).filter((a, k, all) => all.indexOf(a) === k);
    assert.deepEqual(areas, ['party_building', 'economy', 'culture_society', 'defence_security', 'environment']);
    const thu = item(card, 'THU_NS');
    assert.equal(thu.previous.value, 1005.3);
    assert.ok(Math.abs(thu.change - 167.2) < 1e-9);
  });

  test('the 2023 targets are listed without data', async () => {
    const card = await scorecard('436', '2023');
    assert.equal(card.total, 8);
    assert.equal(card.no_data, 8);
    assert.ok(card.items.every((i) => i.status === 'no_data'));
    assert.equal(item(card, 'THU_NS').target.value, 1039);
    assert.equal(item(card, 'KET_NAP_DV').target.comparator, '>');
  });

  test('the CLI prints the scorecard in Vietnamese number format', () => {
    const r = senCli(['scorecard', '--db', sen.db, '--unit', '436', '--period', '2022']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /25\/25 chỉ tiêu đạt và vượt kế hoạch/);
    assert.match(r.stdout, /Tổng thu ngân sách trên địa bàn .*1\.172,5 .*152% .*Vượt/);
    // % KH is of the target shown (≥ 547.075); the share of the year's capital plan names that plan.
    assert.match(r.stdout, /548\.291 .*100,2%.*\n.*bằng 90,2% kế hoạch năm 607\.861 triệu đồng/);
  });
});

describe('values in vintages', () => {
  test('entering a value changes the status; a strict target is not met by its boundary', async () => {
    const enter = (value, vintage = 'estimate') =>
      sen.request('POST', '/api/v1/values', { indicator: 'KET_NAP_DV', unit: '436', period: '2023', vintage, value });
    assert.equal((await enter(120)).status, 201);
    assert.equal(item(await scorecard('436', '2023'), 'KET_NAP_DV').status, 'not_met');
    await enter(124);
    const now = item(await scorecard('436', '2023'), 'KET_NAP_DV');
    assert.equal(now.status, 'exceeded');
    assert.equal(now.actual, 124);
    const history = await sen.request('GET', '/api/v1/values/history?indicator=KET_NAP_DV&unit=436&period=2023');
    assert.deepEqual(history.json.items.map((v) => v.value), [120, 124]);
  });

  test('the best vintage wins: official over estimate', async () => {
    const post = (vintage, value) =>
      sen.request('POST', '/api/v1/values', { indicator: 'TRONG_CAY', unit: '436', period: '2023', vintage, value });
    await post('estimate', 26000);
    assert.equal(item(await scorecard('436', '2023'), 'TRONG_CAY').status, 'exceeded');
    await post('official', 24800);
    const t = item(await scorecard('436', '2023'), 'TRONG_CAY');
    assert.equal(t.vintage, 'official');
    assert.equal(t.status, 'not_met');
  });

  test('a bad value is refused naming the field', async () => {
    const base = { indicator: 'TRONG_CAY', unit: '436', period: '2023', vintage: 'estimate', value: 1 };
    for (const [change, field] of [[{ vintage: 'guess' }, 'vintage'], [{ period: '2023-Q5' }, 'period'],
      [{ indicator: 'NOPE' }, 'indicator'], [{ unit: '18073' }, 'unit'], [{ value: '12' }, 'value']]) {
      const r = await sen.request('POST', '/api/v1/values', { ...base, ...change });
      assert.equal(r.status, 400, JSON.stringify(change));
      assert.equal(r.json.field, field);
    }
  });
});

describe('CSV import and export', () => {
  test('an import with one bad row writes nothing and names every bad row', async () => {
    const before = await sen.request('GET', '/api/v1/values?unit=436&period=2023');
    const csv = 'indicator,unit,period,vintage,value\n' +
      'THU_NS,436,2023,estimate,900\n' +
      'DN_HTX_MOI,436,2023,estimate,abc\n' +
      'THU_NHAP_BQ,436,2023,estimate,64.1\n' +
      'NOPE,436,2023,estimate,1\n';
    const r = await sen.request('POST', '/api/v1/imports/values', csv, { 'content-type': 'text/csv' });
    assert.equal(r.status, 400);
    assert.equal(r.json.code, 'import.bad_rows');
    assert.deepEqual(r.json.errors.map((e) => [e.line, e.field]), [[3, 'value'], [5, 'indicator']]);
    // Each row says its reason by the code of its message, as a whole problem does.
    assert.deepEqual(r.json.errors.map((e) => e.code), ['import.not_number', 'indicator.unknown']);
    const afterImport = await sen.request('GET', '/api/v1/values?unit=436&period=2023');
    assert.deepEqual(afterImport.json.items, before.json.items);
  });

  test('Vietnamese numbers with a BOM; dry run checks without writing', async () => {
    const csv = '\uFEFFindicator,unit,period,vintage,value,source\nTHU_NS,436,2023,estimate,"1.100,5",Báo cáo thử\n';
    const dry = await sen.request('POST', '/api/v1/imports/values?numbers=vi&dry_run=true', csv);
    assert.equal(dry.status, 200);
    assert.equal(dry.json.written, false);
    assert.equal(dry.json.preview[0].value, 1100.5);
    assert.equal(item(await scorecard('436', '2023'), 'THU_NS').actual, null);
    const real = await sen.request('POST', '/api/v1/imports/values?numbers=vi', csv);
    assert.equal(real.json.rows, 1);
    assert.equal(item(await scorecard('436', '2023'), 'THU_NS').actual, 1100.5);
    const plain = await sen.request('POST', '/api/v1/imports/values', csv);
    assert.equal(plain.status, 400, 'plain style refuses 1.100,5');
  });

  test('export gives back what import takes', async () => {
    const exported = await sen.request('GET', '/api/v1/exports/values?unit=436&period=2022');
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get('content-type'), /text\/csv/);
    assert.match(exported.text, /^indicator,unit,period,vintage,value,source,note,illustrative\n/);
    assert.match(exported.text, /THU_NS,436,2022,estimate,1172.5,/);
    const again = await sen.request('POST', '/api/v1/imports/values?dry_run=true', exported.text);
    assert.equal(again.status, 200, again.text);
    assert.equal(again.json.rows, exported.text.trim().split('\n').length - 1);
    const vi = await sen.request('GET', '/api/v1/exports/values?unit=436&period=2022&numbers=vi');
    assert.match(vi.text, /"1\.172,5"/);
  });

  test('targets import and the CLI import refuse a bad row the same way', () => {
    const file = join(sen.dir, 'targets.csv');
    writeFileSync(file, 'plan,indicator,unit,period,comparator,value\n436-2023,TRONG_CAY,436,2023,>=,25000\n' +
      '436-2023,THU_NS,436,2023,about,1000\n436-2023,THU_NS,436,2031,>=,1000\n');
    const r = senCli(['import', 'targets', file, '--db', sen.db]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /line 3, column comparator/);
    assert.match(r.stderr, /line 4, column period/);
  });
});

describe('indicators and formulas', () => {
  const indicator = (code, extra = {}) => ({ code, name: `Chỉ tiêu ${code}`, area: 'economy', measure: '%', decimals: 1, ...extra });

  test('a formula with a syntax error, an unknown code or a cycle is refused with the position', async () => {
    const syntax = await sen.request('POST', '/api/v1/indicators', indicator('F_BAD', { formula: 'THU_NS * / 2' }));
    assert.equal(syntax.status, 400);
    assert.equal(syntax.json.field, 'formula');
    assert.match(syntax.json.detail, /vị trí 10/);
    const unknown = await sen.request('POST', '/api/v1/indicators', indicator('F_UNK', { formula: 'THU_NS / NOPE' }));
    assert.equal(unknown.status, 400);
    assert.match(unknown.json.detail, /NOPE.*vị trí 10/);

    assert.equal((await sen.request('POST', '/api/v1/indicators', indicator('F_A', { formula: 'THU_NS * 2' }))).status, 201);
    assert.equal((await sen.request('POST', '/api/v1/indicators', indicator('F_B', { formula: 'F_A + 1' }))).status, 201);
    const cycle = await sen.request('PATCH', '/api/v1/indicators/F_A', { version: 1, formula: 'F_B - 1' });
    assert.equal(cycle.status, 422);
    assert.equal(cycle.json.code, 'formula.cycle');
    assert.match(cycle.json.detail, /F_A → F_B → F_A/);
  });

  test('a formula indicator is computed from its inputs and judged', async () => {
    const early = await sen.request('POST', '/api/v1/indicators', indicator('TY_LE_GN', { formula: 'GIAI_NGAN_DTC / KH_VON * 100' }));
    assert.equal(early.status, 400, 'KH_VON does not exist yet');
    await sen.request('POST', '/api/v1/indicators', indicator('KH_VON', { measure: 'triệu đồng', decimals: 0 }));
    const created = await sen.request('POST', '/api/v1/indicators', indicator('TY_LE_GN', { formula: 'GIAI_NGAN_DTC / KH_VON * 100' }));
    assert.equal(created.status, 201);
    await sen.request('POST', '/api/v1/values', { indicator: 'KH_VON', unit: '436', period: '2022', vintage: 'official', value: 607861 });
    const target = await sen.request('POST', '/api/v1/targets', { plan: '436-2022', indicator: 'TY_LE_GN', unit: '436', period: '2022', comparator: '>=', value: 90, assigned_by: 'Nghị quyết đề ra' });
    assert.equal(target.status, 201);
    assert.equal(target.json.assigned_by, 'Nghị quyết đề ra');
    const changed = await sen.request('PATCH', `/api/v1/targets/${target.json.id}`, { version: target.json.version, assigned_by: 'tỉnh giao' });
    assert.equal(changed.json.assigned_by, 'tỉnh giao');
    assert.equal(changed.json.value, 90, 'the other fields stay');
    const t = item(await scorecard('436', '2022'), 'TY_LE_GN');
    assert.equal(t.derivation, 'formula');
    assert.equal(t.actual.toFixed(1), '90.2');
    assert.equal(t.vintage, 'estimate', 'the weakest input vintage');
    assert.equal(t.status, 'exceeded');
  });

  test('a city figure is rolled up from its wards when not entered', async () => {
    const created = await sen.request('POST', '/api/v1/indicators', indicator('HO_KINH_DOANH', { measure: 'hộ', decimals: 0, unit_aggregation: 'sum' }));
    assert.equal(created.status, 201);
    // The city's wards and agencies report figures; its party committee is not one of its parts.
    const children = (await sen.request('GET', '/api/v1/units/436?at=2022-12-31')).json.children;
    assert.ok(children.some((u) => u.kind === 'party_committee'));
    const wards = children.filter((u) => !u.kind.startsWith('party_')).map((u) => u.code);
    const rows = wards.map((w, k) => `HO_KINH_DOANH,${w},2022,official,${100 + k}`).join('\n');
    const imported = await sen.request('POST', '/api/v1/imports/values', `indicator,unit,period,vintage,value\n${rows}\n`);
    assert.equal(imported.status, 200, imported.text);
    await sen.request('POST', '/api/v1/targets', { plan: '436-2022', indicator: 'HO_KINH_DOANH', unit: '436', period: '2022', comparator: '>=', value: 700 });
    const t = item(await scorecard('436', '2022'), 'HO_KINH_DOANH');
    assert.equal(t.derivation, 'children');
    assert.equal(t.actual, wards.reduce((s, _, k) => s + 100 + k, 0));
    assert.equal(t.status, 'exceeded');
  });

  test('a stale target edit is 409', async () => {
    const plan = (await sen.request('GET', '/api/v1/plans/436-2023')).json;
    const t = plan.targets.find((x) => x.indicator === 'DN_HTX_MOI');
    const first = await sen.request('PATCH', `/api/v1/targets/${t.id}`, { version: t.version, value: 360 });
    assert.equal(first.status, 200);
    assert.equal(first.json.value, 360);
    const stale = await sen.request('PATCH', `/api/v1/targets/${t.id}`, { version: t.version, value: 370 });
    assert.equal(stale.status, 409);
  });
});

test('a period knows its Decree 09 cut-off window', async () => {
  const month = await sen.request('GET', '/api/v1/periods/2023-03');
  assert.equal(month.json.cutoff_from, '2023-02-15');
  assert.equal(month.json.cutoff_to, '2023-03-14');
  const year = await sen.request('GET', '/api/v1/periods/2023');
  assert.equal(year.json.cutoff_from, '2022-12-15');
  assert.equal(year.json.cutoff_to, '2023-12-14');
  assert.equal((await sen.request('GET', '/api/v1/periods/2023-13')).status, 404);
});

describe('trends and drill-down', () => {
  test('a series gives each year\'s actual and target', async () => {
    const r = await sen.request('GET', '/api/v1/series?indicator=TRONG_CAY&unit=436&from=2020&to=2023');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.points.map((p) => p.period), ['2020', '2021', '2022', '2023']);
    assert.deepEqual(r.json.points.slice(0, 3).map((p) => p.actual.value), [22000, 23500, 23000]);
    assert.equal(r.json.points[3].target.value, 25000);
    assert.ok(r.json.points.slice(0, 3).reduce((s, p) => s + p.actual.value, 0) > 68000, '"hơn 68.000 cây" since 2020');
    assert.equal((await sen.request('GET', '/api/v1/series?indicator=TRONG_CAY&unit=436&from=2020&to=2023-Q1')).status, 400);
  });

  test('a breakdown lists each ward with its figure', async () => {
    const r = await sen.request('GET', '/api/v1/breakdown?indicator=HO_KINH_DOANH&unit=436&period=2022');
    assert.equal(r.status, 200);
    const children = (await sen.request('GET', '/api/v1/units/436?at=2022-12-31')).json.children;
    assert.equal(r.json.items.length, children.filter((u) => !u.kind.startsWith('party_')).length, 'party organisations are not parts');
    assert.ok(r.json.items.every((row) => row.actual.value >= 100));
    assert.ok(r.json.items.some((row) => row.unit_name === 'Phường Bắc Hà'));
  });
});
