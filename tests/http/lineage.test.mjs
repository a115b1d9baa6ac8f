// Figures across the 2025 reorganisation of Hà Tĩnh (issue 25): the city 436 closed on 30 June 2025
// and the wards Thành Sen (18073), Trần Phú (18100) and Hà Huy Tập (18652) were formed from it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { senCli, sql, startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const get = async (path) => {
  const r = await sen.request('GET', path);
  assert.equal(r.status, 200, `${path}: ${r.text}`);
  return r.json;
};
const item = (card, code) => card.items.find((i) => i.indicator === code);
const close = (a, b) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);
// A figure taken with a share is rounded to the indicator's decimals, as the reports print it.
const shown = (v, decimals) => Math.round(v * 10 ** decimals) / 10 ** decimals;

describe('the lineage of a unit', () => {
  test('the old city shows its three successors with their illustrative population shares and legal source', async () => {
    const l = await get('/api/v1/units/436/lineage');
    assert.deepEqual(l.successors.map((s) => [s.successor, s.name, s.effective]), [
      ['18073', 'Phường Thành Sen', '2025-07-01'], ['18100', 'Phường Trần Phú', '2025-07-01'], ['18652', 'Phường Hà Huy Tập', '2025-07-01']]);
    const shares = l.successors.map((s) => s.shares[0]);
    assert.deepEqual(shares.map((s) => [s.basis, s.share, s.illustrative]), [
      ['population', 0.42, true], ['population', 0.31, true], ['population', 0.27, true]]);
    assert.match(shares[0].legal_source, /Ủy ban Thường vụ Quốc hội/);
  });

  test('Thành Sen shows the city and the old wards it was formed from', async () => {
    const l = await get('/api/v1/units/18073/lineage');
    assert.deepEqual(l.predecessors.map((p) => p.predecessor), ['436', '436-BH', '436-NH', '436-TQ']);
    assert.equal(l.predecessors[1].name, 'Phường Bắc Hà');
  });

  test('shares that do not add up to 1 are refused naming the field, and nothing is written', async () => {
    const r = await sen.request('POST', '/api/v1/units/436/succession-shares', {
      basis: 'area', legal_source: 'Nghị quyết thử', parts: [{ successor: '18073', share: 0.5 }, { successor: '18100', share: 0.3 }],
    });
    assert.equal(r.status, 400);
    assert.equal(r.json.field, 'parts');
    assert.match(r.json.detail, /0[.,]8/);
    const none = await sen.request('POST', '/api/v1/units/436/succession-shares', {
      basis: 'area', legal_source: 'Nghị quyết thử', parts: [{ successor: '42', share: 1 }],
    });
    assert.equal(none.json.field, 'parts[0].successor');
    assert.equal(sql(sen.db, "SELECT count(*) FROM unit_succession_shares WHERE basis = 'area'").trim(), '0');
  });

  test('recorded shares replace those of the basis, with an audit row', async () => {
    const parts = [{ successor: '18073', share: 0.5 }, { successor: '18100', share: 0.25 }, { successor: '18652', share: 0.25 }];
    const r = await sen.request('POST', '/api/v1/units/436/succession-shares', { basis: 'area', legal_source: 'Nghị quyết thử', parts });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.successors[0].shares.map((s) => [s.basis, s.share]), [['area', 0.5], ['population', 0.42]]);
    assert.equal(sql(sen.db, "SELECT count(*) FROM audit_log WHERE action = 'record_shares' AND entity_key = '436'").trim(), '1');
  });
});

