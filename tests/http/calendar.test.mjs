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

  test('the days off of 2023, whole: each holiday on a weekend gets its own compensatory day', async () => {
    const code2019 = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
    const compensation = 'Bộ luật Lao động 2019, Điều 111 khoản 3';
    const tetSource = 'Văn bản của Văn phòng Chính phủ ngày 01/12/2022, Phó Thủ tướng Vũ Đức Đam đồng ý (en.nhandan.vn; en.vietnamplus.vn)';
    const qkSource = 'Văn bản của Văn phòng Chính phủ ngày 01/12/2022, Phó Thủ tướng Vũ Đức Đam đồng ý (en.nhandan.vn; sggpnews.org.vn)';
    const tet = (date, weekday) => ({ date, name: 'Tết Nguyên đán Quý Mão 2023', kind: 'decision', source: tetSource, weekday });
    const qk = (date, weekday) => ({ date, name: 'Quốc khánh 2023 (ngày liền kề: thứ Sáu 1/9)', kind: 'decision', source: qkSource, weekday });
    const r = await sen.request('GET', '/api/v1/calendar/holidays?year=2023');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, {
      year: 2023,
      items: [
        { date: '2023-01-01', name: 'Tết Dương lịch', kind: 'holiday', source: code2019, weekday: 0 },
        { date: '2023-01-02', name: 'Nghỉ bù: Tết Dương lịch ngày 01/01/2023 trùng ngày nghỉ hằng tuần', kind: 'compensatory', source: compensation, weekday: 1 },
        tet('2023-01-20', 5), tet('2023-01-21', 6), tet('2023-01-22', 0), tet('2023-01-23', 1),
        tet('2023-01-24', 2), tet('2023-01-25', 3), tet('2023-01-26', 4),
        { date: '2023-04-29', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday', source: code2019, weekday: 6 },
        { date: '2023-04-30', name: 'Ngày Chiến thắng 30/4', kind: 'holiday', source: code2019, weekday: 0 },
        { date: '2023-05-01', name: 'Ngày Quốc tế Lao động 1/5', kind: 'holiday', source: code2019, weekday: 1 },
        { date: '2023-05-02', name: 'Nghỉ bù: Giỗ Tổ Hùng Vương (10/3 âm lịch) ngày 29/04/2023 trùng ngày nghỉ hằng tuần', kind: 'compensatory', source: compensation, weekday: 2 },
        { date: '2023-05-03', name: 'Nghỉ bù: Ngày Chiến thắng 30/4 ngày 30/04/2023 trùng ngày nghỉ hằng tuần', kind: 'compensatory', source: compensation, weekday: 3 },
        qk('2023-09-01', 5), qk('2023-09-02', 6), qk('2023-09-03', 0), qk('2023-09-04', 1),
      ],
    });
    const cli = senCli(['calendar', 'holidays', '2023', '--db', sen.db]);
    assert.equal(cli.status, 0);
    assert.match(cli.stdout, /03\/05\/2023 +Thứ tư +compensatory +Nghỉ bù: Ngày Chiến thắng 30\/4 ngày 30\/04\/2023/);
  });

  test('the start of 2026: New Year with Friday 2/1 off and Saturday 10/1 worked, whole', async () => {
    const source = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (vietnamnews.vn; en.sggp.org.vn)';
    const newYear = (date, weekday) => ({ date, name: 'Tết Dương lịch 2026 (nghỉ thứ Sáu 2/1)', kind: 'decision', source, weekday });
    const r = await sen.request('GET', '/api/v1/calendar/holidays?year=2026');
    assert.deepEqual(r.json.items.filter((d) => d.date < '2026-02-01'), [
      newYear('2026-01-01', 4), newYear('2026-01-02', 5), newYear('2026-01-03', 6), newYear('2026-01-04', 0),
      { date: '2026-01-10', name: 'Làm bù thứ Bảy cho ngày nghỉ thứ Sáu 2/1/2026', kind: 'working_day', source, weekday: 6 },
    ]);
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

describe('one range for every question, the dates computed included', () => {
  // Each refusal: 400, code calendar.out_of_range, the field named, the range in the detail; the
  // CLI fails with the same message and prints nothing on stdout.
  async function refused(path, field, range) {
    const r = await sen.request('GET', path, undefined, { 'Accept-Language': 'en' });
    assert.equal(r.status, 400, `${path}: ${r.text}`);
    assert.equal(r.json.code, 'calendar.out_of_range', path);
    assert.equal(r.json.field, field, path);
    assert.match(r.json.detail, range, path);
  }
  function cliRefused(args, range) {
    const r = senCli(['calendar', ...args]);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr, range, args.join(' '));
  }
  const lunarRange = /1900-01-31 to 2100-12-31/;
  const workingRange = /2012-01-01 to 2100-12-31/;

  test('lunar and solar dates: 31/01/1900 to 31/12/2100, the solar date of a lunar one included', async () => {
    await refused('/api/v1/calendar/lunar?date=1900-01-15', 'date', lunarRange);
    await refused('/api/v1/calendar/lunar?date=2101-01-01', 'date', lunarRange);
    cliRefused(['lunar', '2101-01-01'], lunarRange);
    // The 29th of the last month of 2100 is 28/01/2101.
    await refused('/api/v1/calendar/solar?year=2100&month=12&day=29', 'day', lunarRange);
    cliRefused(['solar', '2100', '12', '29'], lunarRange);
    await refused('/api/v1/calendar/solar?year=1899&month=1&day=1', 'year', lunarRange);
    const first = await sen.request('GET', '/api/v1/calendar/solar?year=1900&month=1&day=1');
    assert.equal(first.json.date, '1900-01-31');
  });

  test('working days: from 1/1/2012, the first day of the Labour Code Sen holds, to 31/12/2100', async () => {
    await refused('/api/v1/calendar/holidays?year=2011', 'year', workingRange);
    cliRefused(['holidays', '2011', '--db', sen.db], workingRange);
    assert.equal((await sen.request('GET', '/api/v1/calendar/holidays?year=2100')).status, 200);
    await refused('/api/v1/calendar/working-days?from=2011-12-30&to=2012-01-10', 'from', workingRange);
    await refused('/api/v1/calendar/working-days?from=2100-12-01&to=2101-01-10', 'to', workingRange);
    // 2000 working days from June 2100 would end in 2108.
    await refused('/api/v1/calendar/add-working-days?from=2100-06-01&days=2000', 'days', workingRange);
    cliRefused(['add-working-days', '2100-06-01', '2000', '--db', sen.db], workingRange);
    await refused('/api/v1/calendar/add-working-days?from=2100-12-20&days=30', 'days', workingRange);
    const last = await sen.request('GET', '/api/v1/calendar/add-working-days?from=2100-12-20&days=5');
    assert.equal(last.json.date, '2100-12-27');
    assert.equal((await sen.request('GET', '/api/v1/calendar/deadline?rule=complaint_first_resolution&start=2100-12-01')).json.due, '2100-12-31');
    await refused('/api/v1/calendar/deadline?rule=complaint_first_resolution&start=2100-12-05', 'start', workingRange);
    cliRefused(['deadline', 'complaint_first_resolution', '2100-12-05', '--db', sen.db], workingRange);
    await refused('/api/v1/calendar/deadline?rule=letter_processing&start=2011-05-05', 'start', workingRange);
  });

  test('the CLI refuses an end before the start as the API does', async () => {
    const api = await sen.request('GET', '/api/v1/calendar/working-days?from=2026-03-10&to=2026-03-01', undefined, { 'Accept-Language': 'en' });
    assert.equal(api.status, 400);
    assert.equal(api.json.field, 'to');
    const cli = senCli(['calendar', 'working-days', '2026-03-10', '2026-03-01', '--db', sen.db]);
    assert.notEqual(cli.status, 0);
    assert.equal(cli.stdout, '');
    assert.match(cli.stderr, new RegExp(api.json.detail));
  });

  test('a decision outside the range is refused and changes nothing', async () => {
    const before = await sen.request('GET', '/api/v1/calendar/decisions');
    const r = await sen.request('POST', '/api/v1/calendar/decisions',
      { from: '2101-01-01', to: '2101-01-02', kind: 'days_off', name: 'Ngoài phạm vi', source: 'Thử nghiệm' });
    assert.equal(r.status, 400);
    assert.equal(r.json.field, 'from');
    assert.deepEqual((await sen.request('GET', '/api/v1/calendar/decisions')).json, before.json);
  });
});

describe('deadline rules for every text in force since 2012', () => {
  async function due(rule, start, variant = 'base') {
    return sen.request('GET', `/api/v1/calendar/deadline?rule=${rule}&variant=${variant}&start=${start}`);
  }

  test('letters received before 16/11/2021 follow Circular 07/2014: also 10 working days', async () => {
    const r = await due('letter_processing', '2020-04-24');
    assert.equal(r.status, 200, r.text);
    // Friday 24/4/2020: 27–29/4 (3), 30/4–3/5 off, 4–8/5 (8), 11–12/5 (10).
    assert.equal(r.json.due, '2020-05-12');
    assert.equal(r.json.rule.limit, 10);
    assert.equal(r.json.rule.basis, 'working_days');
    assert.match(r.json.rule.source, /07\/2014\/TT-TTCP/);
    assert.equal(r.json.rule.valid_to, '2021-11-15');
    assert.match((await due('letter_processing', '2021-11-16')).json.rule.source, /05\/2021\/TT-TTCP/);
  });

  test('an event before every modelled text is refused with the reason', async () => {
    const r = await due('letter_processing', '2013-06-03');
    assert.equal(r.status, 422);
    assert.equal(r.json.code, 'rule.before_first_text');
    assert.equal(r.json.field, 'start');
    assert.match(r.json.detail, /07\/2014\/TT-TTCP/);
    assert.match(r.json.detail, /15\/12\/2014/);
    const complaint = await due('complaint_acceptance', '2012-06-30');
    assert.equal(complaint.status, 422);
    assert.match(complaint.json.detail, /Luật Khiếu nại 2011/);
    assert.match(complaint.json.detail, /01\/07\/2012/);
  });

  test('denunciations before 2019 follow the Law on Denunciations 2011', async () => {
    const accept = await due('denunciation_acceptance', '2016-03-01');
    assert.equal(accept.status, 200, accept.text);
    assert.deepEqual([accept.json.rule.limit, accept.json.rule.basis, accept.json.due], [10, 'calendar_days', '2016-03-11']);
    assert.match(accept.json.rule.source, /Luật Tố cáo 2011 \(03\/2011\/QH13\), Điều 20/);
    const resolve = await due('denunciation_resolution', '2016-03-01', 'complex');
    assert.deepEqual([resolve.json.rule.limit, resolve.json.due], [90, '2016-05-30']);
    assert.match(resolve.json.rule.source, /Điều 21/);
    // From 1/1/2019 the Law on Denunciations 2018: 7 working days.
    const later = await due('denunciation_acceptance', '2019-01-02');
    assert.deepEqual([later.json.rule.limit, later.json.rule.basis], [7, 'working_days']);
  });

  test('complaints from 1/7/2026 follow the Law on Complaints as amended by Law 136/2025/QH15', async () => {
    const before = await due('complaint_first_resolution', '2026-06-30');
    assert.equal(before.json.rule.source, 'Luật Khiếu nại 2011, Điều 28');
    const after = await due('complaint_first_resolution', '2026-07-01');
    assert.equal(after.json.rule.limit, 30);
    assert.equal(after.json.rule.valid_from, '2026-07-01');
    assert.match(after.json.rule.source, /Luật 136\/2025\/QH15/);
    assert.match(after.json.rule.source, /tạm đình chỉ/);
    // 30 days after Wednesday 1/7/2026 is Friday 31/7.
    assert.equal(after.json.due, '2026-07-31');
  });
});
