// Reading a narrative report: the seed report of 27/12/2022, the corpus of tests/extraction/,
// review and acceptance, files, bad input, scope.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { evaluate } from '../extraction/evaluate.mjs';
import { senBin, senCli, sql, startSen } from './harness.mjs';

// The seed report (../shared/seed/ of the team), kept in the repository: a fresh clone has no ../shared.
const seedPath = new URL('../seed/hoi-nghi-tong-ket-2022.txt', import.meta.url).pathname;
const seed = readFileSync(seedPath, 'utf8');

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

// The text between code points [start, end), as the API counts them.
const span = (text, start, end) => Array.from(text).slice(start, end).join('');
const item = (r, code, measure = 'value') => r.items.find((i) => i.indicator === code && i.measure === measure);
const extractions = () => Number(sql(sen.db, 'SELECT count(*) FROM extractions').trim());

describe('the seed report, read for Hà Tĩnh City and 2022', () => {
  let r;
  before(async () => {
    const res = await sen.request('POST', '/api/v1/extractions', { text: seed, unit: '436', period: '2022' });
    assert.equal(res.status, 201, res.text);
    r = res.json;
  });

  test('budget revenue 1.172,5 tỷ đồng, an estimate, 152% of plan', () => {
    assert.equal(item(r, 'THU_NS').value, 1172.5);
    assert.equal(item(r, 'THU_NS').vintage, 'estimate');
    assert.equal(item(r, 'THU_NS').quote, 'Tổng thu ngân sách ước đạt 1.172,5 tỷ đồng');
    assert.equal(item(r, 'THU_NS', 'percent_of_plan').value, 152);
  });

  test('disbursement 548.291 triệu đồng at 90,2% of plan, growth 11,67%, 23.000 trees', () => {
    assert.equal(item(r, 'GIAI_NGAN_DTC').value, 548291);
    assert.equal(item(r, 'GIAI_NGAN_DTC', 'percent_of_plan').value, 90.2);
    assert.equal(item(r, 'TANG_TRUONG_GTSX').value, 11.67);
    assert.equal(item(r, 'TRONG_CAY').value, 23000);
  });

  test('the 2023 targets and the trees planted since 2020 are not taken for 2022', () => {
    assert.deepEqual(r.items.filter((i) => i.indicator === 'TRONG_CAY').map((i) => i.value), [23000]);
    assert.ok(!r.items.some((i) => i.value === 1039 || i.value === 25000 || i.value === 11.5));
  });

  test('inspections and discipline are suggestions; 25/25 is understood', () => {
    const names = r.suggestions.map((s) => `${s.name} ${s.value}`);
    assert.ok(names.some((n) => /tổ chức đảng 118$/.test(n)), names.join('; '));
    assert.ok(names.some((n) => /kỷ luật đảng viên 28$/.test(n)), names.join('; '));
    assert.deepEqual(r.counts.map((c) => [c.met, c.total]), [[25, 25]]);
    assert.deepEqual(r.counts[0].current, { met: 25, total: 25 });
  });

  test('every quote is the text at its position', () => {
    for (const x of [...r.items, ...r.suggestions, ...r.counts]) assert.equal(span(r.text, x.start, x.end), x.quote);
  });

  test('the unit\'s current figures stand beside the proposals', () => {
    assert.deepEqual(item(r, 'THU_NS').current, { value: 1172.5, vintage: 'estimate' });
    assert.equal(Math.round(item(r, 'THU_NS', 'percent_of_plan').current.value), 152);
  });
});

describe('the corpus of tests/extraction/', () => {
  test('precision and recall of at least 0,9 each; every quote a span of its report', () => {
    const r = evaluate(senBin, sen.db);
    for (const c of r.results) {
      for (const x of [...c.out.items, ...c.out.suggestions]) {
        assert.equal(span(c.text, x.start, x.end), x.quote, `${c.file}: ${x.quote}`);
      }
      assert.ok(c.countsOk, `${c.file}: counts ${JSON.stringify(c.out.counts)}`);
    }
    assert.ok(r.precision >= 0.9, `precision ${r.precision}`);
    assert.ok(r.recall >= 0.9, `recall ${r.recall}`);
  });
});

describe('review and accept', () => {
  const report = 'Phường Bắc Hà: tổng thu ngân sách trên địa bàn ước thực hiện 42,6 tỷ đồng, đạt 112% dự toán. ' +
    'Trồng mới 2.150 cây xanh.';

  test('accepted figures become values with the quote as their source, and show in the scorecard', async () => {
    const created = (await sen.request('POST', '/api/v1/extractions', { text: report, unit: '436', period: '2023', document: 'Báo cáo số 12/BC-UBND' })).json;
    const trees = item(created, 'TRONG_CAY');
    assert.equal(trees.value, 2150);
    const res = await sen.request('POST', `/api/v1/extractions/${created.id}/accept`, { items: [{ ...trees, value: 2200 }] });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.items[0].value, 2200);
    assert.equal(res.json.items[0].source, 'Báo cáo số 12/BC-UBND: "Trồng mới 2.150 cây xanh"');
    const card = (await sen.request('GET', '/api/v1/scorecard?unit=436&period=2023')).json;
    assert.equal(card.items.find((i) => i.indicator === 'TRONG_CAY').actual, 2200);
    const again = (await sen.request('GET', `/api/v1/extractions/${created.id}`)).json;
    assert.equal(again.accepted.length, 1);
    assert.deepEqual(item(again, 'TRONG_CAY').current, { value: 2200, vintage: 'preliminary' });
    const audit = sql(sen.db, `SELECT action FROM audit_log WHERE entity = 'extraction' AND entity_key = '${created.id}' ORDER BY id`);
    assert.deepEqual(audit.trim().split('\n'), ['create', 'accept']);
  });

  test('a quote that is not the text, an unknown indicator or a percentage is refused and nothing is written', async () => {
    const created = (await sen.request('POST', '/api/v1/extractions', { text: report, unit: '436', period: '2023' })).json;
    const thu = item(created, 'THU_NS');
    const values = () => sql(sen.db, 'SELECT count(*) FROM indicator_values').trim();
    const before = values();
    for (const [items, field] of [
      [[thu, { ...thu, quote: 'Tổng thu 99 tỷ' }], 'items[1].quote'],
      [[thu, { ...thu, indicator: 'KHONG_CO' }], 'items[1].indicator'],
      [[item(created, 'THU_NS', 'percent_of_plan')], 'items[0].measure'],
      [[], 'items'],
    ]) {
      const res = await sen.request('POST', `/api/v1/extractions/${created.id}/accept`, { items });
      assert.equal(res.status, 400, res.text);
      assert.equal(res.json.field, field);
    }
    assert.equal(values(), before);
  });
});

