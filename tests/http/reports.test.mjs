import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { senCli, startSen } from './harness.mjs';

let sen;
let dir;
before(async () => {
  sen = await startSen({ demo: true });
  dir = mkdtempSync(join(tmpdir(), 'sen-report-'));
});
after(async () => sen.stop());

// The 2022 report as the conference heard it: dated 27/12/2022, number 123.
const annual2022 = ['report', 'annual', '--unit', '436', '--year', '2022', '--date', '2022-12-27', '--number', '123'];
const golden = new URL('../golden/annual-436-2022.html', import.meta.url);

function writeReport(format) {
  const file = join(dir, `annual.${format}`);
  const r = senCli([...annual2022, '--format', format, '-o', file, '--db', sen.db]);
  assert.equal(r.status, 0, r.stderr);
  return file;
}

const pdfText = (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('the annual report of 2022', () => {
  test('as DOCX, opens in LibreOffice and reads with the header and the computed figures', () => {
    const docx = writeReport('docx');
    const profile = mkdtempSync(join(tmpdir(), 'sen-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { stdio: 'ignore', timeout: 120_000 });
    const text = pdfText(join(dir, 'annual.pdf'));
    for (const expected of ['ĐẢNG BỘ TỈNH HÀ TĨNH', 'THÀNH ỦY HÀ TĨNH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 123-BC/TU',
      'Hà Tĩnh, ngày 27 tháng 12 năm 2022', 'BÁO CÁO', '25/25 chỉ tiêu đạt và vượt kế hoạch',
      'Tổng thu ngân sách trên địa bàn ước đạt 1.172,5 tỷ đồng, bằng 152% kế hoạch tỉnh giao',
      'Kiểm tra 118 tổ chức đảng, 45 đảng viên', 'thi hành kỷ luật 28 đảng viên', 'CÁC CHỈ TIÊU NĂM 2023']) {
      assert.ok(text.replace(/\s+/g, ' ').includes(expected), `the document says "${expected}"`);
    }
    assert.match(text, /\f\s*2\s/, 'the second page carries its number');
  });

  test('as XLSX, keeps the figures as numbers, one sheet per section', () => {
    const xlsx = writeReport('xlsx');
    const workbook = execFileSync('unzip', ['-p', xlsx, 'xl/workbook.xml'], { encoding: 'utf8' });
    const sheets = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(sheets, ['Báo cáo', 'Chỉ tiêu', 'Nhiệm vụ', 'Đầu tư công', 'Xây dựng Đảng', 'Đơn thư', 'Chỉ tiêu 2023']);
    const targets = execFileSync('unzip', ['-p', xlsx, 'xl/worksheets/sheet2.xml'], { encoding: 'utf8' });
    assert.match(targets, /<c r="E\d+"[^>]*><v>1172.5<\/v><\/c><c r="F\d+"[^>]*><v>152<\/v><\/c>/, 'result and % of plan are numbers');
    const party = execFileSync('unzip', ['-p', xlsx, 'xl/worksheets/sheet5.xml'], { encoding: 'utf8' });
    assert.match(party, /<v>118<\/v>/);
  });

  test('as PDF, has the same figures', () => {
    const text = pdfText(writeReport('pdf')).replace(/\s+/g, ' ');
    assert.ok(text.includes('1.172,5 tỷ đồng, bằng 152% kế hoạch tỉnh giao'), text.slice(0, 400));
    assert.ok(text.includes('THÀNH ỦY HÀ TĨNH'));
  });

  test('as HTML, is the golden file', () => {
    const html = readFileSync(writeReport('html'), 'utf8');
    if (process.env.SEN_UPDATE_GOLDEN) writeFileSync(golden, html);
    assert.equal(html, readFileSync(golden, 'utf8'));
  });
});

describe('reports through the API', () => {
  test('the annual report in each format, with its type and file name', async () => {
    for (const [format, type, start] of [['pdf', 'application/pdf', '%PDF'], ['html', 'text/html; charset=utf-8', '<!DOCTYPE html>'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK']]) {
      const r = await sen.request('GET', `/api/v1/reports/annual?unit=436&year=2022&format=${format}&date=2022-12-27`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.headers.get('content-type'), type);
      assert.match(r.headers.get('content-disposition'), new RegExp(`bao-cao-436-2022\\.${format}`));
      assert.ok(r.text.startsWith(start), `${format} starts with ${start}`);
    }
  });

  test('sections follow the reader\'s permissions; the unit must be in their scope', async () => {
    const viewer = sen.as('viewer', '436');
    const r = await viewer.request('GET', '/api/v1/reports/annual?unit=436&year=2022&format=html');
    assert.equal(r.status, 200);
    assert.match(r.text, /KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU/);
    assert.doesNotMatch(r.text, /CÔNG TÁC XÂY DỰNG ĐẢNG|ĐƠN THƯ/, 'no Party-building or letters section without their permission');
    const ward = sen.as('viewer', '18073');
    assert.equal((await ward.request('GET', '/api/v1/reports/annual?unit=436&year=2022')).status, 403);
  });

  test('a periodic report prints its cut-off window; bad parameters are refused by name', async () => {
    const r = await sen.request('GET', '/api/v1/reports/periodic?unit=436&period=2023-6M&format=html&issuer=state');
    assert.equal(r.status, 200);
    assert.match(r.text, /Thời gian chốt số liệu \(Nghị định 09\/2019\/NĐ-CP\): từ ngày 15\/12\/2022 đến ngày 14\/06\/2023/);
    assert.match(r.text, /ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ TĨNH/);
    assert.match(r.text, /6 tháng đầu năm 2023/);
    for (const [query, field] of [['unit=436&year=2022&format=rtf', 'format'], ['unit=436&year=2022&issuer=x', 'issuer'],
      ['unit=KHONG-CO&year=2022', 'unit']]) {
      const bad = await sen.request('GET', `/api/v1/reports/annual?${query}`);
      assert.equal(bad.status, 400, query);
      assert.equal(bad.json.field, field);
    }
  });

  test('the CLI refuses a bad format with a message and writes no file', () => {
    const file = join(dir, 'none.rtf');
    const r = senCli(['report', 'annual', '--unit', '436', '--year', '2022', '--format', 'rtf', '-o', file, '--db', sen.db]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /format is html, docx, xlsx or pdf/);
    assert.throws(() => readFileSync(file));
  });
});

describe('open data', () => {
  test('the demo publishes 2022: anyone reads its indicators with vintage and source, as JSON and CSV', async () => {
    const list = await sen.anonymous.request('GET', '/api/v1/open-data');
    assert.equal(list.status, 200);
    assert.deepEqual(list.json.items.map((r) => `${r.unit} ${r.period}`), ['436 2022']);
    const r = await sen.anonymous.request('GET', '/api/v1/open-data/indicators?unit=436&period=2022');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.items.length, 25);
    const revenue = r.json.items.find((i) => i.indicator === 'THU_NS');
    assert.equal(revenue.actual, 1172.5);
    assert.equal(revenue.vintage, 'estimate');
    assert.equal(Math.round(revenue.achievement_pct), 152);
    assert.match(revenue.source, /27\/12\/2022/);
    const csv = await sen.anonymous.request('GET', '/api/v1/open-data/indicators?unit=436&period=2022&format=csv');
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(csv.text.split('\n')[0], /^indicator,name,area,measure,target,plan,actual,achievement_pct,status,vintage,derivation,source,illustrative$/);
    assert.match(csv.text, /\nTHU_NS,[^\n]*,1172.5,/);
  });

  test('what is not released is not public; releasing needs targets.plan and is audited', async () => {
    assert.equal((await sen.anonymous.request('GET', '/api/v1/open-data/indicators?unit=436&period=2023')).status, 404);
    assert.equal((await sen.as('viewer', '436').request('POST', '/api/v1/open-data/releases', { unit: '436', period: '2023' })).status, 403);
    const released = await sen.request('POST', '/api/v1/open-data/releases', { unit: '436', period: '2023' });
    assert.equal(released.status, 201, released.text);
    assert.equal((await sen.anonymous.request('GET', '/api/v1/open-data/indicators?unit=436&period=2023')).status, 200);
    const nothing = await sen.request('POST', '/api/v1/open-data/releases', { unit: '436', period: '2019' });
    assert.equal(nothing.status, 422);
    assert.equal(nothing.json.field, 'period');
    assert.equal((await sen.request('POST', '/api/v1/open-data/withdrawals', { unit: '436', period: '2023' })).status, 204);
    assert.equal((await sen.anonymous.request('GET', '/api/v1/open-data/indicators?unit=436&period=2023')).status, 404);
    const audit = await sen.request('GET', '/api/v1/audit?entity=open_data');
    assert.deepEqual(audit.json.items.map((a) => a.action).sort(), ['release', 'withdraw']);
  });
});
