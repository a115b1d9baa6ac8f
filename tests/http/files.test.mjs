// Files on every kind of record (attach, list, download, preview, remove) and the one search box:
// what a user notices — the same bytes back with their name, clear refusals that store nothing,
// Vietnamese found with or without its marks, only what the user may open.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import { serveExisting, sql, startSen } from './harness.mjs';

const X = '18073';
const Y = '18100';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const files = () => Number(sql(sen.db, 'SELECT count(*) FROM files').trim());
const auditRows = (action) => Number(sql(sen.db, `SELECT count(*) FROM audit_log WHERE entity = 'file' AND action = '${action}'`).trim());
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const text = (s) => new TextEncoder().encode(s);

// Sends a file as multipart/form-data, field `file`, with the administrator's token unless given.
async function upload(path, bytes, name, token = sen.adminToken, base = sen.url) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const res = await fetch(`${base}${path}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, json: await res.json() };
}
async function download(path, token = sen.adminToken) {
  const res = await fetch(`${sen.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}
async function report(format) {
  const r = await download(`/api/v1/reports/annual?unit=436&year=2022&format=${format}`);
  assert.equal(r.status, 200);
  return r.bytes;
}
const made = async (method, path, body) => {
  const r = await sen.request(method, path, body);
  assert.ok(r.status < 300, `${method} ${path}: ${r.status} ${r.text}`);
  return r.json;
};

// One record of each kind that takes files, in ward X; its files' path.
const records = {
  task: async () => `/api/v1/tasks/${(await made('POST', '/api/v1/tasks', { title: 'Nhiệm vụ có tệp', lead_unit: X, deadline: '2026-12-31' })).id}`,
  document: async () => `/api/v1/documents/${(await made('POST', '/api/v1/documents', { kind: 'chi_thi', number: `CT-${Math.random()}`, issued_on: '2026-11-01', issuer: 'Ban Thường vụ', issuer_unit: X })).id}`,
  petition: async () => `/api/v1/petitions/${(await made('POST', '/api/v1/petitions', { channel: 'post', types: ['kien_nghi'], field: 'khac', content: `Kiến nghị có bản quét ${Math.random()}`, handling_unit: X, petitioners: [{ name: 'Người gửi' }] })).id}`,
  project: async () => `/api/v1/projects/${(await made('POST', '/api/v1/projects', {
    code: `DA-TEP-${Math.floor(Math.random() * 1e9)}`, name: 'Dự án có quyết định', group: 'C', investor: 'UBND phường', managing_unit: X,
    total_investment: 1e9, start_year: 2026, end_year: 2027, funding: [{ source: 'city', amount: 1e9 }], locations: [X],
  })).code}`,
  oversight_case: async () => `/api/v1/oversight/cases/${(await made('POST', '/api/v1/oversight/cases', {
    kind: 'supervision', type: 'regular', body: `${X}-DB`, issuer: 'UBKTĐU', term: '2025-2030', decided_on: '2026-11-01',
    subjects: [{ kind: 'organisation', code: `${X}-DB-01` }],
  })).id}`,
};

describe('files on each kind of record', () => {
  for (const [kind, record] of Object.entries(records)) {
    test(`a ${kind}: a PDF attaches, is listed, comes back byte for byte with its Vietnamese name, and previews`, async () => {
      const path = await record();
      const pdf = await report('pdf');
      const up = await upload(`${path}/files`, pdf, 'Quyết định số 12.pdf');
      assert.equal(up.status, 201, JSON.stringify(up.json));
      assert.equal(up.json.name, 'Quyết định số 12.pdf');
      assert.equal(up.json.media_type, 'application/pdf');
      assert.equal(up.json.size, pdf.length);
      assert.equal(up.json.sha256, sha256(pdf));
      assert.equal(up.json.record_kind, kind);
      const list = await made('GET', `${path}/files`);
      assert.deepEqual(list.items.map((f) => f.id), [up.json.id]);

      const got = await download(`/api/v1/files/${up.json.id}`);
      assert.equal(got.status, 200);
      assert.equal(got.headers.get('content-type'), 'application/pdf');
      assert.equal(sha256(got.bytes), sha256(pdf));
      assert.equal(got.headers.get('content-disposition'),
        "attachment; filename=\"Quy_t __nh s_ 12.pdf\"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%2012.pdf");
      const preview = await download(`/api/v1/files/${up.json.id}?inline=true`);
      assert.match(preview.headers.get('content-disposition'), /^inline; /);
      const words = await made('GET', `/api/v1/files/${up.json.id}/text`);
      assert.match(words.text, /Tổng thu ngân sách/);
    });
  }

  test('a DOCX, an XLSX-free text file and an image: each by its content; only PDF and images preview inline', async () => {
    const path = await records.task();
    const docx = await upload(`${path}/files`, await report('docx'), 'bao-cao.docx');
    assert.equal(docx.json.media_type, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const png = await upload(`${path}/files`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'ảnh hiện trường.png');
    assert.equal(png.json.media_type, 'image/png');
    assert.equal(png.json.preview, true);
    const note = await upload(`${path}/files`, text('Biên bản kiểm tra hiện trường\n'), 'bien-ban.pdf');
    assert.equal(note.json.media_type, 'text/plain; charset=utf-8', 'judged by content, not by the name');
    assert.equal(note.json.preview, false);
    const inline = await download(`/api/v1/files/${note.json.id}?inline=true`);
    assert.match(inline.headers.get('content-disposition'), /^attachment; /);
    assert.equal(inline.headers.get('x-content-type-options'), 'nosniff');
  });

  test('the same bytes twice are kept once', async () => {
    const path = await records.task();
    const bytes = text(`Tệp trùng ${Math.random()}`);
    const a = await upload(`${path}/files`, bytes, 'a.txt');
    const b = await upload(`${path}/files`, bytes, 'b.txt');
    assert.equal(a.json.sha256, b.json.sha256);
    assert.equal(sql(sen.db, `SELECT count(*) FROM file_contents WHERE sha256 = '${a.json.sha256}'`).trim(), '1');
  });

  test('removal: gone from the list and the download, kept in the audit trail', async () => {
    const path = await records.petition();
    const up = await upload(`${path}/files`, text('Bản quét thư trả lời'), 'tra-loi.txt');
    const removed = auditRows('remove');
    const r = await sen.request('DELETE', `/api/v1/files/${up.json.id}`);
    assert.equal(r.status, 204, r.text);
    assert.deepEqual((await made('GET', `${path}/files`)).items, []);
    assert.equal((await download(`/api/v1/files/${up.json.id}`)).status, 404);
    assert.equal((await sen.request('DELETE', `/api/v1/files/${up.json.id}`)).status, 404);
    assert.equal(auditRows('remove'), removed + 1);
    assert.equal(sql(sen.db, `SELECT removed_by FROM files WHERE id = ${up.json.id}`).trim(), 'admin');
  });

  test('a download is audited', async () => {
    const path = await records.task();
    const up = await upload(`${path}/files`, text('Báo cáo tiến độ'), 'tien-do.txt');
    const before = auditRows('download');
    await download(`/api/v1/files/${up.json.id}`);
    assert.equal(auditRows('download'), before + 1);
  });
});

describe('bad uploads are named and store nothing', () => {
  test('wrong type, empty, not multipart, truncated, two files, unknown record', async () => {
    const path = await records.task();
    const before = files();
    const exe = await upload(`${path}/files`, new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), 'hop-dong.pdf');
    assert.equal(exe.status, 400);
    assert.equal(exe.json.field, 'file');
    assert.equal(exe.json.code, 'file.type');
    const empty = await upload(`${path}/files`, new Uint8Array(), 'rong.txt');
    assert.equal(empty.status, 400);
    assert.equal(empty.json.field, 'file');
    const json = await sen.request('POST', `${path}/files`, { file: 'abc' });
    assert.equal(json.status, 400);
    assert.equal(json.json.field, 'file');
    const truncated = await sen.request('POST', `${path}/files`,
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nnửa chừng',
      { 'content-type': 'multipart/form-data; boundary=XyZ' });
    assert.equal(truncated.status, 400);
    assert.equal(truncated.json.field, 'body');
    const two = await sen.request('POST', `${path}/files`,
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\na\r\n'
      + '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="b.txt"\r\n\r\nb\r\n--XyZ--\r\n',
      { 'content-type': 'multipart/form-data; boundary=XyZ' });
    assert.equal(two.status, 400);
    const unknown = await upload('/api/v1/tasks/999999/files', text('x'), 'x.txt');
    assert.equal(unknown.status, 404);
    assert.equal(files(), before);
  });

  test('a file of 10 MB goes through, though other requests stop at 8 MB', async () => {
    const path = await records.task();
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    big.set(text('%PDF-'));
    const r = await upload(`${path}/files`, big, 'ban-ve.pdf');
    assert.equal(r.status, 201, JSON.stringify(r.json));
    assert.equal(r.json.size, big.length);
    const other = await sen.request('POST', '/api/v1/tasks', `{"title":"${'a'.repeat(9 * 1024 * 1024)}"}`);
    assert.equal(other.status, 413);
    assert.equal(other.json.code, 'body_too_large');
  });

  test('a file over the limit is 413, with the limit in the answer', async () => {
    const small = await serveExisting(sen.store, ['--file-limit', '1000'], { shared: true });
    try {
      const path = await records.task();
      const before = files();
      const r = await upload(`${path}/files`, text('a'.repeat(1001)), 'lon.txt', sen.adminToken, small.url);
      assert.equal(r.status, 413);
      assert.equal(r.json.field, 'file');
      assert.equal(r.json.code, 'file.too_large');
      const body = await upload(`${path}/files`, text('a'.repeat(3 * 1024 * 1024)), 'rat-lon.txt', sen.adminToken, small.url);
      assert.equal(body.status, 413);
      assert.equal(files(), before);
      assert.equal((await upload(`${path}/files`, text('vừa đủ'), 'vua.txt', sen.adminToken, small.url)).status, 201);
    } finally {
      await small.stop();
    }
  });
});

describe('a ward account and files', () => {
  test('attaches to and reads its own records only; another ward\'s file is refused and nothing is stored', async () => {
    const ward = sen.as('officer', X);
    const mine = `/api/v1/tasks/${(await made('POST', '/api/v1/tasks', { title: 'Việc của phường', lead_unit: X, deadline: '2026-12-31' })).id}`;
    const theirs = `/api/v1/tasks/${(await made('POST', '/api/v1/tasks', { title: 'Việc của phường khác', lead_unit: Y, deadline: '2026-12-31' })).id}`;
    const other = await upload(`${theirs}/files`, text('Tài liệu phường khác'), 'khac.txt');
    assert.equal(other.status, 201);
    const before = files();
    const list = await ward.request('GET', `${theirs}/files`);
    assert.equal(list.status, 403);
    assert.equal((await ward.request('GET', `/api/v1/files/${other.json.id}`)).status, 403);
    assert.equal((await ward.request('GET', `/api/v1/files/${other.json.id}/text`)).status, 403);
    assert.equal((await ward.request('DELETE', `/api/v1/files/${other.json.id}`)).status, 403);
    assert.equal(files(), before);
    assert.equal((await ward.request('GET', `${mine}/files`)).status, 200);
  });
});

describe('uploaded first (POST /api/v1/files), attached by the record\'s own write (files: [id])', () => {
  const count = (table) => Number(sql(sen.db, `SELECT count(*) FROM ${table}`).trim());
  const staged = async (content, name) => {
    const r = await upload('/api/v1/files', text(content), name);
    assert.equal(r.status, 201, JSON.stringify(r.json));
    return r.json;
  };
  const filesOf = async (path) => (await made('GET', `${path}/files`)).items.map((f) => f.id);

  test('an upload answers {id, sha256, name, size, type}, belongs to no record and is its uploader\'s alone', async () => {
    const content = 'Tờ trình xin chủ trương đầu tư';
    const f = await staged(content, 'to-trinh.txt');
    assert.equal(f.sha256, sha256(text(content)));
    assert.deepEqual([f.name, f.size, f.type, f.record_kind], ['to-trinh.txt', text(content).length, 'text/plain; charset=utf-8', null]);
    const back = await download(`/api/v1/files/${f.id}`);
    assert.equal(back.status, 200);
    assert.equal(new TextDecoder().decode(back.bytes), content);
    const ward = sen.as('officer', X);
    assert.equal((await ward.request('GET', `/api/v1/files/${f.id}`)).status, 404, 'another user cannot read it');
    const hits = (await sen.request('GET', `/api/v1/search?q=${encodeURIComponent('to trinh xin chu truong')}`)).json.items;
    assert.ok(!hits.some((h) => h.kind === 'file' && h.id === String(f.id)), 'an upload no record holds is not searched');
  });

  test('a task created with files holds them; a change and a report of progress add more', async () => {
    const a = await staged('Công văn giao nhiệm vụ', 'cong-van.txt');
    const task = await made('POST', '/api/v1/tasks', { title: 'Việc có tệp gửi trước', lead_unit: X, deadline: '2026-12-31', files: [a.id] });
    assert.equal(task.title, 'Việc có tệp gửi trước');
    assert.deepEqual(await filesOf(`/api/v1/tasks/${task.id}`), [a.id]);
    const b = await staged('Phụ lục kế hoạch', 'phu-luc.txt');
    await made('PATCH', `/api/v1/tasks/${task.id}`, { version: task.version, content: 'Kèm phụ lục', files: [b.id] });
    const c = await staged('Ảnh chụp hiện trường', 'hien-truong.txt');
    await made('POST', `/api/v1/tasks/${task.id}/progress`, { percent: 40, text: 'Đã khảo sát', files: [c.id] });
    assert.deepEqual(await filesOf(`/api/v1/tasks/${task.id}`), [a.id, b.id, c.id]);
    assert.equal(sql(sen.db, `SELECT count(*) FROM audit_log WHERE entity = 'file' AND action = 'attach' AND entity_key IN ('${a.id}', '${b.id}', '${c.id}')`).trim(), '3');
  });

  test('a project, a letter and a document take files at creation too', async () => {
    for (const [path, body, key] of [
      ['/api/v1/projects', { code: `DA-F-${Date.now()}`, name: 'Dự án có quyết định gửi trước', group: 'C', investor: 'UBND phường', managing_unit: X, total_investment: 1e9, start_year: 2026, end_year: 2027, funding: [{ source: 'city', amount: 1e9 }], locations: [X] }, 'code'],
      ['/api/v1/petitions', { channel: 'post', types: ['kien_nghi'], field: 'khac', content: 'Kiến nghị kèm bản quét gửi trước', handling_unit: X, petitioners: [{ name: 'Người gửi' }] }, 'id'],
      ['/api/v1/documents', { kind: 'chi_thi', number: `CT-F-${Date.now()}`, issued_on: '2026-11-01', issuer: 'Ban Thường vụ', issuer_unit: X }, 'id'],
    ]) {
      const f = await staged(`Tệp của ${path}`, 'tep.txt');
      const made_ = await made('POST', path, { ...body, files: [f.id] });
      assert.deepEqual(await filesOf(`${path}/${made_[key]}`), [f.id], path);
    }
  });

  test('a bad list writes nothing and names every bad file: another record\'s, another user\'s, unknown', async () => {
    const mine = await staged('Của tôi', 'cua-toi.txt');
    const taken = await staged('Đã gắn', 'da-gan.txt');
    const holder = await made('POST', '/api/v1/tasks', { title: 'Giữ tệp', lead_unit: X, deadline: '2026-12-31', files: [taken.id] });
    const before = [count('tasks'), count('audit_log')];
    const r = await sen.request('POST', '/api/v1/tasks', { title: 'Không được tạo', lead_unit: X, deadline: '2026-12-31', files: [mine.id, taken.id, 999999] });
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.field, 'files');
    assert.match(r.json.detail, new RegExp(`tệp ${taken.id} đã thuộc một hồ sơ khác; tệp 999999 không có`));
    assert.deepEqual([count('tasks'), count('audit_log')], before, 'nothing written');
    assert.deepEqual(await filesOf(`/api/v1/tasks/${holder.id}`), [taken.id], 'the other record keeps its file');

    const ward = sen.as('leader', X);
    const notTheirs = await ward.request('POST', '/api/v1/tasks', { title: 'Mượn tệp người khác', lead_unit: X, deadline: '2026-12-31', files: [mine.id] });
    assert.equal(notTheirs.status, 400, notTheirs.text);
    assert.match(notTheirs.json.detail, new RegExp(`tệp ${mine.id} không có`), 'another user\'s upload is not revealed');
    for (const files of ['1', [0], [mine.id, mine.id]]) {
      const bad = await sen.request('POST', '/api/v1/tasks', { title: 'Sai', lead_unit: X, deadline: '2026-12-31', files });
      assert.equal(bad.status, 400, JSON.stringify(files));
      assert.equal(bad.json.field, 'files');
    }
    assert.equal(count('tasks'), before[0]);
  });

  test('a wrong type is refused and nothing is stored', async () => {
    const before = count('files');
    const r = await upload('/api/v1/files', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'virus.pdf');
    assert.equal(r.status, 400);
    assert.equal(r.json.field, 'file');
    assert.equal(count('files'), before);
  });

  test('an upload no record took within a day is deleted, bytes and all; so is one its uploader removes', async () => {
    const old = await staged('Bỏ quên một ngày', 'bo-quen.txt');
    sql(sen.db, `UPDATE files SET uploaded_at = '2020-01-01T00:00:00.000Z' WHERE id = ${old.id}`);
    await staged('Mới', 'moi.txt');
    assert.equal((await download(`/api/v1/files/${old.id}`)).status, 404);
    const r = await sen.request('POST', '/api/v1/tasks', { title: 'Quá hạn gắn', lead_unit: X, deadline: '2026-12-31', files: [old.id] });
    assert.equal(r.status, 400);
    const kept = (sha) => Number(sql(sen.db, `SELECT count(*) FROM file_contents WHERE sha256 = '${sha}'`).trim());
    assert.equal(kept(old.sha256), 0, 'its bytes are gone');
    const removed = await staged('Tải nhầm', 'tai-nham.txt');
    assert.equal((await sen.request('DELETE', `/api/v1/files/${removed.id}`)).status, 204);
    assert.equal(kept(removed.sha256), 0);
    // The audit trail keeps the upload, without the name (it may name a denouncer).
    const row = sql(sen.db, `SELECT after_json FROM audit_log WHERE entity = 'file' AND action = 'upload' AND entity_key = '${removed.id}'`);
    assert.match(row, /"sha256"/);
    assert.doesNotMatch(row, /tai-nham/);
  });

  test('an account keeps at most 20 uploads that no record holds', async () => {
    const uploader = sen.as('leader', X);
    const mine = [];
    for (let i = 0; ; i++) {
      const form = new FormData();
      form.append('file', new Blob([text(`Tệp thứ ${i}`)]), `tep-${i}.txt`);
      const res = await fetch(`${sen.url}/api/v1/files`, { method: 'POST', body: form, headers: uploader.headers });
      if (res.status !== 201) {
        assert.equal(res.status, 409);
        assert.equal((await res.json()).field, 'file');
        break;
      }
      mine.push((await res.json()).id);
      assert.ok(i < 25, 'the limit holds');
    }
    assert.equal(mine.length, 20);
    // Attached, they no longer count.
    const t = await uploader.request('POST', '/api/v1/tasks', { title: 'Việc nhận 20 tệp', lead_unit: X, deadline: '2026-12-31', files: mine });
    assert.equal(t.status, 201, t.text);
  });

  test('the files of a record\'s write are taken whatever the case of its Content-Type', async () => {
    const f = await staged('Hoa thường', 'hoa-thuong.txt');
    const res = await fetch(`${sen.url}/api/v1/tasks`, {
      method: 'POST', headers: { authorization: `Bearer ${sen.adminToken}`, 'content-type': 'Application/JSON; charset=UTF-8' },
      body: JSON.stringify({ title: 'Việc gửi với Application/JSON', lead_unit: X, deadline: '2026-12-31', files: [f.id] }),
    });
    assert.equal(res.status, 201);
    assert.deepEqual(await filesOf(`/api/v1/tasks/${(await res.json()).id}`), [f.id]);
  });
});

