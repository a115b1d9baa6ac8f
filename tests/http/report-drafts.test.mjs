// Report drafts: the officer's text by part with versions, the document as it will print, issuing
// with number, date and signer, and the frozen document kept byte for byte with its SHA-256.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { sql, startSen } from './harness.mjs';

let sen;
let dir;
before(async () => {
  sen = await startSen({ demo: true });
  dir = mkdtempSync(join(tmpdir(), 'sen-drafts-'));
});
after(async () => sen.stop());

// The bytes of a document, as the administrator (or `token`) downloads them.
async function bytes(path, token = sen.adminToken) {
  const r = await fetch(sen.url + path, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(r.status, 200, `${path}: ${r.status}`);
  return Buffer.from(await r.arrayBuffer());
}

function saved(name, content) {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
const unzip = (file, part) => execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });
const pdfText = (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const oneLine = (s) => s.replace(/\s+/g, ' ');
const auditRows = () => Number(sql(sen.db, 'SELECT count(*) FROM audit_log').trim());

async function newDraft(body = { unit: '436', kind: 'annual', period: '2022', issuer: 'party' }) {
  const r = await sen.request('POST', '/api/v1/report-drafts', body);
  assert.equal(r.status, 201, r.text);
  return r.json;
}

async function write(draft, key, text) {
  const part = draft.sections.find((s) => s.key === key);
  const r = await sen.request('PUT', `/api/v1/report-drafts/${draft.id}/sections/${key}`, { text, version: part.version });
  assert.equal(r.status, 200, r.text);
  part.version = r.json.version;
  part.text = r.json.text;
  return r.json;
}

describe('a draft', () => {
  test('has the parts of the conference report, blank, and the recipients the hierarchy names', async () => {
    const d = await newDraft();
    assert.equal(d.status, 'draft');
    assert.deepEqual(d.sections.map((s) => s.key), ['overall', 'strengths', 'limitations', 'lessons', 'theme', 'measures', 'recipients']);
    assert.deepEqual(d.sections.map((s) => s.title).slice(1, 5),
      ['Ưu điểm', 'Hạn chế, khuyết điểm và nguyên nhân', 'Bài học kinh nghiệm', 'Chủ đề năm 2023']);
    assert.ok(d.sections.slice(0, 6).every((s) => s.text === '' && s.version === 1));
    assert.deepEqual(d.sections[6].text.split('\n'), ['Ban Thường vụ Tỉnh ủy (để báo cáo),', 'Các đồng chí Thành ủy viên,',
      'Các tổ chức cơ sở đảng trực thuộc,', 'Lưu Văn phòng Thành ủy.']);
    // Dated by default at the end of the reporting window, not today: the 2022 report of a city that ceased in 2025.
    assert.ok(d.date > '2022-12-14' && d.date < '2022-12-31', d.date);
    const html = (await sen.request('GET', `/api/v1/report-drafts/${d.id}/document?format=html`)).text;
    const [y, m, day] = d.date.split('-');
    assert.ok(html.includes(`Hà Tĩnh, ngày ${day} tháng ${m} năm ${y}`), 'the preview carries the default date');
    const audit = await sen.request('GET', `/api/v1/audit?entity=report_draft&entity_key=${d.id}`);
    assert.deepEqual(audit.json.items.map((a) => a.action), ['create']);
  });

  test('bad input is refused naming the field, and writes nothing', async () => {
    const rows = auditRows();
    const count = (await sen.request('GET', '/api/v1/report-drafts?unit=436')).json.items.length;
    for (const [body, field, status] of [
      [{ kind: 'annual', period: '2022', issuer: 'party' }, 'unit', 400],
      [{ unit: '436', kind: 'weekly', period: '2022', issuer: 'party' }, 'kind', 400],
      [{ unit: '436', kind: 'annual', period: '2023-6M', issuer: 'party' }, 'period', 400],
      [{ unit: '436', kind: 'periodic', period: '2023', issuer: 'party' }, 'period', 400],
      [{ unit: '436', kind: 'annual', period: 'năm ngoái', issuer: 'party' }, 'period', 400],
      [{ unit: '436', kind: 'annual', period: '2022', issuer: 'ubnd' }, 'issuer', 400],
      [{ unit: 'KHONG-CO', kind: 'annual', period: '2022', issuer: 'party' }, 'unit', 400],
      [{ unit: '436', kind: 'annual', period: '2022', issuer: 'party', date: '2022-12-27' }, 'date', 400],
      [{ unit: '436', kind: 'annual', period: '2025', issuer: 'party' }, 'period', 422],
      [{ unit: '18073', kind: 'annual', period: '2022', issuer: 'party' }, 'period', 422],
    ]) {
      const r = await sen.request('POST', '/api/v1/report-drafts', body);
      assert.equal(r.status, status, `${JSON.stringify(body)}: ${r.text}`);
      assert.equal(r.json.field, field, JSON.stringify(body));
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
    }
    const closed = await sen.request('POST', '/api/v1/report-drafts', { unit: '436', kind: 'annual', period: '2025', issuer: 'party' });
    assert.match(closed.json.detail, /436\) hoạt động đến hết ngày 30\/06\/2025/, 'the reason names the day it ceased');
    const d = await newDraft();
    for (const [key, body, field, status] of [
      ['overall', { text: 'x' }, 'version', 400],
      ['overall', { text: 'Dòng\u0007chuông', version: 1 }, 'text', 400],
      ['overall', { text: 'x', version: 1, title: 'Khác' }, 'title', 400],
      ['khong-co', { text: 'x', version: 1 }, undefined, 404],
    ]) {
      const r = await sen.request('PUT', `/api/v1/report-drafts/${d.id}/sections/${key}`, body);
      assert.equal(r.status, status, `${key} ${JSON.stringify(body)}: ${r.text}`);
      if (field) assert.equal(r.json.field, field);
    }
    assert.equal(auditRows(), rows + 1, 'only the one draft made above was written');
    assert.equal((await sen.request('GET', '/api/v1/report-drafts?unit=436')).json.items.length, count + 1);
  });

  test('two editors do not overwrite each other: a stale version is 409 and the text stays', async () => {
    const d = await newDraft();
    const first = await sen.request('PUT', `/api/v1/report-drafts/${d.id}/sections/strengths`, { text: 'Kinh tế tiếp tục phát triển.', version: 1 });
    assert.equal(first.status, 200);
    assert.equal(first.json.version, 2);
    const second = await sen.as('officer', '436').request('PUT', `/api/v1/report-drafts/${d.id}/sections/strengths`, { text: 'Bản của người khác.', version: 1 });
    assert.equal(second.status, 409);
    assert.equal(second.json.code, 'stale_version');
    const now = await sen.request('GET', `/api/v1/report-drafts/${d.id}`);
    assert.equal(now.json.sections.find((s) => s.key === 'strengths').text, 'Kinh tế tiếp tục phát triển.');
  });

  test('the officer\'s text appears in every format, in its place', async () => {
    const d = await newDraft();
    await write(d, 'overall', 'Năm 2022, công tác xây dựng Đảng và hệ thống chính trị được quan tâm, đi vào chiều sâu.');
    await write(d, 'limitations', 'Một số đơn thư của công dân chưa được giải quyết dứt điểm.');
    await write(d, 'theme', 'Nâng cao vai trò lãnh đạo, chỉ đạo toàn diện, sâu sát, hiệu quả của Ban Thường vụ Thành ủy.');
    const phrases = ['đi vào chiều sâu', 'chưa được giải quyết dứt điểm', 'sâu sát, hiệu quả của Ban Thường vụ Thành ủy'];
    const html = (await sen.request('GET', `/api/v1/report-drafts/${d.id}/document?format=html`)).text;
    const docx = unzip(saved('n.docx', await bytes(`/api/v1/report-drafts/${d.id}/document?format=docx`)), 'word/document.xml');
    const xlsx = unzip(saved('n.xlsx', await bytes(`/api/v1/report-drafts/${d.id}/document?format=xlsx`)), 'xl/sharedStrings.xml');
    const pdf = oneLine(pdfText(saved('n.pdf', await bytes(`/api/v1/report-drafts/${d.id}/document?format=pdf`))));
    for (const [format, text] of [['html', html], ['docx', docx], ['xlsx', xlsx], ['pdf', pdf]]) {
      for (const p of phrases) assert.ok(text.includes(p), `${format} holds "${p}"`);
    }
    // The assessment comes after the computed results; the theme opens next year's part.
    const order = ['I. CÔNG TÁC XÂY DỰNG ĐẢNG', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'ĐÁNH GIÁ CHUNG', '1. Hạn chế, khuyết điểm và nguyên nhân',
      'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023', '1. Chủ đề năm 2023', '2. Các chỉ tiêu chủ yếu năm 2023'];
    const at = order.map((o) => pdf.indexOf(o));
    assert.ok(at.every((i) => i >= 0), `${order.filter((_, i) => at[i] < 0)} in the PDF`);
    assert.deepEqual([...at].sort((a, b) => a - b), at, 'in the order of the report');
    assert.ok(pdf.indexOf('đi vào chiều sâu') < pdf.indexOf('I. CÔNG TÁC XÂY DỰNG ĐẢNG'), 'the overall assessment opens the report');
  });

  test('the year\'s directives are listed with their tasks\' status on the report\'s date', async () => {
    const d = await newDraft({ unit: '436', kind: 'annual', period: '2023', issuer: 'party' });
    const html = (await sen.request('GET', `/api/v1/report-drafts/${d.id}/document?format=html`)).text;
    assert.match(html, /Thực hiện các văn bản chỉ đạo/);
    assert.match(html, /Thông báo kết luận số 135-TB\/TU ngày 30\/12\/2022 của Ban Thường vụ Tỉnh ủy Hà Tĩnh/);
    assert.match(html, /Tham mưu xây dựng phương án mở rộng địa giới hành chính gắn với điều chỉnh quy hoạch chung thành phố/);
    assert.match(html, /<td>(Hoàn thành đúng hạn|Hoàn thành quá hạn|Quá hạn chưa hoàn thành|Đang thực hiện trong hạn)<\/td>/);
  });
});

