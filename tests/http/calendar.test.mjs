import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { senCli, startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

describe('lunar calendar', () => {
  test('22 March 2023 is the first day of the leap second month, and back', async () => {
    const r = await sen.request('GET', '/api/v1/calendar/lunar?date=2023-03-22');
    assert.equal(r.status, 200);
    assert.deepEqual([r.json.day, r.json.month, r.json.year, r.json.leap], [1, 2, 2023, true]);
    assert.equal(r.json.year_name, 'Quý Mão');
    const back = await sen.request('GET', '/api/v1/calendar/solar?year=2023&month=2&day=1&leap=true');
    assert.equal(back.json.date, '2023-03-22');
  });

  test('9 February 2024 is the 30th day of the 12th month of 2023', async () => {
    const r = await sen.request('GET', '/api/v1/calendar/lunar?date=2024-02-09');
    assert.deepEqual([r.json.day, r.json.month, r.json.year, r.json.leap], [30, 12, 2023, false]);
  });

  test('days that do not exist and malformed dates are refused', async () => {
    assert.equal((await sen.request('GET', '/api/v1/calendar/solar?year=2024&month=2&day=1&leap=true')).status, 404);
    const bad = await sen.request('GET', '/api/v1/calendar/lunar?date=2023-02-30');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.field, 'date');
  });

  test('the CLI prints the same', () => {
    const r = senCli(['calendar', 'lunar', '2024-02-09']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /ngày 30 tháng 12 năm Quý Mão \(2023\)/);
  });
});

describe('working days and deadlines', () => {
  test('adding 3 working days to 20 August 2026 counts Saturday 22 August as worked', async () => {
    const r = await sen.request('GET', '/api/v1/calendar/add-working-days?from=2026-08-20&days=3');
    assert.equal(r.json.date, '2026-08-24');
    const cli = senCli(['calendar', 'add-working-days', '2026-08-20', '3', '--db', sen.db]);
    assert.match(cli.stdout, /24\/08\/2026/);
  });

  test('the holidays of 2026: Tết as decided, a compensatory Monday after Hùng Kings\' Sunday', async () => {
    const r = await sen.request('GET', '/api/v1/calendar/holidays?year=2026');
    const on = (date) => r.json.items.find((d) => d.date === date);
    assert.equal(on('2026-02-17').kind, 'decision');
    assert.equal(on('2026-04-26').kind, 'holiday');
    assert.equal(on('2026-04-27').kind, 'compensatory');
    assert.equal(on('2026-08-22').kind, 'working_day');
    const count = await sen.request('GET', '/api/v1/calendar/working-days?from=2026-02-09&to=2026-02-27');
    assert.equal(count.json.working_days, 10);
  });

  test('a deadline names the rule and its legal source', async () => {
    const r = await sen.request('GET', '/api/v1/calendar/deadline?rule=letter_processing&start=2026-02-06');
    assert.equal(r.status, 200);
    assert.equal(r.json.due, '2026-02-27');  // across Tết
    assert.equal(r.json.rule.code, 'letter_processing');
    assert.equal(r.json.rule.basis, 'working_days');
    assert.match(r.json.rule.source, /05\/2021\/TT-TTCP/);
    const complex = await sen.request('GET', '/api/v1/calendar/deadline?rule=denunciation_resolution&variant=very_complex&start=2026-01-05');
    assert.equal(complex.json.rule.limit, 90);
    assert.equal((await sen.request('GET', '/api/v1/calendar/deadline?rule=no_such_rule&start=2026-01-05')).status, 404);
    const variant = await sen.request('GET', '/api/v1/calendar/deadline?rule=letter_processing&variant=complex&start=2026-01-05');
    assert.equal(variant.status, 404);
    assert.match(variant.json.detail, /base/);
  });

  test('a deadline ending on a Sunday runs to Monday', async () => {
    const r = await sen.request('GET', '/api/v1/calendar/deadline?rule=complaint_acceptance&start=2026-11-05');
    assert.equal(r.json.due, '2026-11-16');
  });

  test('administrators record a yearly decision, which changes the working days', async () => {
    const decision = { from: '2027-02-05', to: '2027-02-12', kind: 'days_off', name: 'Tết Nguyên đán 2027', source: 'Thử nghiệm' };
    assert.equal((await sen.as('leader', '42').request('POST', '/api/v1/calendar/decisions', decision)).status, 403);
    assert.equal((await sen.request('POST', '/api/v1/calendar/decisions', decision)).status, 201);
    assert.equal((await sen.request('POST', '/api/v1/calendar/decisions', decision)).status, 409);
    const r = await sen.request('GET', '/api/v1/calendar/working-days?from=2027-02-01&to=2027-02-19');
    assert.equal(r.json.working_days, 9);
    const bad = await sen.request('POST', '/api/v1/calendar/decisions', { ...decision, kind: 'holiday' });
    assert.equal(bad.json.field, 'kind');
  });

  test('a new rule from a new law applies from its date', async () => {
    const rule = { code: 'letter_processing', name: 'Xử lý đơn (quy định mới, thử)', event: 'received', limit: 15,
      basis: 'working_days', valid_from: '2027-01-01', source: 'Thử nghiệm' };
    const added = await sen.request('POST', '/api/v1/calendar/rules', rule);
    assert.equal(added.status, 201, added.text);
    const before = await sen.request('GET', '/api/v1/calendar/deadline?rule=letter_processing&start=2026-06-01');
    assert.equal(before.json.rule.limit, 10);
    const after = await sen.request('GET', '/api/v1/calendar/deadline?rule=letter_processing&start=2027-03-01');
    assert.equal(after.json.rule.limit, 15);
    assert.equal(after.json.rule.source, 'Thử nghiệm');
  });
});

describe('reporting deadlines', () => {
  test('a report is due working days after the cut-off; units late or missing are named', async () => {
    const due = await sen.request('GET', '/api/v1/calendar/report-due?regime=socio_economic&period=2023-03');
    assert.equal(due.json.cutoff_from, '2023-02-15');
    assert.equal(due.json.cutoff_to, '2023-03-14');
    assert.equal(due.json.due, '2023-03-17');
    await sen.request('POST', '/api/v1/values', { indicator: 'TRONG_CAY', unit: '436-BH', period: '2023-03', vintage: 'estimate', value: 1200 });
    const r = await sen.request('GET', '/api/v1/submissions?unit=436&period=2023-03&regime=socio_economic');
    assert.equal(r.status, 200);
    const state = (code) => r.json.items.find((s) => s.unit === code).state;
    assert.equal(state('436-BH'), 'late');
    assert.equal(state('436-TQ'), 'missing');
    const early = await sen.request('GET', '/api/v1/submissions?unit=436&period=2023-03&regime=socio_economic&as_of=2023-03-10');
    assert.equal(early.json.items.find((s) => s.unit === '436-TQ').state, 'pending');
  });
});
