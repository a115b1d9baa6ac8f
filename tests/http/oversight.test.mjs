import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { senCli, sql, startSen, testToday } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const discipline = (body) => sen.request('POST', '/api/v1/oversight/discipline', {
  subject_kind: 'member', body: '436-UBKT', decision: 'Quyết định minh họa', reason: 'Vi phạm minh họa',
  concluded_on: '2022-03-01', decided_on: '2022-03-10', ...body,
});
const countDecisions = async (period) => (await sen.request('GET', `/api/v1/oversight/discipline?period=${period}`)).json.items.length;

describe('the 2022 statistics of the demo data', () => {
  test('read 118 organisations and 45 members inspected, 28 members disciplined, as the report says', async () => {
    const r = await sen.request('GET', '/api/v1/oversight/stats?unit=436&period=2022');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.organisations_inspected, 118);
    assert.equal(r.json.members_inspected, 45);
    assert.equal(r.json.members_disciplined, 28);
    assert.deepEqual(r.json.member_forms, { khien_trach: 19, canh_cao: 6, cach_chuc: 1, khai_tru: 2 });
    assert.equal(r.json.sentence, 'Kiểm tra 118 tổ chức đảng, 45 đảng viên; giám sát 24 tổ chức đảng, 12 đảng viên; '
      + 'thi hành kỷ luật 28 đảng viên; về hình thức: khiển trách 19, cảnh cáo 6, cách chức 1, khai trừ 2');
    // The demo's cases and decisions are invented, but the report of 27/12/2022 states the totals
    // of inspection and discipline: those are facts; supervision and the forms are not stated.
    assert.deepEqual(r.json.illustrative, { inspection: false, supervision: true, discipline: false, discipline_forms: true, cases: true, admissions: true });
    assert.deepEqual(r.json.reported, { organisations_inspected: 118, members_inspected: 45, members_disciplined: 28 });
    assert.deepEqual(r.json.clauses.map((c) => [c.text.split(' ')[0], c.illustrative]), [['kiểm', false], ['giám', true], ['thi', false], ['về', true]],
      'each clause says whether it is illustrative, for the app to mark it as the report does');
    assert.match(r.json.reported_source, /27\/12\/2022/);
  });

  test('a stated total the records do not give is shown beside the count, and the count stays illustrative', async () => {
    // A change made outside Sen raises the data generation, or the servers keep their answers.
    const stated = (n) => sql(sen.db, `UPDATE oversight_reported_totals SET value = ${n} WHERE unit = '436' AND period = '2022' AND figure = 'organisations_inspected'; UPDATE data_generation SET value = value + 1`);
    stated(117);
    try {
      const r = (await sen.request('GET', '/api/v1/oversight/stats?unit=436&period=2022')).json;
      assert.equal(r.organisations_inspected, 118);
      assert.equal(r.reported.organisations_inspected, 117);
      assert.equal(r.illustrative.inspection, true);
      const report = (await sen.request('GET', '/api/v1/reports/annual?unit=436&year=2022&format=html')).text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      assert.match(report, /Kiểm tra 118 tổ chức đảng, 45 đảng viên \(\*\); giám sát 24 tổ chức đảng, 12 đảng viên \(\*\); thi hành kỷ luật 28 đảng viên; về hình thức: /);
      assert.match(report, /27\/12\/2022\) ghi kiểm tra 117 tổ chức đảng \(hồ sơ trên Sen: 118\)\./);
      const cli = senCli(['oversight', 'stats', '--unit', '436', '--period', '2022', '--db', sen.db]);
      assert.match(cli.stdout, /Tổ chức đảng được kiểm tra: 118 \(\*\) \(báo cáo đã ban hành ghi 117\)\n/);
    } finally {
      stated(118);
    }
  });

  test('the CLI prints the same sentence; an unknown unit is an error', async () => {
    const r = senCli(['oversight', 'stats', '--unit', '436', '--period', '2022', '--db', sen.db]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[0], 'Kiểm tra 118 tổ chức đảng, 45 đảng viên; giám sát 24 tổ chức đảng, 12 đảng viên (*); '
      + 'thi hành kỷ luật 28 đảng viên; về hình thức: khiển trách 19, cảnh cáo 6, cách chức 1, khai trừ 2 (*)');
    assert.match(r.stdout, /Đảng viên bị kỷ luật: 28\n/, 'the report of 27/12/2022 states it');
    assert.match(r.stdout, /Đảng viên được giám sát: 12 \(\*\)\n/);
    assert.match(r.stdout, /Cuộc kiểm tra: 20 \(\*\)\n/, 'the number of cases is the demo\'s, which the report does not state');
    assert.match(r.stdout, /Kết nạp đảng viên: 126 \(\*\)\n/, 'the members of the register admitted in 2022, invented');
    assert.match(r.stdout, /\(\*\) Số liệu minh họa/);
    const unknown = senCli(['oversight', 'stats', '--unit', 'KHONG-CO', '--period', '2022', '--db', sen.db]);
    assert.notEqual(unknown.status, 0);
    assert.match(unknown.stderr, /KHONG-CO/);
    const api = await sen.request('GET', '/api/v1/oversight/stats?unit=KHONG-CO&period=2022');
    assert.equal(api.status, 400);
    assert.equal(api.json.field, 'unit');
  });

  test('a ward organisation\'s figures count what its own bodies decided', async () => {
    const r = await sen.request('GET', '/api/v1/oversight/stats?unit=436-DB-BH&period=2022');
    assert.equal(r.status, 200);
    assert.ok(r.json.members_disciplined > 0 && r.json.members_disciplined < 28, r.text);
    assert.equal(r.json.organisations_inspected, 0, 'the city inspection committee\'s cases are not the ward\'s');
  });
});