describe('old periods on the new map', () => {
  test('the 2024 scorecard of Thành Sen answers derived figures, not no_data', async () => {
    const card = await get('/api/v1/scorecard?unit=18073&period=2024');
    assert.equal(card.unit_name, 'Phường Thành Sen');
    const thu = item(card, 'THU_NS');
    close(thu.actual, shown(1350.6 * 0.42, 1));
    assert.equal(thu.derived, 'lineage');
    assert.deepEqual(thu.lineage, [{ from: '436', to: '18073', share: 0.42, basis: 'population', illustrative: true }]);
    assert.equal(thu.illustrative, true);
    close(thu.target.value, shown(1200 * 0.42, 1));
    assert.equal(thu.target.derived, 'lineage');
    assert.equal(thu.status, 'exceeded');
    assert.equal(item(card, 'TAI_NAN_GT').status, 'exceeded');  // 14 × 0.42 accidents against at most 20 × 0.42
  });

  test('a figure the city entered for a whole year is the one the ward takes, not the sum of quarters from records', async () => {
    const city = item(await get('/api/v1/scorecard?unit=436&period=2022'), 'GIAI_NGAN_DTC');
    const ward = item(await get('/api/v1/scorecard?unit=18073&period=2022'), 'GIAI_NGAN_DTC');
    assert.equal(city.actual, 548291, 'the conference\'s figure');
    close(ward.actual, shown(city.actual * 0.42, 0));
    assert.equal(ward.derived, 'lineage');
    assert.equal(ward.status, city.status, 'the ward passes or fails as the city it comes from');
    // Taken with a share, a count is a whole number, and its % KH is that of the numbers printed.
    const admissions = item(await get('/api/v1/scorecard?unit=18073&period=2022'), 'KET_NAP_DV');
    assert.deepEqual([admissions.actual, admissions.target.value], [53, 46]);
    close(Math.round(admissions.target_pct * 10) / 10, 115.2);
  });

  test('the ward\'s party statistics of a year before it was formed are refused with whose records they are, not counted as zero', async () => {
    const r = await sen.request('GET', '/api/v1/oversight/stats?unit=18073&period=2022');
    assert.equal(r.status, 422);
    assert.equal(r.json.field, 'period');
    assert.match(r.json.detail, /Phường Thành Sen được thành lập ngày 01\/07\/2025; hồ sơ của thời gian trước đó thuộc Thành phố Hà Tĩnh/);
    const cli = senCli(['oversight', 'stats', '--db', sen.db, '--unit', '18073', '--period', '2022']);
    assert.notEqual(cli.status, 0);
    const report = (await sen.request('GET', '/api/v1/reports/annual?unit=18073&year=2022&format=html')).text;
    assert.match(report, /Phường Thành Sen được thành lập ngày 01\/07\/2025; hồ sơ của thời gian trước đó thuộc Thành phố Hà Tĩnh\./);
    assert.doesNotMatch(report, /Kết nạp 0/);
  });

  test('a rate without numerator and denominator is refused as not comparable, with the reason', async () => {
    const bhyt = item(await get('/api/v1/scorecard?unit=18073&period=2024'), 'TY_LE_BHYT');
    assert.equal(bhyt.actual, null);
    assert.equal(bhyt.status, 'no_data');
    assert.match(bhyt.not_comparable.reason, /TY_LE_BHYT không cộng được/);
    assert.match(bhyt.not_comparable.reason_en, /not comparable/);
  });

  test('the series of Thành Sen runs across 2025 with the derived years marked and the change dated', async () => {
    const s = await get('/api/v1/series?unit=18073&indicator=THU_NS&from=2022&to=2026');
    const byYear = Object.fromEntries(s.points.map((p) => [p.period, p]));
    close(byYear['2022'].actual.value, shown(1172.5 * 0.42, 1));
    assert.equal(byYear['2022'].actual.derived, 'lineage');
    assert.equal(byYear['2026'].actual.value, 560.2);
    assert.equal(byYear['2026'].actual.derived, undefined);
    assert.equal(byYear['2025'].actual, null);
    assert.deepEqual(s.changes, [{ date: '2025-07-01', kind: 'formed', units: ['436', '436-BH', '436-NH', '436-TQ'] }]);
  });
});

