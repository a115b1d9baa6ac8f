import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { senCli, startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const TY = 1_000_000_000;  // đồng in a tỷ đồng
const detail = async (code, year) => (await sen.request('GET', `/api/v1/projects/${code}?year=${year}`)).json;
const card = async (period) => (await sen.request('GET', `/api/v1/scorecard?unit=436&period=${period}`)).json;
const disburse = (code, body) => sen.request('POST', `/api/v1/projects/${code}/disbursements`, body);

describe('disbursement moves the rates, GIAI_NGAN_DTC and the scorecard', () => {
  test('a payment raises the project rate, the unit indicator and turns its target met', async () => {
    const target = await sen.request('POST', '/api/v1/targets', {
      plan: '436-2023', indicator: 'GIAI_NGAN_DTC', unit: '436', period: '2023', comparator: '>=', value: 254000,
    });
    assert.equal(target.status, 201, target.text);
    const before = await detail('XUAN-DIEU-KD', 2023);
    assert.equal(before.summary.plan_allocated, 30 * TY);
    assert.equal(before.summary.paid, 24 * TY);
    assert.equal(before.summary.rate_allocated, 80);
    const itemBefore = (await card('2023')).items.find((i) => i.indicator === 'GIAI_NGAN_DTC');
    assert.equal(itemBefore.derivation, 'projects');
    assert.equal(itemBefore.actual, 248000);
    assert.equal(itemBefore.plan_figure, 285000);  // the full-year plan of the projects, in triệu đồng
    assert.equal(itemBefore.status, 'not_met');

    const paid = await disburse('XUAN-DIEU-KD', { plan_year: 2023, source: 'city', paid_on: '2023-11-24', amount: 6 * TY, document: 'Giấy rút vốn số 15' });
    assert.equal(paid.status, 201, paid.text);
    assert.equal(paid.json.basis, 'window');

    const after = await detail('XUAN-DIEU-KD', 2023);
    assert.equal(after.summary.rate_allocated, 100);
    assert.equal(after.summary.rate_assigned, 120);  // the province assigned 25 tỷ of the 30
    assert.equal(after.months[10].paid, 30 * TY);  // cumulative at the end of November
    const itemAfter = (await card('2023')).items.find((i) => i.indicator === 'GIAI_NGAN_DTC');
    assert.equal(itemAfter.actual, 254000);
    assert.equal(itemAfter.status, 'met');
    const value = await sen.request('GET', '/api/v1/values?unit=436&period=2023-Q4&indicator=GIAI_NGAN_DTC');
    assert.equal(value.status, 200);
  });

  test('the reported 2022 figure stays what the report says: 548.291 triệu đồng = 90,2%', async () => {
    const pf = (await sen.request('GET', '/api/v1/project-portfolio?unit=436&year=2022')).json;
    const dtc = pf.indicators.find((i) => i.code === 'GIAI_NGAN_DTC');
    assert.equal(dtc.derivation, 'entered');
    assert.equal(dtc.value, 548291);
    assert.equal((100 * dtc.value / dtc.plan).toFixed(1), '90.2');
    assert.equal(pf.summary.illustrative, true);  // the projects' own figures are illustrative
  });

  test('a payment beyond the plan is refused with what is left, and nothing is written', async () => {
    const before = (await detail('VANH-DAI-DONG', 2023)).disbursements.length;
    const r = await disburse('VANH-DAI-DONG', { plan_year: 2023, source: 'city', paid_on: '2023-12-05', amount: 2 * TY });
    assert.equal(r.status, 422);
    assert.equal(r.json.code, 'disbursement.exceeds_plan');
    assert.equal(r.json.field, 'amount');
    assert.match(r.json.detail, /còn 1\.000\.000\.000 đồng/);
    assert.equal((await detail('VANH-DAI-DONG', 2023)).disbursements.length, before);
    const noPlan = await disburse('VANH-DAI-DONG', { plan_year: 2023, source: 'central', paid_on: '2023-12-05', amount: TY });
    assert.equal(noPlan.json.code, 'disbursement.no_plan');
    const social = await disburse('VANH-DAI-DONG', { plan_year: 2023, source: 'socialised', paid_on: '2023-12-05', amount: TY });
    assert.equal(social.status, 400);
    assert.equal(social.json.field, 'source');
  });
});

describe('the disbursement window of the Law on Public Investment', () => {
  test('after 31 January of the next year a payment needs an extension, and is then accepted', async () => {
    const late = { plan_year: 2023, source: 'city', paid_on: '2024-03-15', amount: TY };
    const refused = await disburse('ADB-HT', late);
    assert.equal(refused.status, 422);
    assert.equal(refused.json.code, 'disbursement.window_closed');
    assert.equal(refused.json.field, 'paid_on');
    assert.match(refused.json.detail, /đã hết ngày 31\/01\/2024/);

    const tooLong = await sen.request('POST', '/api/v1/projects/ADB-HT/extensions',
      { plan_year: 2023, until: '2025-01-31', basis: 'QĐ 99/QĐ-UBND', decision_date: '2024-02-20' });
    assert.equal(tooLong.status, 400);
    assert.equal(tooLong.json.field, 'until');
    const ext = await sen.request('POST', '/api/v1/projects/ADB-HT/extensions',
      { plan_year: 2023, source: 'city', until: '2024-06-30', basis: 'QĐ 99/QĐ-UBND kéo dài thời gian giải ngân', decision_date: '2024-02-20' });
    assert.equal(ext.status, 201, ext.text);
    const accepted = await disburse('ADB-HT', late);
    assert.equal(accepted.status, 201, accepted.text);
    assert.equal(accepted.json.basis, 'extension: QĐ 99/QĐ-UBND kéo dài thời gian giải ngân');
    const beyond = await disburse('ADB-HT', { ...late, paid_on: '2024-07-01' });
    assert.equal(beyond.json.code, 'disbursement.window_closed');
    const proj = await detail('ADB-HT', 2023);
    assert.equal(proj.window.ends, '2024-01-31');
    assert.equal(proj.months[12].paid - proj.months[11].paid, TY);  // paid after the year, in the window's slot
  });

  test('from the 2024 law, capital added after 30 September is extended automatically', async () => {
    const plan = (body) => sen.request('POST', '/api/v1/projects/ADB-HT/capital-plans',
      { year_from: 2025, source: 'city', decision: 'QĐ giao vốn', ...body });
    assert.equal((await plan({ amount: 10 * TY, decision_date: '2024-12-20' })).status, 201);
    assert.equal((await plan({ amount: 14 * TY, decision: 'QĐ bổ sung vốn', decision_date: '2025-10-10' })).status, 201);
    const late = { plan_year: 2025, source: 'city', paid_on: '2026-04-01' };
    const within = await disburse('ADB-HT', { ...late, amount: 4 * TY });
    assert.equal(within.status, 201, within.text);
    assert.match(within.json.basis, /^automatic: Luật Đầu tư công số 58\/2024\/QH15/);
    const more = await disburse('ADB-HT', { ...late, amount: TY });
    assert.equal(more.json.code, 'disbursement.window_closed');
  });
});

describe('capital plans keep every decision', () => {
  test('an adjustment replaces the amount in force and keeps the earlier decision; it cannot go below what is paid', async () => {
    const before = await detail('VANH-DAI-DONG', 2022);
    const decisions = before.capital_plans.filter((p) => p.kind === 'annual' && p.year_from === 2022 && p.source === 'city' && p.level === 'allocated');
    assert.deepEqual(decisions.map((p) => p.amount), [3 * TY, 4 * TY]);
    assert.equal(before.sources.find((s) => s.source === 'city').plan_allocated, 4 * TY);
    const below = await sen.request('POST', '/api/v1/projects/VANH-DAI-DONG/capital-plans',
      { year_from: 2022, source: 'city', amount: 3 * TY, decision: 'QĐ giảm vốn', decision_date: '2022-11-01' });
    assert.equal(below.status, 422);
    assert.equal(below.json.code, 'capital_plan.below_paid');
    const noDecision = await sen.request('POST', '/api/v1/projects/VANH-DAI-DONG/capital-plans',
      { year_from: 2022, source: 'city', amount: 30 * TY, decision_date: '2022-11-01' });
    assert.equal(noDecision.status, 400);
    assert.equal(noDecision.json.field, 'decision');
  });
});

describe('estimates, confirmation and cancellation', () => {
  test('an estimate is confirmed; a cancelled payment leaves the rate', async () => {
    const est = await disburse('ADB-HT', { plan_year: 2023, source: 'oda', paid_on: '2023-12-28', amount: 3 * TY, status: 'estimate' });
    assert.equal(est.status, 201, est.text);
    const before = (await detail('ADB-HT', 2023)).summary;
    const confirmed = await sen.request('PATCH', `/api/v1/projects/ADB-HT/disbursements/${est.json.id}`, { status: 'confirmed', version: 1 });
    assert.equal(confirmed.json.status, 'confirmed');
    const mid = (await detail('ADB-HT', 2023)).summary;
    assert.equal(mid.paid_confirmed, before.paid_confirmed + 3 * TY);
    assert.equal(mid.paid, before.paid);
    // A step is offered only the statuses it takes: a payment is confirmed or cancelled, never made an estimate again.
    const backToEstimate = await sen.request('PATCH', `/api/v1/projects/ADB-HT/disbursements/${est.json.id}`, { status: 'estimate', version: 2 });
    assert.equal(backToEstimate.status, 400, backToEstimate.text);
    assert.equal(backToEstimate.json.code, 'field.invalid_choice');
    assert.match(backToEstimate.json.detail, /confirmed, cancelled/);
    assert.doesNotMatch(backToEstimate.json.detail, /estimate,/);
    const noNote = await sen.request('PATCH', `/api/v1/projects/ADB-HT/disbursements/${est.json.id}`, { status: 'cancelled', version: 2 });
    assert.equal(noNote.status, 400);
    const cancelled = await sen.request('PATCH', `/api/v1/projects/ADB-HT/disbursements/${est.json.id}`, { status: 'cancelled', note: 'Nhập trùng', version: 2 });
    assert.equal(cancelled.json.status, 'cancelled');
    assert.equal((await detail('ADB-HT', 2023)).summary.paid, before.paid - 3 * TY);
    const again = await sen.request('PATCH', `/api/v1/projects/ADB-HT/disbursements/${est.json.id}`, { status: 'confirmed', version: 3 });
    assert.equal(again.status, 409);
  });
});

describe('exchange', () => {
  test('the IATI-style export lists every payment as a disbursement transaction', async () => {
    const r = await sen.request('GET', '/api/v1/projects/XUAN-DIEU-KD/iati');
    assert.equal(r.status, 200);
    const proj = await detail('XUAN-DIEU-KD', 2023);
    const live = proj.disbursements.filter((d) => d.status !== 'cancelled');
    assert.equal(r.json.transaction.length, live.length);
    assert.ok(r.json.transaction.every((t) => t['transaction-type'] === '3' && t.value.currency === 'VND'));
    assert.equal(r.json.transaction.reduce((s, t) => s + t.value.amount, 0), live.reduce((s, d) => s + d.amount, 0));
    assert.equal(r.json['iati-identifier'], 'VN-SEN-436-BQLDA-XUAN-DIEU-KD');
    assert.ok(r.json.budget.some((b) => b['period-start'] === '2023-01-01' && b.value.amount === 30 * TY));
    assert.ok(r.json['participating-org'].some((o) => o.role === '4'));
    assert.ok(r.json.result.length > 0);
  });

  test('a CSV import with bad rows writes nothing and lists every bad row; a dry run writes nothing', async () => {
    const count = async () => (await detail('ADB-HT', 2023)).disbursements.length;
    const before = await count();
    const bad = [
      'project,plan_year,source,paid_on,amount,status,document',
      'ADB-HT,2023,city,2023-12-01,1000000000,confirmed,GRV 1',
      'KHONG-CO,2023,city,2023-12-01,1000000000,confirmed,GRV 2',
      'ADB-HT,2023,city,2023-13-01,1000000000,confirmed,GRV 3',
      'ADB-HT,2023,city,2023-12-02,999000000000,confirmed,GRV 4',
      'ADB-HT,2023,city,2023-12-03,12.5,confirmed,GRV 5',
    ].join('\n');
    const r = await sen.request('POST', '/api/v1/imports/disbursements', bad, { 'content-type': 'text/csv' });
    assert.equal(r.status, 400);
    assert.equal(r.json.code, 'import.bad_rows');
    assert.deepEqual(r.json.errors.map((e) => e.line), [3, 4, 5, 6]);
    assert.deepEqual(r.json.errors.map((e) => e.field), ['project', 'paid_on', 'amount', 'amount']);
    assert.equal(await count(), before);

    const good = 'project,plan_year,source,paid_on,amount\nADB-HT,2023,city,2023-12-01,1.000.000.000\nADB-HT,2023,city,2023-12-02,500.000.000\n';
    const dry = await sen.request('POST', '/api/v1/imports/disbursements?dry_run=true&numbers=vi', good, { 'content-type': 'text/csv' });
    assert.equal(dry.status, 200, dry.text);
    assert.deepEqual([dry.json.rows, dry.json.written, dry.json.total], [2, false, 1_500_000_000]);
    assert.equal(await count(), before);
    const real = await sen.request('POST', '/api/v1/imports/disbursements?numbers=vi', good, { 'content-type': 'text/csv' });
    assert.equal(real.json.written, true);
    assert.equal(await count(), before + 2);
  });

  test('the CLI imports disbursements all or nothing and exports an IATI activity', () => {
    const file = join(sen.dir, 'giai-ngan.csv');
    writeFileSync(file, 'project,plan_year,source,paid_on,amount\nXUAN-DIEU-KD,2023,city,2023-12-01,1\n');
    const r = senCli(['import', 'disbursements', '--db', sen.db, file]);
    assert.notEqual(r.status, 0);  // the 2023 plan of this project is fully paid by now
    assert.match(r.stderr, /line 2, column amount: The payment exceeds the 2023 plan/);
    const iati = senCli(['export', 'iati', '--db', sen.db, '--project', 'ADB-HT']);
    assert.equal(iati.status, 0, iati.stderr);
    assert.equal(JSON.parse(iati.stdout)['iati-identifier'], 'VN-SEN-436-BQLDA-ADB-HT');
  });
});

describe('portfolio, lagging projects and the curve', () => {
  test('the portfolio shows this year against last year, by source, and the projects behind the curve', async () => {
    const pf = (await sen.request('GET', '/api/v1/project-portfolio?unit=436&year=2023&as_of=2023-07-10')).json;
    assert.equal(pf.projects, 3);
    assert.deepEqual(pf.years, [2022, 2023, 2025]);
    assert.equal(pf.months.length, 13);
    assert.ok(pf.months.every((m) => 'last_year_rate_allocated' in m));
    assert.deepEqual(pf.sources.map((s) => s.source), ['city', 'oda', 'province']);
    // At the end of June the curve expects 32%; the demo spreads payments slower than that.
    assert.ok(pf.lagging.length > 0);
    assert.ok(pf.lagging.every((p) => p.lag.month === 6 && p.lag.actual_percent < p.lag.expected_percent));

    const bad = await sen.request('PATCH', '/api/v1/disbursement-curve', { months: [5, 10, 8, 20, 25, 30, 40, 50, 60, 70, 80, 90] });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.field, 'months[2]');
    const lenient = Array(12).fill(0);
    assert.equal((await sen.request('PATCH', '/api/v1/disbursement-curve', { months: lenient })).status, 200);
    const none = (await sen.request('GET', '/api/v1/project-portfolio?unit=436&year=2023&as_of=2023-07-10')).json;
    assert.equal(none.lagging.length, 0);
  });

  test('projects link to the tasks that serve them', async () => {
    const proj = await detail('ADB-HT', 2023);
    assert.equal(proj.tasks.length, 1);
    assert.match(proj.tasks[0].title, /ODA/);
    const tasks = (await sen.request('GET', '/api/v1/tasks?project=ADB-HT')).json.items;
    assert.deepEqual(tasks.map((t) => t.id), [proj.tasks[0].id]);
  });
});