describe('discipline', () => {
  test('a probationary member cannot be given cách chức or khai trừ, and nothing is written', async () => {
    const before = await countDecisions('2022');
    for (const form of ['cach_chuc', 'khai_tru']) {
      const r = await discipline({ subject: 'DV-0005', form, violation_on: '2021-12-01' });
      assert.equal(r.status, 422, r.text);
      assert.equal(r.json.code, 'discipline.form_not_allowed');
      assert.equal(r.json.field, 'form');
      assert.match(r.json.detail, /đảng viên dự bị/);
      assert.match(r.json.detail, /khiển trách, cảnh cáo/);
    }
    assert.equal(await countDecisions('2022'), before);
    const allowed = await discipline({ subject: 'DV-0005', form: 'khien_trach', violation_on: '2021-12-01' });
    assert.equal(allowed.status, 201, allowed.text);
    assert.equal(allowed.json.member_status, 'probationary');
    assert.equal(allowed.json.notice_due, '2022-03-15', 'five days to notify');
  });

  test('cách chức needs a post held, and it clears the posts', async () => {
    const noPost = await discipline({ subject: 'DV-0004', form: 'cach_chuc', violation_on: '2021-12-01' });
    assert.equal(noPost.status, 422);
    assert.match(noPost.json.detail, /không giữ chức vụ/);
    const withPost = await discipline({ subject: 'DV-0013', form: 'cach_chuc', violation_on: '2021-12-01' });
    assert.equal(withPost.status, 201, withPost.text);
    const member = await sen.as('inspector', '436', ['oversight.members']).request('GET', '/api/v1/party-members/DV-0013');
    assert.equal(member.json.posts, null, 'removal from office clears the posts');
  });

  test('a khiển trách for a violation more than 5 years before the conclusion is time-barred', async () => {
    const before = await countDecisions('2022');
    const r = await discipline({ subject: 'DV-0006', form: 'khien_trach', violation_on: '2016-12-31' });
    assert.equal(r.status, 422, r.text);
    assert.equal(r.json.code, 'discipline.time_barred');
    assert.equal(r.json.field, 'violation_on');
    assert.match(r.json.detail, /hết thời hiệu kỷ luật khiển trách \(5 năm/);
    assert.equal(await countDecisions('2022'), before);
    // The same violation is within the 10 years of cảnh cáo; near the end the decision carries a warning.
    const warned = await discipline({ subject: 'DV-0006', form: 'canh_cao', violation_on: '2012-06-01' });
    assert.equal(warned.status, 201, warned.text);
    assert.match(warned.json.limitation_warning, /còn dưới 6 tháng/);
  });

  test('the notice and a complaint are recorded against the decision', async () => {
    const d = (await discipline({ subject: 'DV-0007', form: 'khien_trach', violation_on: '2021-10-01' })).json;
    const early = await sen.request('POST', `/api/v1/oversight/discipline/${d.id}/notice`, { notified_on: '2022-03-01', version: d.version });
    assert.equal(early.status, 400);
    const notice = await sen.request('POST', `/api/v1/oversight/discipline/${d.id}/notice`, { notified_on: '2022-03-14', version: d.version });
    assert.equal(notice.status, 200, notice.text);
    assert.equal(notice.json.notified_on, '2022-03-14');
    const complaint = await sen.request('POST', `/api/v1/oversight/discipline/${d.id}/complaints`, { received_on: '2022-04-01', note: 'Khiếu nại minh họa' });
    assert.equal(complaint.status, 201, complaint.text);
  });
});

describe('cases', () => {
  test('the 2022 programmes show which items a case carried out', async () => {
    const r = await sen.request('GET', '/api/v1/oversight/programmes?year=2022');
    assert.equal(r.status, 200);
    const ubkt = r.json.items.find((p) => p.committee === '436-UBKT');
    assert.equal(ubkt.document, '01-CTr/UBKTTU');
    assert.equal(ubkt.items.length, 13);
    assert.equal(ubkt.items.filter((i) => i.done).length, 12, 'the regular supervision has no case');
  });


  test('a case takes the next decision number of its issuer and term, and its remedies are followed up', async () => {
    // Cases and discipline decisions of the inspection committee share one sequence in the term.
    const numbers = [
      ...(await sen.request('GET', '/api/v1/oversight/cases?period=2022')).json.items.map((k) => k.decision),
      ...(await sen.request('GET', '/api/v1/oversight/discipline?period=2022')).json.items.map((d) => d.decision),
    ].filter((d) => d.endsWith('-QĐ/UBKTTU')).map((d) => Number(d.split('-')[0]));
    assert.ok(numbers.length > 20);
    const opened = await sen.request('POST', '/api/v1/oversight/cases', {
      kind: 'inspection', type: 'signs_of_violation', body: '436-UBKT', issuer: 'UBKTTU', term: '2020-2025',
      decided_on: '2022-11-02', subjects: [{ kind: 'organisation', code: '436-DB-BH-02' }, { kind: 'member', code: 'DV-0060' }],
    });
    assert.equal(opened.status, 201, opened.text);
    const highest = Math.max(...numbers);
    assert.equal(opened.json.decision, `${String(highest + 1).padStart(2, '0')}-QĐ/UBKTTU`);
    const concluded = await sen.request('POST', `/api/v1/oversight/cases/${opened.json.id}/conclusion`, {
      conclusion: 'Có dấu hiệu vi phạm (minh họa)', concluded_on: '2022-12-01', recommendations: 'Kiểm điểm',
      remedies: [{ content: 'Tổ chức kiểm điểm', due: '2022-12-31' }], version: opened.json.version,
    });
    assert.equal(concluded.status, 200, concluded.text);
    const remedy = concluded.json.remedies[0];
    const done = await sen.request('PATCH', `/api/v1/oversight/cases/${opened.json.id}/remedies/${remedy.id}`, { done_on: '2022-12-20', version: remedy.version });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.done_on, '2022-12-20');
    assert.equal((await sen.request('GET', `/api/v1/oversight/cases/${opened.json.id}`)).json.remedies[0].done_on, '2022-12-20');
    const stats = (await sen.request('GET', '/api/v1/oversight/stats?unit=436&period=2022')).json;
    assert.equal(stats.members_inspected, 46, 'the new subject is counted');
  });

  test('a subject that is not a party organisation is refused', async () => {
    const r = await sen.request('POST', '/api/v1/oversight/cases', {
      kind: 'inspection', type: 'by_programme', body: '436-UBKT', issuer: 'UBKTTU', term: '2020-2025',
      decided_on: '2022-11-03', subjects: [{ kind: 'organisation', code: '436-BH' }],
    });
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.field, 'subjects');
  });
});