describe('issuing', () => {
  test('sets number, date and signer once; the document is frozen byte for byte, its hashes in the audit trail', async () => {
    const d = await newDraft();
    await write(d, 'overall', 'Năm 2022, kinh tế tiếp tục phát triển, văn hóa - xã hội có những chuyển biến tích cực.');
    const officer = await sen.as('officer', '436').request('POST', `/api/v1/report-drafts/${d.id}/issue`, { number: '123', date: '2022-12-27', signer: 'Dương Tất Thắng' });
    assert.equal(officer.status, 403, 'an officer drafts, a leader issues');
    for (const [body, field] of [[{ number: '12a', date: '2022-12-27', signer: 'A' }, 'number'], [{ number: '123', date: '27/12/2022', signer: 'A' }, 'date'],
      [{ number: '123', date: '2022-12-27' }, 'signer'], [{ number: '123', date: '2021-12-27', signer: 'A' }, 'date'],
      [{ number: '123', date: '2026-12-01', signer: 'A' }, 'date']]) {
      const r = await sen.request('POST', `/api/v1/report-drafts/${d.id}/issue`, body);
      assert.ok([400, 422].includes(r.status), `${JSON.stringify(body)}: ${r.status}`);
      assert.equal(r.json.field, field, JSON.stringify(body));
    }
    const r = await sen.as('leader', '42').request('POST', `/api/v1/report-drafts/${d.id}/issue`, { number: '123', date: '2022-12-27', signer: 'Dương Tất Thắng' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'issued');
    assert.equal(r.json.number, '123');
    assert.equal(r.json.issued_on, '2022-12-27');
    assert.deepEqual(r.json.files.map((f) => f.format), ['docx', 'html', 'pdf', 'xlsx']);

    const docx = await bytes(`/api/v1/report-drafts/${d.id}/document?format=docx`);
    const pdf = await bytes(`/api/v1/report-drafts/${d.id}/document?format=pdf`);
    const sha = (b) => createHash('sha256').update(b).digest('hex');
    const audit = (await sen.request('GET', `/api/v1/audit?entity=report_draft&entity_key=${d.id}`)).json.items.find((a) => a.action === 'issue');
    const recorded = audit.after.sha256;
    assert.equal(recorded.docx, sha(docx));
    assert.equal(recorded.pdf, sha(pdf));
    const text = oneLine(pdfText(saved('issued.pdf', pdf)));
    for (const expected of ['Số 123-BC/TU', 'Hà Tĩnh, ngày 27 tháng 12 năm 2022', 'Dương Tất Thắng', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ',
      'văn hóa - xã hội có những chuyển biến tích cực', '1.172,5 tỷ đồng, bằng 152% kế hoạch tỉnh giao']) {
      assert.ok(text.includes(expected), `the issued PDF says "${expected}"`);
    }

    // New data: the issued report does not change; a new draft shows the new figure.
    assert.equal((await sen.request('POST', '/api/v1/values', { indicator: 'THU_NS', unit: '436', period: '2022', vintage: 'official', value: 1301.7 })).status, 201);
    assert.ok((await bytes(`/api/v1/report-drafts/${d.id}/document?format=docx`)).equals(docx), 'the DOCX is byte-identical');
    assert.ok((await bytes(`/api/v1/report-drafts/${d.id}/document?format=pdf`)).equals(pdf), 'the PDF is byte-identical');
    const fresh = await newDraft();
    const now = oneLine(pdfText(saved('fresh.pdf', await bytes(`/api/v1/report-drafts/${fresh.id}/document?format=pdf`))));
    assert.ok(now.includes('1.301,7 tỷ đồng'), 'a new draft computes from the new figure');
    assert.ok(!oneLine(pdfText(saved('issued-again.pdf', await bytes(`/api/v1/report-drafts/${d.id}/document?format=pdf`)))).includes('1.301,7'));

    // Frozen: any edit and a second issue are 409.
    const edit = await sen.request('PUT', `/api/v1/report-drafts/${d.id}/sections/overall`, { text: 'Sửa sau khi ban hành.', version: 2 });
    assert.equal(edit.status, 409);
    assert.equal(edit.json.code, 'report.issued');
    assert.equal((await sen.request('POST', `/api/v1/report-drafts/${d.id}/issue`, { number: '124', date: '2022-12-28', signer: 'A' })).status, 409);
    // The number is the unit's: not twice in a year.
    const again = await sen.request('POST', `/api/v1/report-drafts/${fresh.id}/issue`, { number: '123', date: '2022-12-29', signer: 'A' });
    assert.equal(again.status, 422);
    assert.equal(again.json.field, 'number');
    // A reader who may not read a section of the issued report does not get its files.
    const viewer = await sen.as('viewer', '436').request('GET', `/api/v1/report-drafts/${d.id}/document?format=pdf`);
    assert.equal(viewer.status, 403);
  });
});

describe('the signed copy', () => {
  async function upload(path, bytes, name, token = sen.adminToken) {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const res = await fetch(`${sen.url}${path}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, json: await res.json() };
  }

  test('is attached to the issued report only, within scope; search finds the report by its number', async () => {
    const d = await newDraft();
    const files = `/api/v1/report-drafts/${d.id}/files`;
    const scan = new TextEncoder().encode('%PDF-1.4\n% bản có chữ ký và đóng dấu\n%%EOF\n');
    const early = await upload(files, scan, 'ban-ky.pdf');
    assert.equal(early.status, 409, 'a draft has no signed copy yet');
    assert.equal(early.json.code, 'report.not_issued');
    const issued = await sen.as('leader', '42').request('POST', `/api/v1/report-drafts/${d.id}/issue`, { number: '131', date: '2022-12-28', signer: 'Dương Tất Thắng' });
    assert.equal(issued.status, 200, issued.text);
    const up = await upload(files, scan, 'ban-ky.pdf');
    assert.equal(up.status, 201, JSON.stringify(up.json));
    const list = await sen.request('GET', files);
    assert.equal(list.status, 200);
    assert.deepEqual(list.json.items.map((f) => f.name), ['ban-ky.pdf']);
    const ward = await sen.as('leader', '18073').request('GET', files);
    assert.equal(ward.status, 403, 'another unit does not see it');
    const hits = (await sen.request('GET', '/api/v1/search?q=131')).json.items.filter((h) => h.kind === 'report');
    assert.deepEqual(hits.map((h) => h.title), ['Báo cáo 2022 số 131']);
    assert.equal(hits[0].url, `/bao-cao?draft=${d.id}`);
  });
});

describe('pages', () => {
  test('a table\'s heading row is never left alone at the foot of a page, wherever the text before it ends', async () => {
    const d = await newDraft();
    const paragraph = 'Năm 2022, công tác xây dựng Đảng và hệ thống chính trị được quan tâm.';
    // Each added line moves the tables down by a line: over a page of lines, every table heading
    // meets the foot of a page somewhere.
    for (let lines = 0; lines <= 44; lines++) {
      await write(d, 'overall', Array(lines).fill(paragraph).join('\n'));
      const pages = pdfText(saved('pages.pdf', await bytes(`/api/v1/report-drafts/${d.id}/document?format=pdf`))).split('\f');
      for (const [n, page] of pages.entries()) {
        const body = page.split('\n').filter((l) => l.trim());
        const heading = body.findLastIndex((l) => /^\s*STT\s+Chỉ tiêu\s+Đơn vị tính/.test(l));
        if (heading < 0) continue;
        assert.ok(body.slice(heading + 1).some((l) => /^\s*\d+\s+\S/.test(l)),
          `${lines} lines before: page ${n + 1} ends with the targets table's heading row and no row under it`);
      }
    }
  });
});
