// Quantities with bounds, on every intake path: amounts up to 10^15 đồng, percentages 0–100,
// dates within the calendar (1900–2100), values within their indicator's range, text without
// control characters and normalised to NFC. Each refusal names the field and writes nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { sql, startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const auditRows = () => Number(sql(sen.db, 'SELECT count(*) FROM audit_log').trim());

// Sends a raw JSON text (so that 64-bit integers arrive as written) and expects 400 naming `field`.
async function refused(method, path, body, field) {
  const rows = auditRows();
  const r = await sen.request(method, path, typeof body === 'string' ? body : JSON.stringify(body));
  assert.equal(r.status, 400, `${method} ${path}: ${r.status} ${r.text}`);
  assert.equal(r.json.field, field, r.text);
  assert.equal(auditRows(), rows, 'nothing written');
  return r;
}

test('amounts beyond 10^15 đồng are refused; sums cannot overflow', async () => {
  await refused('POST', '/api/v1/projects/ADB-HT/disbursements',
    '{"plan_year": 2022, "source": "city", "paid_on": "2022-12-01", "amount": 9223372036854775807}', 'amount');
  await refused('POST', '/api/v1/projects/ADB-HT/disbursements',
    '{"plan_year": 2022, "source": "city", "paid_on": "2022-12-01", "amount": 1000000000000001}', 'amount');
  await refused('POST', '/api/v1/projects', `{"code": "TRAN", "name": "Tràn", "group": "C", "investor": "UBND", "managing_unit": "436-BQLDA",
    "total_investment": 18446744073709551614, "start_year": 2026, "end_year": 2027, "funding": [{"source": "city", "amount": 9223372036854775807}]}`, 'total_investment');
  await refused('POST', '/api/v1/projects/ADB-HT/capital-plans',
    '{"year_from": 2026, "source": "city", "amount": -1, "decision": "QĐ", "decision_date": "2026-01-10"}', 'amount');
  const portfolio = await sen.request('GET', '/api/v1/project-portfolio?unit=436&year=2022');
  assert.equal(portfolio.status, 200);
  const csv = 'project,plan_year,source,paid_on,amount\nADB-HT,2022,city,2022-12-01,9223372036854775807\n';
  const imported = await sen.request('POST', '/api/v1/imports/disbursements', csv, { 'content-type': 'text/csv' });
  assert.equal(imported.status, 400);
  assert.equal(imported.json.errors[0].field, 'amount', imported.text);
});

test('percentages are 0 to 100', async () => {
  const task = await sen.request('POST', '/api/v1/tasks', { title: 'Việc thử giới hạn', lead_unit: '18073', deadline: '2026-12-31' });
  await refused('POST', `/api/v1/tasks/${task.json.id}/progress`, '{"percent": -9223372036854775808, "text": "x"}', 'percent');
  await refused('POST', `/api/v1/tasks/${task.json.id}/progress`, { percent: 101, text: 'x' }, 'percent');
  await refused('POST', '/api/v1/projects/ADB-HT/progress', { percent: 1e308 }, 'percent');
  await refused('POST', '/api/v1/oversight/ratings', { year: 2025, subject_kind: 'organisation', subject: '18073-DB-01', step: 'self', score: 1000 }, 'score');
});

test('dates lie within the calendar, 1900 to 2100', async () => {
  for (const day of ['0001-01-01', '9999-12-31', '1899-12-31', '2101-01-01']) {
    await refused('POST', '/api/v1/tasks', { title: 'Việc', lead_unit: '18073', deadline: day }, 'deadline');
    await refused('POST', '/api/v1/documents', { kind: 'chi_thi', number: `CT-${day}`, issued_on: day, issuer: 'Ban Thường vụ', issuer_unit: '18073' }, 'issued_on');
    await refused('POST', '/api/v1/projects/ADB-HT/milestones', { name: 'Mốc', planned_on: day }, 'planned_on');
    await refused('POST', '/api/v1/oversight/discipline', {
      subject_kind: 'organisation', subject: '18073-DB-01', form: 'khien_trach', violation_on: day, concluded_on: '2026-10-01',
      decided_on: '2026-11-01', decision: `QĐ-${day}`, body: '18073-DB', reason: 'x',
    }, 'violation_on');
  }
  const r = await sen.request('GET', '/api/v1/units?at=0001-01-01');
  assert.equal(r.status, 400);
  assert.equal(r.json.field, 'at');
});