describe('quality rating', () => {
  test('the cap "xuất sắc ≤ 20% of tốt" within a grassroots organisation is enforced with a clear message', async () => {
    const r = await sen.request('POST', '/api/v1/oversight/ratings', { year: 2024, subject_kind: 'member', subject: 'DV-0015', level: 'xuat_sac' });
    assert.equal(r.status, 422, r.text);
    assert.equal(r.json.code, 'rating.cap');
    assert.match(r.json.detail, /vượt quá 20% số xếp loại "Hoàn thành tốt nhiệm vụ" \(8\) trong Đảng bộ phường Bắc Hà/);
    const good = await sen.request('POST', '/api/v1/oversight/ratings', { year: 2024, subject_kind: 'member', subject: 'DV-0015', level: 'tot' });
    assert.equal(good.status, 201, good.text);
    assert.equal(good.json.rule_set, '124-QĐ/TW');
    assert.equal(good.json.rated_within, '436-DB-BH');
  });

  test('a rating outside the user\'s scope is refused and nothing is written', async () => {
    const other = sen.as('inspector', '436-DB-TQ');
    const r = await other.request('POST', '/api/v1/oversight/ratings', { year: 2024, subject_kind: 'member', subject: 'DV-0016', level: 'tot' });
    assert.equal(r.status, 403, r.text);
    const listed = (await sen.request('GET', '/api/v1/oversight/ratings?year=2024')).json.items;
    assert.ok(!listed.some((x) => x.subject.code === 'DV-0016'));
  });

  test('from 2025 ratings are points under 366-QĐ/TW, and a level above the band is refused', async () => {
    const r = await sen.request('POST', '/api/v1/oversight/ratings', { year: 2025, subject_kind: 'organisation', subject: '18073-DB-01', step: 'self', level: 'xuat_sac', score: 80 });
    assert.equal(r.status, 422, r.text);
    assert.equal(r.json.code, 'rating.above_band');
    const ok = await sen.request('POST', '/api/v1/oversight/ratings', { year: 2025, subject_kind: 'organisation', subject: '18073-DB-01', step: 'self', score: 80 });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.json.level, 'tot');
    assert.equal(ok.json.rule_set, '366-QĐ/TW');
  });

  test('the shares rated tốt or above and the admissions feed TCCSD_HTT, DV_HTT and KET_NAP_DV', async () => {
    assert.equal((await sen.request('POST', '/api/v1/plans', { code: '436-2024', unit: '436', kind: 'annual', title: 'Chỉ tiêu 2024', period_from: '2024', period_to: '2024' })).status, 201);
    for (const [indicator, value] of [['TCCSD_HTT', 90], ['DV_HTT', 90], ['KET_NAP_DV', 5]]) {
      const t = await sen.request('POST', '/api/v1/targets', { plan: '436-2024', indicator, unit: '436', period: '2024', comparator: '>=', value });
      assert.equal(t.status, 201, t.text);
    }
    const items = (await sen.request('GET', '/api/v1/scorecard?unit=436&period=2024')).json.items;
    const item = (code) => items.find((i) => i.indicator === code);
    assert.equal(item('KET_NAP_DV').actual, 5);
    assert.equal(item('KET_NAP_DV').derivation, 'oversight');
    assert.equal(item('TCCSD_HTT').actual.toFixed(1), '92.3');  // 12 of 13 grassroots organisations
    assert.equal(item('DV_HTT').actual.toFixed(1), '90.9');  // 10 of 11 members, with DV-0015 rated above
    assert.equal(item('DV_HTT').status, 'exceeded');
  });
});

