import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { sql, startSen, testToday } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const today = testToday;
const denouncer = { name: 'Bà Kiều Thị Tố Cáo', address: 'Tổ 3, phường Trần Phú', phone: '0903 777 888' };
const denunciation = {
  channel: 'direct', received_on: '2026-11-20', types: ['to_cao'], field: 'can_bo',
  content: 'Tố cáo việc thu tiền trái quy định khi cấp phép xây dựng', concerned_unit: '18100',
  concerned_person: 'Ông X, cán bộ địa chính', handling_unit: '42', petitioners: [denouncer],
};

describe('legal deadlines from the calendar', () => {
  test('a denunciation accepted on a day is due when the calendar says, and later after an extension', async () => {
    const created = await sen.request('POST', `/api/v1/petitions`, denunciation);
    assert.equal(created.status, 201, created.text);
    assert.match(created.json.tracking_code, /^HT2611-[A-Z0-9]{6}$/);
    assert.equal(created.json.status, 'awaiting_processing');
    const acceptBy = await sen.request('GET', '/api/v1/calendar/deadline?rule=denunciation_acceptance&start=2026-11-20');
    assert.equal(created.json.due, acceptBy.json.due);

    const accepted = await sen.request('POST', `/api/v1/petitions/${created.json.id}/events`,
      { version: 1, kind: 'accept', date: '2026-11-24' });
    assert.equal(accepted.status, 200, accepted.text);
    const resolveBy = await sen.request('GET', '/api/v1/calendar/deadline?rule=denunciation_resolution&start=2026-11-24');
    assert.equal(accepted.json.due, resolveBy.json.due);
    assert.equal(accepted.json.status, 'in_resolution');

    const noDecision = await sen.request('POST', `/api/v1/petitions/${created.json.id}/events`,
      { version: 2, kind: 'extend', date: today, new_deadline: '2027-01-25' });
    assert.equal(noDecision.status, 400);
    const extended = await sen.request('POST', `/api/v1/petitions/${created.json.id}/events`,
      { version: 2, kind: 'extend', date: today, decision_number: '20/QĐ-UBND', decision_date: today, new_deadline: '2027-01-25' });
    assert.equal(extended.json.due, '2027-01-25');
    assert.equal(extended.json.extensions, 1);
  });

  test('an anonymous denunciation is not accepted; a letter is forwarded once; second complaints need a decided first one', async () => {
    const anon = await sen.request('POST', `/api/v1/petitions`, { ...denunciation, anonymous: true, petitioners: [] });
    const refused = await sen.request('POST', `/api/v1/petitions/${anon.json.id}/events`, { version: 1, kind: 'accept' });
    assert.equal(refused.status, 409);
    assert.equal(refused.json.code, 'petition.anonymous_denunciation');
    const fb = await sen.request('POST', `/api/v1/petitions`, { channel: 'post', types: ['phan_anh'], field: 'khac',
      content: 'Phản ánh thử', handling_unit: '18073', petitioners: [{ name: 'Ông Thử' }] });
    const fwd = await sen.request('POST', `/api/v1/petitions/${fb.json.id}/events`, { version: 1, kind: 'forward', recipient: 'Sở Xây dựng' });
    assert.equal(fwd.json.status, 'forwarded');
    const again = await sen.request('POST', `/api/v1/petitions/${fb.json.id}/events`, { version: 2, kind: 'forward', recipient: 'Sở khác' });
    assert.equal(again.status, 409);
    const open = (await sen.request('GET', `/api/v1/petitions?status=resolution_overdue`)).json.items.find((p) => p.round === 1);
    const second = await sen.request('POST', `/api/v1/petitions`, { channel: 'direct', types: ['khieu_nai'], field: 'dat_dai',
      content: 'Khiếu nại lần hai', handling_unit: '42', petitioners: [{ name: 'Bà B' }], previous_id: open.id });
    assert.equal(second.status, 422);
  });
});

