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
      'Kiểm tra 118 tổ chức đảng, 45 đảng viên', 'thi hành kỷ luật 28 đảng viên', 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023',
      'Các chỉ tiêu chủ yếu năm 2023']) {
      assert.ok(text.replace(/\s+/g, ' ').includes(expected), `the document says "${expected}"`);
    }
    assert.match(text, /\f\s*2\s/, 'the second page carries its number');
  });

  test('as XLSX, keeps the figures as numbers, one sheet per section', () => {
    const xlsx = writeReport('xlsx');
    const workbook = execFileSync('unzip', ['-p', xlsx, 'xl/workbook.xml'], { encoding: 'utf8' });
    const sheets = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(sheets.slice(0, 4), ['Báo cáo', 'Ghi chú', 'Xây dựng Đảng', 'Chỉ tiêu'],
      'the cover, the note on illustrative figures, then Party building first');
    assert.equal(sheets.at(-1), 'Phương hướng 2023');
    const targets = execFileSync('unzip', ['-p', xlsx, 'xl/worksheets/sheet4.xml'], { encoding: 'utf8' });
    assert.match(targets, /<c r="E\d+"[^>]*><v>1172.5<\/v><\/c><c r="F\d+"[^>]*><v>152<\/v><\/c>/, 'result and % of plan are numbers');
    assert.match(targets, /<c r="D\d+"[^>]*><v>547075<\/v><\/c>/, 'the plan is a number, its comparator in the format');
    const party = execFileSync('unzip', ['-p', xlsx, 'xl/worksheets/sheet3.xml'], { encoding: 'utf8' });
    assert.match(party, /<v>118<\/v>/);
    const styles = execFileSync('unzip', ['-p', xlsx, 'xl/styles.xml'], { encoding: 'utf8' });
    assert.match(styles, /formatCode="&quot;≥ &quot;#,##0(&quot; \(\*\)&quot;)?"/);
    assert.match(styles, /formatCode="#,##0\.0&quot;%&quot;"/, 'a percentage shows its sign, the cell staying the number');
    // The workbook's default font (Calibri, which libxlsxwriter always declares) is on no cell written.
    const fonts = [...styles.split('<fonts')[1].split('</fonts>')[0].matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
    const xfs = [...styles.split('<cellXfs')[1].split('</cellXfs>')[0].matchAll(/<xf [^>]*fontId="(\d+)"/g)].map((m) => Number(m[1]));
    for (const n of [1, 2, 3, 4]) {
      const sheet = execFileSync('unzip', ['-p', xlsx, `xl/worksheets/sheet${n}.xml`], { encoding: 'utf8' });
      for (const [, s] of sheet.matchAll(/<c r="[A-Z]+\d+"(?: s="(\d+)")?/g)) {
        assert.match(fonts[xfs[Number(s ?? 0)]], /Times New Roman/, `sheet ${n}: every cell in Times New Roman`);
      }
    }
    const cover = execFileSync('unzip', ['-p', xlsx, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' });
    const strings = [...execFileSync('unzip', ['-p', xlsx, 'xl/sharedStrings.xml'], { encoding: 'utf8' }).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const cell = (ref) => strings[Number(cover.match(new RegExp(`<c r="${ref}"[^>]*t="s"[^>]*><v>(\\d+)</v>`))?.[1])];
    assert.deepEqual([cell('A1'), cell('A2'), cell('A3'), cell('A4')], ['ĐẢNG BỘ TỈNH HÀ TĨNH', 'THÀNH ỦY HÀ TĨNH', '*', 'Số 123-BC/TU']);
    assert.equal(cell('C1'), 'ĐẢNG CỘNG SẢN VIỆT NAM', 'the motto in its own column, as on paper');
  });

  test('as PDF, has the same figures', () => {
    const text = pdfText(writeReport('pdf')).replace(/\s+/g, ' ');
    assert.ok(text.includes('1.172,5 tỷ đồng, bằng 152% kế hoạch tỉnh giao'), text.slice(0, 400));
    assert.ok(text.includes('THÀNH ỦY HÀ TĨNH'));
  });

  test('as HTML, is the golden file', () => {
    // A letter's tracking code is drawn at random (a citizen's key to it): its random part is masked.
    const html = readFileSync(writeReport('html'), 'utf8').replace(/\b(HT\d{4}-)[0-9A-Z]{6}\b/g, '$1******');
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
    assert.match(r.text, /ỦY BAN NHÂN DÂN<\/p><p[^>]*>THÀNH PHỐ HÀ TĨNH/, 'the body named on two lines, the unit whole on the second');
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
    // Only real figures are published: an item the demo data invented any part of is left out.
    const card = (await sen.request('GET', '/api/v1/scorecard?unit=436&period=2022')).json;
    const real = card.items.filter((i) => !i.illustrative).map((i) => i.indicator);
    assert.deepEqual(r.json.items.map((i) => i.indicator), real);
    assert.ok(real.includes('THU_NS') && !real.includes('GIAI_NGAN_DTC'), real.join());
    assert.ok(r.json.items.every((i) => !('illustrative' in i)));
    const revenue = r.json.items.find((i) => i.indicator === 'THU_NS');
    assert.equal(revenue.actual, 1172.5);
    assert.equal(revenue.vintage, 'estimate');
    assert.equal(Math.round(revenue.achievement_pct), 152);
    assert.equal(revenue.target_pct, card.items.find((i) => i.indicator === 'THU_NS').target_pct);
    assert.match(revenue.source, /27\/12\/2022/);
    const csv = await sen.anonymous.request('GET', '/api/v1/open-data/indicators?unit=436&period=2022&format=csv');
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(csv.text.split('\n')[0], /^indicator,name,area,measure,target,plan,actual,achievement_pct,target_pct,status,vintage,derivation,source$/);
    assert.equal(csv.text.trim().split('\n').length, real.length + 1);
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

// The runs of a DOCX body, each text with its size in points, weight, slant and underline.
function docxRuns(file) {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  const unescape = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const runs = [...xml.matchAll(/<w:r><w:rPr>(.*?)<\/w:rPr><w:t xml:space="preserve">(.*?)<\/w:t><\/w:r>/g)].map(([, p, t]) => ({
    text: unescape(t), size: Number(p.match(/<w:sz w:val="(\d+)"/)[1]) / 2,
    bold: p.includes('<w:b/>'), italic: p.includes('<w:i/>'), underline: p.includes('<w:u w:val="single"/>'),
  }));
  return { xml, runs, run: (text) => runs.find((r) => r.text === text) ?? assert.fail(`no run "${text}"`) };
}

const type = (size, bold = false, italic = false, underline = false) => ({ size, bold, italic, underline });
const typeOf = ({ size, bold, italic, underline }) => ({ size, bold, italic, underline });

// Words of the first page of a PDF with their boxes (points, from the top left).
function pdfWords(file, page = 1) {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map(([, x0, y0, x1, y1, text]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, text: text.replace(/&amp;/g, '&') }));
}
// The box of a phrase's words where they occur in this order; fails when absent.
function phrase(words, text) {
  const parts = text.split(' ');
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, j) => words[i + j].text === p)) {
      const ws = words.slice(i, i + parts.length);
      return { x0: Math.min(...ws.map((w) => w.x0)), x1: Math.max(...ws.map((w) => w.x1)), y0: ws[0].y0, y1: ws[0].y1,
        oneLine: ws.every((w) => Math.abs(w.y0 - ws[0].y0) < 1) };
    }
  }
  return assert.fail(`"${text}" is not in the PDF`);
}
// The type size of a line: poppler's word box spans the font's ascent and descent (Liberation Serif:
// 0.891 + 0.216 of the size).
const sizeOf = (box) => Math.round(((box.y1 - box.y0) / 1.107) * 2) / 2;

// Whether a solid line runs under the box, as long as its words (±3 pt), on the first page drawn
// at 144 dpi in grey (a PGM file: a short text header, then one byte per pixel).
function underlined(file, box) {
  const stem = join(dir, 'page');
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '144', '-gray', '-singlefile', file, stem]);
  const image = readFileSync(`${stem}.pgm`);
  const header = image.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const dark = (x, y) => image[header[0].length + y * width + x] < 128;
  const [x0, x1] = [Math.round(box.x0 * 2), Math.round(box.x1 * 2)];
  const baseline = Math.round(box.y1 * 2);
  for (let y = baseline - 8; y < Math.min(height, baseline + 12); y++) {
    let covered = 0;
    for (let x = x0; x <= x1; x++) covered += dark(x, y) ? 1 : 0;
    const beyond = [6, 8, 10].some((k) => dark(x0 - k, y) || dark(x1 + k, y));
    if (covered >= 0.97 * (x1 - x0) && !beyond) return true;
  }
  return false;
}