describe('files', () => {
  const multipart = (fields, file) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('file', new Blob([file.bytes]), file.name);
    return form;
  };
  const upload = async (form) => {
    const res = await fetch(`${sen.url}/api/v1/extractions`, { method: 'POST', body: form, headers: { authorization: `Bearer ${sen.adminToken}` } });
    return { status: res.status, json: await res.json() };
  };

  for (const format of ['docx', 'pdf']) {
    test(`Sen's own ${format.toUpperCase()} report reads back into its figures`, async () => {
      const doc = await fetch(`${sen.url}/api/v1/reports/annual?unit=436&year=2022&format=${format}`, { headers: { authorization: `Bearer ${sen.adminToken}` } });
      assert.equal(doc.status, 200);
      const bytes = new Uint8Array(await doc.arrayBuffer());
      const r = await upload(multipart({ unit: '436', period: '2022' }, { bytes, name: `bao-cao.${format}` }));
      assert.equal(r.status, 201, JSON.stringify(r.json));
      assert.equal(r.json.document, `bao-cao.${format}`);
      assert.equal(item(r.json, 'THU_NS').value, 1172.5);
      for (const x of r.json.items) assert.equal(span(r.json.text, x.start, x.end), x.quote);
    });
  }

  test('a plain text file', async () => {
    const r = await upload(multipart({ unit: '436', period: '2022' }, { bytes: new TextEncoder().encode(seed), name: 'seed.txt' }));
    assert.equal(r.status, 201);
    assert.equal(r.json.media_type, 'text/plain');
    assert.equal(item(r.json, 'TRONG_CAY').value, 23000);
  });

  test('bad input is named and writes nothing', async () => {
    const before = extractions();
    const cases = [
      [{ text: '   ', unit: '436', period: '2022' }, 'text'],
      [{ text: seed, unit: 'KHONG', period: '2022' }, 'unit'],
      [{ text: seed, unit: '436', period: '2022-13' }, 'period'],
      [{ text: seed, unit: '18073', period: '2022' }, 'unit'],
      [{ text: seed, unit: '436', period: '2022', vintage: 'guess' }, 'vintage'],
    ];
    for (const [body, field] of cases) {
      const res = await sen.request('POST', '/api/v1/extractions', body);
      assert.equal(res.status, 400, `${field}: ${res.text}`);
      assert.equal(res.json.field, field);
      assert.match(res.headers.get('content-type'), /problem\+json/);
    }
    for (const bytes of [new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 9]), new Uint8Array([0xff, 0xfe, 0, 0x41])]) {
      const r = await upload(multipart({ unit: '436', period: '2022' }, { bytes, name: 'x' }));
      assert.equal(r.status, 400);
      assert.equal(r.json.field, 'file');
    }
    assert.equal(extractions(), before);
  });
});

describe('scope and permissions', () => {
  test('a ward officer reads reports of the ward, not of the city', async () => {
    const officer = sen.as('officer', '436-BH');
    assert.equal((await officer.request('POST', '/api/v1/extractions', { text: seed, unit: '436', period: '2022' })).status, 403);
    const own = await officer.request('POST', '/api/v1/extractions', { text: 'Trồng mới 150 cây xanh.', unit: '436-BH', period: '2022' });
    assert.equal(own.status, 201);
    const city = (await sen.request('POST', '/api/v1/extractions', { text: seed, unit: '436', period: '2022' })).json;
    assert.equal((await officer.request('GET', `/api/v1/extractions/${city.id}`)).status, 403);
    assert.equal((await sen.as('viewer').request('POST', '/api/v1/extractions', { text: seed, unit: '436', period: '2022' })).status, 403);
  });

  test('administrators edit the words of an indicator; a stale version is refused', async () => {
    const w = (await sen.request('GET', '/api/v1/indicators/TRONG_CAY/words')).json;
    assert.ok(w.names.includes('trồng mới'));
    const res = await sen.request('PATCH', '/api/v1/indicators/TRONG_CAY/words', { names: [...w.names, 'cây bóng mát'], version: w.version });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.version, w.version + 1);
    assert.equal((await sen.request('PATCH', '/api/v1/indicators/TRONG_CAY/words', { names: [], version: w.version })).status, 409);
    assert.equal((await sen.as('officer').request('PATCH', '/api/v1/indicators/TRONG_CAY/words', { names: [], version: res.json.version })).status, 403);
  });

  test('the CLI prints the proposals', () => {
    const r = senCli(['extract', seedPath, '--unit', '436', '--period', '2022', '--db', sen.db]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /THU_NS\s+1\.172,5 tỷ đồng \(ước\)/);
    assert.match(r.stdout, /Số chỉ tiêu đạt: 25\/25/);
  });
});