describe('registering projects and scope', () => {
  const project = {
    code: 'KE-SONG-RAO-CAI', name: 'Kè sông Rào Cái', group: 'C', investor: 'UBND phường Thạch Quý', managing_unit: '436-TQ',
    total_investment: 50 * TY, start_year: 2023, end_year: 2025, funding: [{ source: 'city', amount: 50 * TY }], locations: ['436-TQ'],
  };

  test('bad fields are named; a project is registered and changed with its version', async () => {
    const over = await sen.request('POST', '/api/v1/projects', { ...project, funding: [{ source: 'city', amount: 60 * TY }] });
    assert.equal(over.status, 400);
    assert.equal(over.json.field, 'funding');
    const unit = await sen.request('POST', '/api/v1/projects', { ...project, managing_unit: 'KHONG-CO' });
    assert.equal(unit.json.field, 'managing_unit');
    const group = await sen.request('POST', '/api/v1/projects', { ...project, group: 'D' });
    assert.equal(group.json.field, 'group');
    const created = await sen.request('POST', '/api/v1/projects', project);
    assert.equal(created.status, 201, created.text);
    assert.equal((await sen.request('POST', '/api/v1/projects', project)).status, 409);
    const stale = await sen.request('PATCH', `/api/v1/projects/${project.code}`, { stage: 'completed', version: 7 });
    assert.equal(stale.status, 409);
    const changed = await sen.request('PATCH', `/api/v1/projects/${project.code}`, { stage: 'completed', version: 1 });
    assert.equal(changed.json.stage, 'completed');
    const milestone = await sen.request('POST', `/api/v1/projects/${project.code}/milestones`, { name: 'Khởi công', planned_on: '2023-05-01' });
    assert.equal(milestone.status, 201);
    const done = await sen.request('PATCH', `/api/v1/projects/${project.code}/milestones/${milestone.json.id}`, { actual_on: '2023-05-10', version: 1 });
    assert.equal(done.json.actual_on, '2023-05-10');
    const progress = await sen.request('POST', `/api/v1/projects/${project.code}/progress`, { as_of: '2023-12-31', percent: 140 });
    assert.equal(progress.json.field, 'percent');
  });

  test('a ward officer sees and writes the ward\'s projects only', async () => {
    const ward = sen.as('officer', '436-TQ');
    assert.equal((await ward.request('GET', `/api/v1/projects/${project.code}`)).status, 200);
    assert.equal((await ward.request('GET', '/api/v1/projects/ADB-HT')).status, 403);
    assert.equal((await ward.request('GET', '/api/v1/project-portfolio?unit=436&year=2023')).status, 403);
    const list = await ward.request('GET', '/api/v1/projects?unit=436-TQ&year=2023');
    assert.deepEqual(list.json.items.map((p) => p.code), [project.code]);
    const csv = 'project,plan_year,source,paid_on,amount\nADB-HT,2023,city,2023-12-01,1000\n';
    const r = await ward.request('POST', '/api/v1/imports/disbursements', csv, { 'content-type': 'text/csv' });
    assert.equal(r.status, 403);
    assert.equal(r.json.errors[0].line, 2);
    const viewer = sen.as('viewer', '436');
    assert.equal((await viewer.request('POST', '/api/v1/projects/ADB-HT/progress', { percent: 80 })).status, 403);
  });
});

describe('the projects list', () => {
  test('comes a page at a time by code, and the pages make the whole list', async () => {
    const all = await sen.request('GET', '/api/v1/projects?unit=436&year=2023');
    assert.equal(all.json.next, null);
    assert.ok(all.json.items.length >= 3);
    const first = await sen.request('GET', '/api/v1/projects?unit=436&year=2023&limit=2');
    assert.equal(first.json.items.length, 2);
    assert.equal(first.json.next, first.json.items[1].code);
    let cursor = first.json.next;
    const codes = first.json.items.map((p) => p.code);
    while (cursor) {
      const page = await sen.request('GET', `/api/v1/projects?unit=436&year=2023&limit=2&cursor=${encodeURIComponent(cursor)}`);
      codes.push(...page.json.items.map((p) => p.code));
      cursor = page.json.next;
    }
    assert.deepEqual(codes, all.json.items.map((p) => p.code));
    const bad = await sen.request('GET', '/api/v1/projects?unit=436&year=2023&limit=0');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.field, 'limit');
  });
});