describe('search', () => {
  before(async () => {
    await made('POST', '/api/v1/tasks', { title: 'Đẩy nhanh giải ngân dự án đường Xuân Diệu', content: 'Tháo gỡ vướng mắc mặt bằng', lead_unit: X, deadline: '2026-12-31' });
    const t = await made('POST', '/api/v1/tasks', { title: 'Việc có biên bản', lead_unit: X, deadline: '2026-12-31' });
    await upload(`/api/v1/tasks/${t.id}/files`, text('Biên bản nghiệm thu cống thoát nước khối phố Đông Quế'), 'nghiem-thu.txt');
    for (let i = 0; i < 25; i++) {
      await made('POST', '/api/v1/tasks', { title: `Rà soát hồ sơ đợt ${i + 1}`, lead_unit: X, deadline: '2026-12-31' });
    }
  });
  const search = async (q, who = sen, extra = '') => {
    const r = await who.request('GET', `/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
    assert.equal(r.status, 200, r.text);
    return r.json;
  };

  test('finds with and without diacritics: "giai ngan", "Thanh Sen", "dong que"', async () => {
    for (const q of ['giai ngan xuan dieu', 'GIẢI NGÂN Xuân Diệu']) {
      const hit = (await search(q)).items[0];
      assert.equal(hit.kind, 'task', q);
      assert.equal(hit.title, 'Đẩy nhanh giải ngân dự án đường Xuân Diệu');
      assert.equal(hit.unit, X);
      assert.match(hit.url, /^\/nhiem-vu\?task=\d+$/);
    }
    const ward = (await search('Thanh Sen')).items[0];
    assert.deepEqual([ward.kind, ward.id, ward.title], ['unit', X, 'Phường Thành Sen']);
    const file = (await search('dong que')).items.find((h) => h.kind === 'file');
    assert.equal(file.title, 'nghiem-thu.txt');
    assert.match(file.snippet, /Đông Quế/);
    assert.match(file.url, /^\/nhiem-vu\?task=\d+$/, 'a file leads to its record');
  });

  test('pages through the hits with next', async () => {
    const first = await search('ra soat ho so dot', sen, '&limit=10');
    assert.equal(first.items.length, 10);
    const second = await search('ra soat ho so dot', sen, `&limit=10&cursor=${first.next}`);
    const third = await search('ra soat ho so dot', sen, `&limit=10&cursor=${second.next}`);
    assert.equal(third.next, null);
    const ids = [...first.items, ...second.items, ...third.items].map((h) => h.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.length >= 25);
  });

  test('finds a word by its beginning: "giai ng" finds "giải ngân"; quotes and dashes typed around words do not matter', async () => {
    assert.equal((await search('giai ng xuan')).items[0]?.title, 'Đẩy nhanh giải ngân dự án đường Xuân Diệu');
    for (const q of ['“giải ngân” Xuân Diệu', 'giải–ngân… xuân\u00A0diệu', '«giai ngan xuan dieu»']) {
      assert.equal((await search(q)).items[0]?.title, 'Đẩy nhanh giải ngân dự án đường Xuân Diệu', q);
    }
  });

  test('a hit carries a few hundred bytes of text, even from a file with no spaces', async () => {
    const t = await made('POST', '/api/v1/tasks', { title: 'Việc có tệp liền một khối', lead_unit: X, deadline: '2026-12-31' });
    // (PostgreSQL indexes no word longer than 2.047 characters: the word searched stands apart.)
    const up = await upload(`/api/v1/tasks/${t.id}/files`, text(`zzkhoiliền ${'x'.repeat(500000)}`), 'khoi.txt');
    assert.equal(up.status, 201);
    const r = await sen.request('GET', '/api/v1/search?q=zzkhoilien');
    const hit = r.json.items.find((h) => h.kind === 'file');
    assert.ok(hit, r.text.slice(0, 300));
    assert.ok(hit.snippet.length < 500, `a snippet of ${hit.snippet.length} characters`);
  });

  test('finds a record as it is now: after a change, the new words and not the old; after removal, nothing', async () => {
    const t = await made('POST', '/api/v1/tasks', { title: 'Kiểm kê tài sản công năm 2026', lead_unit: X, deadline: '2026-12-31' });
    const ids = async (q) => (await search(q)).items.filter((h) => h.kind === 'task').map((h) => h.id);
    assert.deepEqual(await ids('kiem ke tai san cong'), [String(t.id)]);
    await made('PATCH', `/api/v1/tasks/${t.id}`, { version: t.version, title: 'Sắp xếp trụ sở dôi dư sau hợp nhất' });
    assert.deepEqual(await ids('kiem ke tai san cong'), []);
    assert.deepEqual(await ids('sap xep tru so doi du'), [String(t.id)]);

    const f = await upload(`/api/v1/tasks/${t.id}/files`, text('Danh mục trụ sở bàn giao cho phường Trần Phú, biên bản BG0517'), 'tru-so.txt');
    assert.equal(f.status, 201);
    const fileHits = async () => (await search('ban giao BG0517')).items.filter((h) => h.kind === 'file').map((h) => h.id);
    assert.deepEqual(await fileHits(), [String(f.json.id)]);
    assert.equal((await sen.request('DELETE', `/api/v1/files/${f.json.id}`)).status, 204);
    assert.deepEqual(await fileHits(), [], 'a removed file is no longer found');
    // Nothing is left waiting: every write brought the index up to date before it committed.
    assert.equal(sql(sen.db, 'SELECT count(*) FROM search_changes').trim(), '0');
  });

  test('finds a record changed outside the server (an import, a repair in SQL) before any write catches up', async () => {
    const t = await made('POST', '/api/v1/tasks', { title: 'Tổng hợp ý kiến cử tri kỳ họp thứ mười', lead_unit: X, deadline: '2026-12-31' });
    sql(sen.db, `UPDATE tasks SET title = 'Trả lời kiến nghị cử tri về chiếu sáng công cộng' WHERE id = ${t.id}`);
    const ids = async (q) => (await search(q)).items.filter((h) => h.kind === 'task').map((h) => h.id);
    assert.deepEqual(await ids('chieu sang cong cong'), [String(t.id)]);
    assert.deepEqual(await ids('ky hop thu muoi'), []);
    await made('POST', '/api/v1/tasks', { title: 'Một việc khác', lead_unit: X, deadline: '2026-12-31' });
    assert.equal(sql(sen.db, 'SELECT count(*) FROM search_changes').trim(), '0', 'the next write caught up');
    assert.deepEqual(await ids('chieu sang cong cong'), [String(t.id)]);
  });

  test('bad queries are named', async () => {
    for (const [query, field] of [['', 'q'], ['?q=%20%2C%20', 'q'], ['?q=a&limit=0', 'limit'], ['?q=a&cursor=x', 'cursor']]) {
      const r = await sen.request('GET', `/api/v1/search${query}`);
      assert.equal(r.status, 400, `${query}: ${r.text}`);
      assert.equal(r.json.field, field);
    }
  });

  test('a role finds only the kinds it reads', async () => {
    const viewer = sen.as('viewer', null);
    const hits = (await search('khieu nai', viewer)).items;
    assert.ok(!hits.some((h) => h.kind === 'petition'), 'a viewer reads no letters');
    const reception = sen.as('petition_officer', null);
    assert.ok((await search('khieu nai', reception)).items.some((h) => h.kind === 'petition'));
    assert.ok(!(await search('giai ngan xuan dieu', reception)).items.some((h) => h.kind === 'task'));
  });
});