describe('duplicates', () => {
  test('a repeated letter is suggested on intake, linked, and not processed again', async () => {
    const first = await sen.request('POST', `/api/v1/petitions`, { channel: 'direct', types: ['kien_nghi'], field: 'moi_truong',
      content: 'Kiến nghị lắp đèn chiếu sáng ở ngõ 12 đường Hà Huy Tập', handling_unit: '18652', petitioners: [{ name: 'Ông Đỗ Văn K', phone: '0912000111' }] });
    const check = await sen.request('POST', '/api/v1/petitions/duplicate-check', { content: 'kien nghi lap den chieu sang o ngo 12 duong Ha Huy Tap', petitioners: [] });
    assert.ok(check.json.items.some((s) => s.id === first.json.id && s.reason === 'similar_content'), 'diacritics folded');
    const repeat = await sen.request('POST', `/api/v1/petitions`, { channel: 'post', types: ['kien_nghi'], field: 'moi_truong',
      content: 'Đề nghị lắp đèn cho ngõ 12', handling_unit: '18652', petitioners: [{ name: 'ông ĐỖ văn K' }] });
    assert.ok(repeat.json.possible_duplicates.some((s) => s.id === first.json.id && s.reason === 'same_petitioner'));
    const linked = await sen.request('POST', `/api/v1/petitions/${repeat.json.id}/duplicate-of`, { version: 1, of: first.json.id });
    assert.equal(linked.json.status, 'duplicate');
    const processed = await sen.request('POST', `/api/v1/petitions/${repeat.json.id}/events`, { version: 2, kind: 'accept' });
    assert.equal(processed.status, 409);
    const detail = await sen.request('GET', `/api/v1/petitions/${first.json.id}`);
    assert.deepEqual(detail.json.linked_duplicates.map((d) => d.id), [repeat.json.id]);
  });

  test('letters repeated on one matter, or open too long, are long-unresolved', async () => {
    const r = await sen.request('GET', `/api/v1/petitions?long_unresolved=true`);
    assert.ok(r.json.items.length >= 2);
    assert.ok(r.json.items.some((p) => p.duplicates >= 2));
    assert.ok(r.json.items.every((p) => p.long_unresolved));
  });

  test('a recommendation, for whose resolution the law sets no deadline, is long-unresolved only by repeats', async () => {
    const letter = await sen.request('POST', `/api/v1/petitions`, { channel: 'hotline', types: ['kien_nghi'], field: 'moi_truong',
      received_on: '2025-01-06', content: 'Kiến nghị trồng lại cây xanh bị đổ sau bão trên đường Nguyễn Du', handling_unit: '18652',
      petitioners: [{ name: 'Bà Hồ Thị Q', phone: '0912000999' }] });
    const accepted = await sen.request('POST', `/api/v1/petitions/${letter.json.id}/events`, { version: 1, kind: 'accept', date: '2025-01-08' });
    assert.equal(accepted.status, 200);
    assert.equal(accepted.json.status, 'in_resolution');
    assert.equal(accepted.json.long_unresolved, false, 'accepted in time and still being handled, two years on');
  });
});