describe('membership is sensitive personal data', () => {
  test('members are shown only with the oversight.members grant, and every reading is audited', async () => {
    const leader = sen.as('leader', '436');
    assert.equal((await leader.request('GET', '/api/v1/party-members')).status, 403);
    assert.equal((await sen.request('GET', '/api/v1/party-members/DV-0001')).status, 403, 'not even the administrator without the grant');
    const granted = sen.as('inspector', '436', ['oversight.members']);
    const list = await granted.request('GET', '/api/v1/party-members?organisation=436-DB-BH-01');
    assert.equal(list.status, 200, list.text);
    assert.ok(list.json.items.length > 0);
    assert.ok(list.json.items.every((m) => m.organisation === '436-DB-BH-01'));
    const audit = await sen.request('GET', '/api/v1/audit?entity=party_members');
    const reads = audit.json.items.filter((a) => a.action === 'read_members');
    assert.equal(reads.length, 1);
    assert.equal(reads[0].user, 'inspector-436-1om');
    assert.doesNotMatch(audit.text, /Đảng viên minh họa/);
  });

  test('the discipline export leaves members out unless asked and allowed', async () => {
    const plain = await sen.as('leader', '436').request('GET', '/api/v1/exports/discipline?period=2022');
    assert.equal(plain.status, 200);
    assert.equal(plain.text.split('\n')[0], 'decided_on,decision,body,subject_kind,form,violation_on,illustrative');
    // The split of 2022's decisions by form is invented: each row says so.
    const rows = plain.text.trim().split('\n').slice(1);
    assert.ok(rows.filter((r) => r.endsWith(',1')).length >= 28, 'the demo\'s 28 decisions of 2022 are marked invented');
    // A ward's own export holds its bodies' decisions only (the city's 28 are the city's).
    const ward = await sen.request('GET', '/api/v1/exports/discipline?period=2022&unit=436-TQ');
    assert.equal(ward.status, 200);
    assert.ok(ward.text.trim().split('\n').length - 1 < rows.length);
    assert.doesNotMatch(plain.text, /DV-00|Đảng viên minh họa/);
    const refused = await sen.as('leader', '436').request('GET', '/api/v1/exports/discipline?period=2022&members=true');
    assert.equal(refused.status, 403);
    const named = await sen.as('inspector', '436', ['oversight.members']).request('GET', '/api/v1/exports/discipline?period=2022&members=true');
    assert.equal(named.status, 200);
    assert.match(named.text, /Đảng viên minh họa/);
  });

  test('an inspector of one ward does not see another ward\'s cases', async () => {
    const ward = sen.as('inspector', '436-TQ');
    const cases = (await ward.request('GET', '/api/v1/oversight/cases?period=2022')).json.items;
    const all = (await sen.request('GET', '/api/v1/oversight/cases?period=2022')).json.items;
    assert.ok(cases.length < all.length);
    const stats = await ward.request('GET', '/api/v1/oversight/stats?unit=436&period=2022');
    assert.equal(stats.status, 403);
  });
});