describe('the official forms', () => {
  const fetchTo = async (name, query) => {
    const r = await fetch(`${sen.url}/api/v1/reports/annual?${query}`, { headers: { authorization: `Bearer ${sen.adminToken}` } });
    assert.equal(r.status, 200);
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(await r.arrayBuffer()));
    return file;
  };

  test('a Party report (36-HD/VPTW): sizes, bold, underline, star, dashes, Party building first, recipients and signing space', async () => {
    const { xml, run } = docxRuns(await fetchTo('party.docx', 'unit=436&year=2022&format=docx&date=2022-12-27&number=123'));
    assert.deepEqual(typeOf(run('ĐẢNG CỘNG SẢN VIỆT NAM')), type(15, true, false, true));
    assert.deepEqual(typeOf(run('ĐẢNG BỘ TỈNH HÀ TĨNH')), type(14));
    assert.deepEqual(typeOf(run('THÀNH ỦY HÀ TĨNH')), type(14, true));
    assert.deepEqual(typeOf(run('*')), type(14, true));
    assert.deepEqual(typeOf(run('Số 123-BC/TU')), type(14));
    assert.deepEqual(typeOf(run('Hà Tĩnh, ngày 27 tháng 12 năm 2022')), type(14, false, true));
    assert.deepEqual(typeOf(run('BÁO CÁO')), type(16, true));
    assert.deepEqual(typeOf(run('kết quả công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị năm 2022, phương hướng, nhiệm vụ năm 2023')), type(14, true));
    assert.deepEqual(typeOf(run('-----')), type(14, true));
    assert.deepEqual(typeOf(run('Năm 2022, 25/25 chỉ tiêu đạt và vượt kế hoạch.')), type(14));
    assert.deepEqual(typeOf(run('Nơi nhận:')), type(14, false, false, true));
    assert.deepEqual(typeOf(run('- Ban Thường vụ Tỉnh ủy (để báo cáo),')), type(12));
    assert.deepEqual(typeOf(run('- Lưu Văn phòng Thành ủy.')), type(12));
    assert.deepEqual(typeOf(run('T/M BAN THƯỜNG VỤ')), type(14, true));
    assert.deepEqual(typeOf(run('BÍ THƯ')), type(14, true));
    assert.match(xml, /BÍ THƯ<\/w:t><\/w:r><\/w:p><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="1440" w:lineRule="exact"\/>/, 'a space of 72 pt to sign in');
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t xml:space="preserve">([^<]*)</g)].map((m) => m[1]);
    assert.equal(headings[0], 'I. CÔNG TÁC XÂY DỰNG ĐẢNG', 'Party building first in a Party report');
    // No data row splits across pages; a heading row repeats and keeps with the row after it; the closing block never splits.
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((m) => m[1]);
    assert.ok(rows.length > 30 && rows.every((r) => r.startsWith('<w:trPr><w:cantSplit/>')));
    assert.ok(rows.filter((r) => r.includes('<w:tblHeader/>')).every((r) => [...r.matchAll(/<w:p><w:pPr>/g)].length === [...r.matchAll(/<w:keepNext\/>/g)].length));
  });

  test('a state report (Decree 30/2020): national name on one line at 12 pt, motto underlined, a line and no star under the body, no Party section', async () => {
    const docx = await fetchTo('state.docx', 'unit=436&year=2022&format=docx&date=2022-12-27&number=123&issuer=state');
    const { xml, runs, run } = docxRuns(docx);
    assert.deepEqual(typeOf(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')), type(12, true));
    assert.deepEqual(typeOf(run('Độc lập - Tự do - Hạnh phúc')), type(13, true, false, true));
    assert.deepEqual(typeOf(run('ỦY BAN NHÂN DÂN')), type(13, true));
    assert.deepEqual(typeOf(run('THÀNH PHỐ HÀ TĨNH')), type(13, true));
    assert.deepEqual(typeOf(run('Số: 123/BC-UBND')), type(13));
    assert.deepEqual(typeOf(run('Hà Tĩnh, ngày 27 tháng 12 năm 2022')), type(14, false, true));
    assert.deepEqual(typeOf(run('BÁO CÁO')), type(14, true));
    assert.deepEqual(typeOf(run('Nơi nhận:')), type(12, true, true));
    assert.deepEqual(typeOf(run('- Lưu: VT.')), type(11));
    assert.deepEqual(typeOf(run('TM. ỦY BAN NHÂN DÂN')), type(14, true));
    assert.ok(!runs.some((r) => r.text === '*'), 'no star: it belongs to Party documents');
    assert.equal([...xml.matchAll(/<w:pBdr><w:bottom w:val="single"/g)].length, 2, 'a short line under the body and under the subject');
    const text = runs.map((r) => r.text).join('\n');
    for (const party of ['CÔNG TÁC XÂY DỰNG ĐẢNG', 'Kiểm tra 118 tổ chức đảng', 'thi hành kỷ luật', 'Kết nạp đảng viên mới']) {
      assert.ok(!text.includes(party), `no "${party}" in the People's Committee's report`);
    }
    // As Word or LibreOffice lays it out: the national name and the body's name each on one line.
    const profile = mkdtempSync(join(tmpdir(), 'sen-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { stdio: 'ignore', timeout: 120_000 });
    const words = pdfWords(join(dir, 'state.pdf'));
    assert.ok(phrase(words, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').oneLine, 'the national name on one line');
    assert.ok(phrase(words, 'THÀNH PHỐ HÀ TĨNH').oneLine, 'the body\'s name not broken inside "HÀ TĨNH"');
  });

  test('the PDF: one typeface with every Vietnamese letter, the forms\' sizes, the motto underlined, national name on one line', async () => {
    const party = await fetchTo('party.pdf', 'unit=436&year=2022&format=pdf&date=2022-12-27&number=123');
    const state = await fetchTo('state.pdf', 'unit=436&year=2022&format=pdf&date=2022-12-27&number=123&issuer=state');
    for (const file of [party, state]) {
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2).map((l) => l.split(/\s+/)[0]);
      assert.ok(fonts.length >= 3);
      for (const f of fonts) assert.match(f, /^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$/, `${f}: one family, no fallback`);
      const text = pdfText(file);
      const letters = file === party ? ['Thường vụ', 'Tỉnh ủy', 'chỉ tiêu đạt và vượt', 'Tổng thu ngân sách']
        : ['Ủy ban nhân dân tỉnh', 'Thường trực Thành ủy', 'chỉ tiêu đạt và vượt', 'Tổng thu ngân sách'];
      for (const l of letters) assert.ok(text.includes(l), `${file}: "${l}"`);
    }
    let words = pdfWords(party);
    const motto = phrase(words, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    assert.equal(sizeOf(motto), 15);
    assert.equal(sizeOf(phrase(words, 'ĐẢNG BỘ TỈNH HÀ TĨNH')), 14);
    assert.equal(sizeOf(phrase(words, 'THÀNH ỦY HÀ TĨNH')), 14);
    assert.equal(sizeOf(phrase(words, 'BÁO CÁO')), 16);
    assert.equal(sizeOf(phrase(words, 'Hà Tĩnh, ngày 27 tháng 12 năm 2022')), 14);
    assert.equal(sizeOf(phrase(words, 'Năm 2022, 25/25 chỉ tiêu')), 14, 'body 14 pt');
    assert.ok(underlined(party, motto), 'a line as long as "ĐẢNG CỘNG SẢN VIỆT NAM" under it');
    assert.ok(!underlined(party, phrase(words, 'THÀNH ỦY HÀ TĨNH')), 'and none under the committee');
    words = pdfWords(state);
    const national = phrase(words, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.ok(national.oneLine);
    assert.equal(sizeOf(national), 12);
    const motto2 = phrase(words, 'Độc lập - Tự do - Hạnh phúc');
    assert.equal(sizeOf(motto2), 13);
    assert.ok(underlined(state, motto2));
    assert.ok(phrase(words, 'THÀNH PHỐ HÀ TĨNH').oneLine);
    assert.ok(!words.slice(0, words.findIndex((w) => w.text === 'BÁO')).some((w) => w.text === '*'), 'no star in a state header');
  });
});

describe('wording', () => {
  test('the 2022 report speaks the offices\' register: words not symbols, ceilings kept, no zero counts, units, comparisons', async () => {
    const html = (await sen.request('GET', '/api/v1/reports/annual?unit=436&year=2022&format=html&date=2022-12-27')).text;
    // Illustrative figures carry " (*)" where they stand (tested in report-one-truth): read without it.
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replaceAll(' (*)', '');
    for (const expected of [
      'Năm 2022, 25/25 chỉ tiêu đạt và vượt kế hoạch.',
      'Số vụ tai nạn giao thông ước xảy ra 14 vụ, không quá 20 vụ theo chỉ tiêu, đạt.',
      'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 92,3% (kế hoạch trên 90%), vượt kế hoạch.',
      'Tỷ lệ hộ dùng nước sạch ước đạt 98,6% (kế hoạch từ 98% trở lên), vượt kế hoạch.',
      'Tỷ lệ hoàn thành chỉ tiêu tuyển quân đạt 100% (kế hoạch 100%), đạt kế hoạch.',
      'ước đạt 331 doanh nghiệp và hợp tác xã',
      'Tổng thu ngân sách trên địa bàn ước đạt 1.172,5 tỷ đồng, bằng 152% kế hoạch tỉnh giao, tăng 16,6% so với năm 2021.',
      'Tốc độ tăng trưởng giá trị sản xuất đạt 11,67% (kế hoạch từ 11% trở lên), vượt kế hoạch, tăng 1,47 điểm phần trăm so với năm 2021.',
      'Cây xanh trồng mới đạt 23.000 cây, bằng 115% kế hoạch, giảm 2,1% so với năm 2021; lũy kế từ năm 2020 đến nay 68.500 cây.',
    ]) assert.ok(text.includes(expected), `the report says "${expected}"`);
    const prose = [...html.matchAll(/<(p|li)>([^<]*)<\/\1>/g)].map((m) => m[2]).join('\n');
    assert.doesNotMatch(prose, /[≥≤]|\(kế hoạch [<>=]/, 'no mathematical symbols in sentences');
    assert.doesNotMatch(prose, /(^|[^\d.,])0 (nhiệm vụ|đảng viên|đơn|tổ chức đảng|vụ việc)|\b0\/\d+ chỉ tiêu|—\)/, 'no count of zero said');
    assert.doesNotMatch(text, /kỳ 2022/);
    const accidents = html.match(/<tr><td class="number">\d+<\/td><td>Số vụ tai nạn giao thông<\/td>.*?<\/tr>/)[0];
    assert.doesNotMatch(accidents, /%/, 'no "% KH" for a ceiling');
    assert.match(accidents, /<td>Đạt<\/td>/);
  });

  test('a report of a unit for a day after it ceased is refused with the reason; by default it is dated at the end of its window', async () => {
    const late = await sen.request('GET', '/api/v1/reports/annual?unit=436&year=2022&format=html&date=2026-12-01');
    assert.equal(late.status, 422);
    assert.equal(late.json.field, 'date');
    assert.match(late.json.detail, /Thành phố Hà Tĩnh \(436\) hoạt động đến hết ngày 30\/06\/2025/);
    const html = (await sen.request('GET', '/api/v1/reports/annual?unit=436&year=2022&format=html')).text;
    assert.match(html, /Hà Tĩnh, ngày 2\d tháng 12 năm 2022/);
  });

  test('a ward formed in 2025 reports on its area\'s 2022 on today\'s date, never on a day before it existed', async () => {
    const early = await sen.request('GET', '/api/v1/reports/annual?unit=18073&year=2022&format=html&date=2022-12-21');
    assert.equal(early.status, 422);
    assert.equal(early.json.field, 'date');
    assert.match(early.json.detail, /Phường Thành Sen \(18073\) được thành lập ngày 01\/07\/2025/);
    const r = await sen.request('GET', '/api/v1/reports/annual?unit=18073&year=2022&format=html');
    assert.equal(r.status, 200, r.text);
    const year = Number(r.text.match(/Thành Sen, ngày \d{2} tháng \d{2} năm (\d{4})/)[1]);
    assert.ok(year >= 2025, `dated ${year}, after the ward was formed`);
    assert.match(r.text, /\(\*\*\)/, 'its 2022 figures are derived through the reorganisation, and marked');
    assert.doesNotMatch(r.text, /HT2[3-9]\d{2}-/, 'no letter received after 2022 is listed in a report of 2022 made today');
  });

  test('a six-month report is read against the year\'s targets, disbursement to the same cut-off', async () => {
    let html = (await sen.request('GET', '/api/v1/reports/periodic?unit=436&period=2023-6M&format=html&issuer=state')).text;
    assert.doesNotMatch(html, /Chưa có chỉ tiêu/);
    assert.match(html, /Kết quả 6 tháng đầu năm 2023 so với kế hoạch năm 2023:/);
    for (const [period, vintage, value] of [['2023-6M', 'estimate', 620], ['2022-6M', 'official', 574]]) {
      const r = await sen.request('POST', '/api/v1/values', { indicator: 'THU_NS', unit: '436', period, vintage, value });
      assert.equal(r.status, 201, r.text);
    }
    html = (await sen.request('GET', '/api/v1/reports/periodic?unit=436&period=2023-6M&format=html&issuer=state')).text;
    assert.match(html, /Tổng thu ngân sách trên địa bàn ước đạt 620 tỷ đồng, bằng 59,7% kế hoạch năm, tăng 8% so với cùng kỳ năm 2022\./);
    // Payments of the 2023 plan made by 14/06/2023, the cut-off printed under the title; not those of 20/06.
    const rows = readFileSync(new URL('../../data/demo/disbursements.csv', import.meta.url), 'utf8').split('\n')
      .filter((l) => /^[A-Z]/.test(l) && !l.startsWith('project,')).map((l) => l.split(','));
    const paid = (until) => rows.filter(([, year, , on]) => year === '2023' && on <= until).reduce((s, r) => s + Number(r[4]), 0);
    const million = (dong) => Math.round(dong / 1e6).toLocaleString('de-DE');
    assert.ok(paid('2023-06-14') < paid('2023-06-30'));
    assert.ok(html.includes(`đã giải ngân ${million(paid('2023-06-14'))} triệu đồng`), `paid ${million(paid('2023-06-14'))}`);
    assert.match(html, /\(tính đến ngày 14\/06\/2023\)/);
  });
});