describe('new periods on the old map', () => {
  test('the old city’s series runs on into 2026 with the three wards’ sum, the closure dated', async () => {
    const s = await get('/api/v1/series?unit=436&indicator=THU_NS&from=2022&to=2026');
    const byYear = Object.fromEntries(s.points.map((p) => [p.period, p]));
    assert.equal(byYear['2024'].actual.value, 1350.6);
    assert.equal(byYear['2024'].actual.derived, undefined);
    close(byYear['2026'].actual.value, 560.2 + 401.5 + 352.9);
    assert.equal(byYear['2026'].actual.derived, 'lineage');
    assert.deepEqual(byYear['2026'].actual.lineage.map((step) => [step.from, step.to, step.basis]),
      [['18073', '436', 'whole'], ['18100', '436', 'whole'], ['18652', '436', 'whole']]);
    assert.deepEqual(s.changes, [{ date: '2025-07-01', kind: 'closed', units: ['18073', '18100', '18652'] }]);
  });

  test('the province breakdown of 2026 on the 2024 map lists the old city with the wards’ sum', async () => {
    const rows = (await get('/api/v1/breakdown?unit=42&indicator=TRONG_CAY&period=2026&map=2024-12-31')).items;
    const city = rows.find((r) => r.unit === '436');
    assert.equal(city.actual.value, 9300 + 7250 + 6100);
    assert.equal(city.actual.derived, 'lineage');
    assert.ok(!rows.some((r) => r.unit === '18073'));
    const now = (await get('/api/v1/breakdown?unit=42&indicator=TRONG_CAY&period=2026')).items;
    assert.deepEqual(now.filter((r) => r.actual).map((r) => r.unit), ['18073', '18100', '18652']);
  });

  test('a malformed map date is refused naming the parameter', async () => {
    const r = await sen.request('GET', '/api/v1/scorecard?unit=436&period=2026&map=31-12-2024');
    assert.equal(r.status, 400);
    assert.equal(r.json.field, 'map');
  });
});

describe('derived figures are marked wherever they are printed', () => {
  test('the report of Thành Sen for 2024 marks each derived figure (**) and names the path in a note', async () => {
    const html = (await sen.request('GET', '/api/v1/reports/annual?unit=18073&year=2024')).text;
    assert.match(html, /<td class="number">567,3 \(\*\) \(\*\*\)<\/td>/);
    assert.match(html, /<td class="number">≥ 504 \(\*\) \(\*\*\)<\/td>/, 'the target derived from the city’s is marked too');
    assert.match(html, /bằng 112,6% kế hoạch tỉnh giao \(\*\) \(\*\*\)\./);
    assert.match(html, /\(\*\*\) Số liệu suy ra qua sắp xếp đơn vị hành chính[^<]*Thành phố Hà Tĩnh \(436\) → Phường Thành Sen \(18073\), 42% theo dân số \(phần chia minh họa\)/);
    assert.match(html, /<td>Tỷ lệ người dân tham gia bảo hiểm y tế<\/td>.*?<td>Không so sánh được<\/td>/s);
    assert.match(html, /Tỷ lệ người dân tham gia bảo hiểm y tế: Chỉ tiêu TY_LE_BHYT không cộng được/);
    assert.match(html, /4\/5 chỉ tiêu đạt và vượt kế hoạch, 1 chỉ tiêu không so sánh được qua sắp xếp đơn vị\./);
  });

  test('a report of the city’s own 2022 figures has no derived mark', async () => {
    const html = (await sen.request('GET', '/api/v1/reports/annual?unit=436&year=2022')).text;
    assert.ok(!html.includes('(**)'));
  });

  test('sen scorecard marks them the same way, and a ceiling is kept, not exceeded', () => {
    const r = senCli(['scorecard', '--db', sen.db, '--unit', '18073', '--period', '2024']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /567,3 \(\*\) \(\*\*\)/);
    assert.match(r.stdout, /4\/5 chỉ tiêu đạt và vượt kế hoạch, 1 chỉ tiêu không so sánh được qua sắp xếp đơn vị\n/);
    assert.match(r.stdout, /Thành phố Hà Tĩnh \(436\) → Phường Thành Sen \(18073\), 42% theo dân số \(phần chia minh họa\)/);
    assert.match(r.stdout, /Tỷ lệ người dân tham gia bảo hiểm y tế .*không so sánh được +Không so sánh được/);
    const accidents = r.stdout.split('\n').find((l) => l.includes('Số vụ tai nạn giao thông'));
    assert.match(accidents, /Chính thức +Đạt$/, accidents);
  });
});