describe('admission', () => {
  const members = () => sen.as('inspector', '42', ['oversight.members']);
  const today = testToday;

  test('a candidate goes through the forms, is admitted on probation for 12 months, then confirmed', async () => {
    const c = members();
    const opened = await c.request('POST', '/api/v1/oversight/admissions', { candidate: 'Quần chúng minh họa', birth_year: 2000, organisation: '18073-DB-01' });
    assert.equal(opened.status, 201, opened.text);
    const id = opened.json.id;
    const early = await c.request('POST', `/api/v1/oversight/admissions/${id}/steps`, { form: '10-KNĐ', done_on: today });
    assert.equal(early.status, 409, 'confirmation forms wait for the probation');
    for (const form of ['1-KNĐ', '2-KNĐ', '5-KNĐ']) {
      assert.equal((await c.request('POST', `/api/v1/oversight/admissions/${id}/steps`, { form, done_on: '2026-01-10' })).status, 200);
    }
    const twice = await c.request('POST', `/api/v1/oversight/admissions/${id}/steps`, { form: '1-KNĐ', done_on: '2026-01-11' });
    assert.equal(twice.status, 409);
    const admitted = await c.request('POST', `/api/v1/oversight/admissions/${id}/decision`, {
      decision: '12-QĐ/ĐU', admitted_on: '2026-02-03', member_code: 'DV-0901', version: (await c.request('GET', '/api/v1/oversight/admissions')).json.items.find((a) => a.id === id).version,
    });
    assert.equal(admitted.status, 200, admitted.text);
    assert.equal(admitted.json.status, 'probation');
    assert.equal(admitted.json.probation_due, '2027-02-03');
    const member = await c.request('GET', '/api/v1/party-members/DV-0901');
    assert.equal(member.json.status, 'probationary');
    const tooEarly = await c.request('POST', `/api/v1/oversight/admissions/${id}/confirmation`, { decision: '30-QĐ/ĐU', confirmed_on: '2026-12-01', version: admitted.json.version });
    assert.equal(tooEarly.status, 422);
    assert.equal(tooEarly.json.code, 'admission.probation_not_over');
    const confirmed = await c.request('POST', `/api/v1/oversight/admissions/${id}/confirmation`, { decision: '30-QĐ/ĐU', confirmed_on: '2027-02-05', version: admitted.json.version });
    assert.equal(confirmed.status, 200, confirmed.text);
    assert.equal((await c.request('GET', '/api/v1/party-members/DV-0901')).json.status, 'full');
  });

  test('a candidate outside 18–60 years is not admitted', async () => {
    const c = members();
    const opened = (await c.request('POST', '/api/v1/oversight/admissions', { candidate: 'Quần chúng cao tuổi', birth_year: 1950, organisation: '18073-DB-02' })).json;
    const r = await c.request('POST', `/api/v1/oversight/admissions/${opened.id}/decision`, { decision: '13-QĐ/ĐU', admitted_on: '2026-03-01', member_code: 'DV-0902', version: opened.version });
    assert.equal(r.status, 422);
    assert.equal(r.json.code, 'admission.age');
    assert.equal((await c.request('GET', '/api/v1/party-members/DV-0902')).status, 404, 'no member was registered');
  });

  test('an inspector without the grant cannot open admission files', async () => {
    const r = await sen.as('inspector', '436').request('POST', '/api/v1/oversight/admissions', { candidate: 'X', birth_year: 2000, organisation: '18073-DB-01' });
    assert.equal(r.status, 403);
  });
});