test('values and targets stay within their indicator\'s range, and always within ±10^15', async () => {
  await refused('POST', '/api/v1/values', '{"indicator": "TRONG_CAY", "unit": "436", "period": "2023", "vintage": "estimate", "value": 1e308}', 'value');
  await refused('POST', '/api/v1/values', { indicator: 'TRONG_CAY', unit: '436', period: '2023', vintage: 'estimate', value: -1e16 }, 'value');
  const rate = (await sen.request('GET', '/api/v1/indicators/TANG_TRUONG_GTSX')).json;
  const set = await sen.request('PATCH', '/api/v1/indicators/TANG_TRUONG_GTSX', { version: rate.version, min_value: -100, max_value: 100 });
  assert.equal(set.status, 200, set.text);
  assert.equal(set.json.max_value, 100);
  const over = await refused('POST', '/api/v1/values', { indicator: 'TANG_TRUONG_GTSX', unit: '436', period: '2023', vintage: 'estimate', value: 150 }, 'value');
  assert.match(over.json.detail, /từ -100 đến 100/);
  const inverted = await sen.request('PATCH', '/api/v1/indicators/TANG_TRUONG_GTSX', { version: set.json.version, min_value: 10, max_value: 5 });
  assert.equal(inverted.json.field, 'max_value');
  const csv = 'indicator,unit,period,vintage,value\nTANG_TRUONG_GTSX,436,2023,estimate,150\n';
  const imported = await sen.request('POST', '/api/v1/imports/values', csv, { 'content-type': 'text/csv' });
  assert.equal(imported.status, 400, 'the same limits through CSV');
});

test('control characters are refused in one-line fields; text is stored in NFC', async () => {
  await refused('POST', '/api/v1/units', { code: 'NUL\u0000', name: 'Tổ', kind: 'agency', parent: '18073', valid_from: '2026-01-01' }, 'code');
  await refused('POST', '/api/v1/units', { code: 'CTL-1', name: 'Tổ\u0007 dân phố', kind: 'agency', parent: '18073', valid_from: '2026-01-01' }, 'name');
  await refused('POST', '/api/v1/tokens', { name: 'khóa\u001bthử' }, 'name');
  await refused('POST', '/api/v1/tasks', { title: 'Dòng một\nDòng hai', lead_unit: '18073', deadline: '2026-12-31' }, 'title');
  // A content keeps its line breaks.
  const multi = await sen.request('POST', '/api/v1/tasks', { title: 'Việc nhiều dòng', content: 'Dòng một\nDòng hai', lead_unit: '18073', deadline: '2026-12-31' });
  assert.equal(multi.status, 201, multi.text);
  assert.equal(multi.json.content, 'Dòng một\nDòng hai');
  // "Tĩnh" typed as T + i + combining tilde + combining dot below + nh: stored precomposed, found by search.
  const decomposed = 'Phường Tha\u0323ch Quý, Hà Ti\u0303nh';
  const created = await sen.request('POST', '/api/v1/units', { code: 'NFC-1', name: decomposed, kind: 'agency', parent: '18073', valid_from: '2026-01-01' });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.json.name, decomposed.normalize('NFC'));
  assert.notEqual(created.json.name, decomposed);
  const csv = 'indicator,unit,period,vintage,value,note\nTRONG_CAY,436,2023-02,estimate,5,ghi\u0000chú\n';
  const imported = await sen.request('POST', '/api/v1/imports/values', csv, { 'content-type': 'text/csv' });
  assert.equal(imported.status, 400);
  assert.equal(imported.json.field, 'file');
});