describe('a denouncer\'s identity', () => {
  let id;
  let code;
  let pin;
  before(async () => {
    const created = await sen.request('POST', `/api/v1/petitions`, { ...denunciation, received_on: '2026-11-25' });
    id = created.json.id;
    code = created.json.tracking_code;
    pin = created.json.lookup_pin;
  });

  test('appears through no route to an officer without the grant', async () => {
    const officer = sen.as('petition_officer', '42');
    const routes = [`/api/v1/petitions`, `/api/v1/petitions/${id}`, '/api/v1/petitions/stats?period=2026',
      '/api/v1/exports/petitions?period=2026', `/api/v1/petitions?q=Kieu Thi To Cao`];
    for (const path of routes) {
      const r = await officer.request('GET', path);
      assert.equal(r.status, 200, path);
      assert.doesNotMatch(r.text, /Kiều Thị Tố Cáo|Kieu Thi To Cao|0903 777 888/, path);
    }
    assert.equal((await officer.request('GET', `/api/v1/petitions?q=Kieu Thi To Cao`)).json.items.length, 0);
    const identity = await officer.request('GET', `/api/v1/petitions/${id}/denouncers`);
    assert.equal(identity.status, 403);
    assert.equal((await sen.request('GET', `/api/v1/petitions/${id}/denouncers`)).status, 403, 'not even for the administrator');
    const detail = await officer.request('GET', `/api/v1/petitions/${id}`);
    assert.equal(detail.json.denouncer_count, 1);
    assert.deepEqual(detail.json.petitioners, []);
    const audit = await sen.request('GET', `/api/v1/audit?entity=petition&key=${code}`);
    assert.doesNotMatch(audit.text, /Kiều Thị Tố Cáo|0903 777 888/);
  });

  test('never reaches the public, Open311, or the unit denounced', async () => {
    for (const path of ['/open311/v2/requests.json', `/open311/v2/requests/${code}.json`]) {
      const r = await sen.anonymous.request('GET', path);
      assert.doesNotMatch(r.text, /Kiều Thị Tố Cáo|thu tiền trái quy định/, path);
    }
    const lookup = await sen.anonymous.request('POST', '/api/v1/public/petitions/lookup', { tracking_code: code, pin });
    assert.equal(lookup.status, 200);
    assert.doesNotMatch(lookup.text, /Kiều Thị Tố Cáo|thu tiền trái quy định/);
    assert.deepEqual(Object.keys(lookup.json).sort(), ['handling_unit', 'next_deadline', 'received_on', 'status', 'status_text', 'tracking_code']);
    assert.equal((await sen.anonymous.request('GET', `/open311/v2/requests/${code}.json`)).status, 404, 'denunciations are not public requests');
    const wardStaff = sen.as('petition_officer', '18100', ['petitions.identity']);
    assert.equal((await wardStaff.request('GET', `/api/v1/petitions/${id}`)).status, 403);
    assert.equal((await wardStaff.request('GET', `/api/v1/petitions/${id}/denouncers`)).status, 403);
    assert.ok(!(await wardStaff.request('GET', `/api/v1/petitions`)).json.items.some((p) => p.id === id));
  });

  test('is shown to a user granted it explicitly, and every reading is audited', async () => {
    const granted = sen.as('petition_officer', '42', ['petitions.identity']);
    const r = await granted.request('GET', `/api/v1/petitions/${id}/denouncers`);
    assert.equal(r.status, 200);
    assert.equal(r.json.items[0].name, 'Bà Kiều Thị Tố Cáo');
    await granted.request('GET', `/api/v1/petitions/${id}/denouncers`);
    const audit = await sen.request('GET', `/api/v1/audit?entity=petition&key=${code}`);
    const reads = audit.json.items.filter((a) => a.action === 'read_identity');
    assert.equal(reads.length, 2);
    assert.equal(reads[0].user, 'petition-officer-42-1pi');
    assert.doesNotMatch(audit.text, /Kiều Thị Tố Cáo/);
  });

  test('is stored apart from other petitioners', () => {
    assert.equal(sql(sen.db, `SELECT count(*) FROM petitioners WHERE petition_id = ${id}`).trim(), '0');
    assert.equal(sql(sen.db, `SELECT count(*) FROM denouncers WHERE petition_id = ${id}`).trim(), '1');
  });
});

test('the queue names a letter\'s petitioner, never a denouncer', async () => {
  const letter = await sen.request('POST', '/api/v1/petitions', {
    channel: 'direct', received_on: '2026-11-24', types: ['kien_nghi'], field: 'trat_tu_do_thi',
    content: 'Kiến nghị lắp đèn chiếu sáng ngõ 12 đường Nguyễn Du', handling_unit: '18073',
    petitioners: [{ name: 'Ông Trần Văn Kiến Nghị' }, { name: 'Bà Lê Thị Cùng Ký' }],
  });
  assert.equal(letter.status, 201, letter.text);
  const denounced = await sen.request('POST', '/api/v1/petitions', { ...denunciation, received_on: '2026-11-24' });
  const queue = (await sen.as('petition_officer', '42').request('GET', '/api/v1/petitions')).json.items;
  assert.equal(queue.find((p) => p.id === letter.json.id).petitioner, 'Ông Trần Văn Kiến Nghị');
  assert.equal(queue.find((p) => p.id === denounced.json.id).petitioner, null);
  assert.ok(queue.every((p) => p.petitioner !== denouncer.name));
});

describe('citizens and city apps', () => {
  const feedback = (content) => ({ channel: 'direct', received_on: today, types: ['phan_anh'], field: 'trat_tu_do_thi',
    content, handling_unit: '18073', petitioners: [{ name: 'Nguyễn Văn Tra Cứu', phone: '0912345678' }] });
  const lookup = (body) => sen.anonymous.request('POST', '/api/v1/public/petitions/lookup', body);

  test('a citizen looks up a letter with the code and the PIN of the receipt, typed loosely', async () => {
    const letter = (await sen.request('POST', '/api/v1/petitions', feedback('Vỉa hè trước tổ dân phố 5 bị lấn chiếm'))).json;
    assert.match(letter.lookup_pin, /^\d{8}$/);
    const ok = await lookup({ tracking_code: letter.tracking_code, pin: letter.lookup_pin });
    assert.equal(ok.status, 200);
    assert.equal(ok.json.status_text, 'Đang xem xét, phân loại');
    assert.doesNotMatch(ok.text, /Vỉa hè|Nguyễn Văn Tra Cứu/);
    const loose = letter.tracking_code.toLowerCase().replace('-', ' ');
    const spaced = `${letter.lookup_pin.slice(0, 4)} ${letter.lookup_pin.slice(4)}`;
    assert.equal((await lookup({ tracking_code: loose, pin: spaced })).status, 200);
    // The last digits of the phone no longer open a letter; a wrong PIN and an unknown code look alike.
    const phone = await lookup({ tracking_code: letter.tracking_code, pin: '5678' });
    const unknown = await lookup({ tracking_code: 'HT0000-AAAAAA', pin: letter.lookup_pin });
    assert.equal(phone.status, 404);
    assert.equal(phone.json.detail, unknown.json.detail);
    // The PIN is in no list and no audit row.
    const audit = await sen.request('GET', `/api/v1/audit?entity=petition&key=${letter.tracking_code}`);
    assert.ok(audit.json.items.length > 0);
    assert.ok(!audit.text.includes(letter.lookup_pin));
    assert.ok(!(await sen.request('GET', '/api/v1/petitions')).text.includes(letter.lookup_pin));
    assert.equal(sql(sen.db, `SELECT count(*) FROM petitions WHERE lookup_pin_hash LIKE '%${letter.lookup_pin}%'`).trim(), '0');
  });

  test('guessing a PIN is stopped per code, then per client', async () => {
    const letter = (await sen.request('POST', '/api/v1/petitions', feedback('Đèn chiếu sáng ngõ 7 không sáng'))).json;
    for (let i = 0; i < 5; i++) {
      assert.equal((await lookup({ tracking_code: letter.tracking_code, pin: String(10000000 + i) })).status, 404);
    }
    const locked = await lookup({ tracking_code: letter.tracking_code, pin: letter.lookup_pin });
    assert.equal(locked.status, 429, 'the right PIN waits too: it is not even checked');
    assert.ok(Number(locked.headers.get('retry-after')) >= 1);
    // A lost receipt: the office issues a new PIN, the old one stops working.
    const renewed = await sen.request('POST', `/api/v1/petitions/${letter.id}/lookup-pin`);
    assert.equal(renewed.status, 200);
    assert.notEqual(renewed.json.lookup_pin, letter.lookup_pin);
    // Guesses across many codes from one client are stopped too.
    const statuses = [];
    for (const letterCode of 'ACDEFGHJKLMNPQRTUVWXY') {
      statuses.push((await lookup({ tracking_code: `HT2611-AAAAA${letterCode}`, pin: '12345678' })).status);
    }
    assert.equal(statuses[0], 404);
    assert.equal(statuses.at(-1), 429, 'a client that guesses many codes waits');
  });
});

test('statistics in the Government Inspectorate\'s terms', async () => {
  const r = await sen.request('GET', `/api/v1/petitions/stats?period=2026`);
  assert.equal(r.status, 200);
  for (const key of ['received', 'in_competence', 'accepted', 'resolved', 'on_time_pct', 'overdue', 'withdrawn', 'long_unresolved']) {
    assert.ok(key in r.json, key);
  }
  assert.ok(r.json.received >= 9);
  assert.ok(r.json.overdue >= 2);
  const csv = await sen.request('GET', '/api/v1/exports/petitions?period=2026');
  assert.match(csv.text, /^tracking_code,received_on,carried_over,channel,types,field,handling_unit,status/);
  assert.doesNotMatch(csv.text, /Trần Thị B|0987654321/);
  // The export lists the letters the statistics count, each saying whether it is invented.
  const header = csv.text.split('\n')[0].split(',');
  const rows = csv.text.trim().split('\n').slice(1).map((line) => Object.fromEntries(line.split(',').map((v, i) => [header[i], v])));
  assert.equal(rows.length, r.json.received + r.json.carried_over);
  assert.equal(rows.filter((row) => row.carried_over === '1').length, r.json.carried_over);
  assert.equal(rows.filter((row) => row.long_unresolved === '1').length, r.json.long_unresolved);
  assert.ok(rows.some((row) => row.illustrative === '1'), 'the demo\'s letters are marked invented');
  // With a unit, the export is that unit's, as its statistics are.
  const unitStats = (await sen.request('GET', '/api/v1/petitions/stats?period=2026&unit=18073')).json;
  const unitCsv = (await sen.request('GET', '/api/v1/exports/petitions?period=2026&unit=18073')).text;
  assert.equal(unitCsv.trim().split('\n').length - 1, unitStats.received + unitStats.carried_over);
});
