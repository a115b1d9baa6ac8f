// A closed unit's open work after the 2025 reorganisation (issue 25, "records follow"): listed
// for handover, handed over all or nothing with an audit row, and still counted where it was in
// the figures of the periods before.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const get = async (path, client = sen) => {
  const r = await client.request('GET', path);
  assert.equal(r.status, 200, `${path}: ${r.text}`);
  return r.json;
};
const openWork = (code, client) => get(`/api/v1/units/${code}/open-work`, client);
const handOver = (code, items, client = sen) => client.request('POST', `/api/v1/units/${code}/hand-over`, { items });
const taskOf = async (unit) => (await openWork('436')).items.find((i) => i.kind === 'task' && i.unit === unit);

describe('listing a closed unit’s open work', () => {
  test('the old city lists what its offices left open, each with the wards that took over', async () => {
    const w = await openWork('436');
    assert.equal(w.closed_on, '2025-06-30');
    assert.deepEqual(w.takers.filter((t) => /^\d+$/.test(t.code)).map((t) => t.code), ['18073', '18100', '18652']);
    const projects = w.items.filter((i) => i.kind === 'project').map((i) => i.key).sort();
    assert.deepEqual(projects, ['ADB-HT', 'VANH-DAI-DONG']);
    const qldt = w.items.find((i) => i.unit === '436-QLDT');
    assert.deepEqual([qldt.kind, qldt.status, qldt.field, qldt.can_hand_over], ['task', 'overdue', 'lead_unit', true]);
    assert.deepEqual(qldt.takers, ['18073', '18100', '18652'], 'an office without successors of its own passes to the city’s');
    const bacHa = w.items.find((i) => i.unit === '436-TQ');
    assert.deepEqual(bacHa.takers, ['18073'], 'an old ward passes to the ward that took it over');
    assert.ok(w.items.every((i) => ['in_progress', 'overdue', 'preparation', 'implementation'].includes(i.status) || i.kind === 'petition'));
  });

  test('a unit that still exists lists its open work, with nobody to take it over', async () => {
    const w = await openWork('18073');
    assert.equal(w.closed_on, null);
    assert.deepEqual(w.takers, []);
    assert.ok(w.items.length > 0 && w.items.every((i) => !i.can_hand_over));
  });

  test('a ward’s officer sees none of the old city’s work: none of it is theirs to open', async () => {
    const w = await openWork('436', sen.as('officer', '18073'));
    assert.deepEqual(w.items, []);
  });

  test('an unknown unit is 404', async () => {
    assert.equal((await sen.request('GET', '/api/v1/units/KHONG-CO/open-work')).status, 404);
  });
});

describe('handing it over', () => {
  test('bad items are all listed, and nothing moves', async () => {
    const task = await taskOf('436-QLDT');
    const r = await handOver('436', [
      { kind: 'task', key: task.key, to: '18073' },
      { kind: 'project', key: 'KHONG-CO', to: '18073' },
      { kind: 'unit', key: '436-BH', to: '18073' },
      { kind: 'project', key: 'ADB-HT', to: '436-BH' },
      { kind: 'project', key: 'VANH-DAI-DONG' },
      { kind: 'task', key: task.key, to: '18100' },
    ]);
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.code, 'handover.invalid_items');
    assert.deepEqual(r.json.errors.map((e) => e.field), ['items[1].key', 'items[2].kind', 'items[3].to', 'items[4].to', 'items[5].key']);
    assert.equal((await get(`/api/v1/tasks/${task.key}`)).lead_unit, '436-QLDT');
    assert.equal((await sen.request('POST', '/api/v1/units/436/hand-over', { items: [] })).status, 400);
    assert.equal((await sen.request('POST', '/api/v1/units/436/hand-over', { items: [], extra: 1 })).status, 400);
  });

  test('a unit that still exists has nothing to hand over: 409', async () => {
    const task = (await openWork('18073')).items.find((i) => i.kind === 'task');
    const r = await handOver('18073', [{ kind: 'task', key: task.key, to: '18100' }]);
    assert.equal(r.status, 409);
    assert.equal(r.json.code, 'unit.not_closed');
  });

  test('a ward’s leader may not take the old city’s work for itself; a viewer of the province may not move it', async () => {
    const task = await taskOf('436-QLDT');
    const ward = await handOver('436', [{ kind: 'task', key: task.key, to: '18073' }], sen.as('leader', '18073'));
    assert.equal(ward.status, 403, ward.text);
    const viewer = await handOver('436', [{ kind: 'task', key: task.key, to: '18073' }], sen.as('viewer', '42'));
    assert.equal(viewer.status, 403, viewer.text);
    assert.equal((await get(`/api/v1/tasks/${task.key}`)).lead_unit, '436-QLDT');
  });

  test('the province hands a task and a project over: their unit changes, their history stays, each is audited', async () => {
    const task = await taskOf('436-QLDT');
    const before = await get(`/api/v1/tasks/${task.key}`);
    const stats2023 = await get('/api/v1/tasks/stats?period=2023');
    // A project's list row names its managing unit now; its figures are the year's.
    const figures = (list) => list.items.map(({ managing_unit, version, ...rest }) => rest);
    const portfolio2022 = figures(await get('/api/v1/projects?unit=436&year=2022'));
    const report2023 = await sen.request('GET', '/api/v1/reports/annual?unit=436&year=2023');

    const both = [{ kind: 'task', key: task.key, to: '18073' }, { kind: 'project', key: 'ADB-HT', to: '18100' }];
    const leader = await handOver('436', both, sen.as('leader', '42'));
    assert.equal(leader.status, 403, 'a leader assigns tasks but does not manage projects');
    assert.equal((await get(`/api/v1/tasks/${task.key}`)).lead_unit, '436-QLDT', 'all or nothing: the task did not move either');

    const r = await handOver('436', both, sen.as('admin', '42'));
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.items.map((i) => [i.kind, i.key, i.from, i.to, i.effective]), [
      ['task', task.key, '436-QLDT', '18073', '2025-07-01'], ['project', 'ADB-HT', '436-BQLDA', '18100', '2025-07-01']]);

    const moved = await get(`/api/v1/tasks/${task.key}`);
    assert.equal(moved.lead_unit, '18073');
    assert.deepEqual(moved.deadlines, before.deadlines, 'the deadline history is kept');
    assert.deepEqual(moved.progress, before.progress, 'the progress reports are kept');
    assert.equal((await get('/api/v1/projects/ADB-HT')).managing_unit, '18100');
    assert.ok(!(await openWork('436')).items.some((i) => i.key === task.key || i.key === 'ADB-HT'));
    assert.ok((await openWork('18073', sen.as('officer', '18073'))).items.some((i) => i.kind === 'task' && i.key === task.key),
      'the ward now sees the task as its own');

    const audit = await get('/api/v1/audit?action=hand_over&limit=10');
    const rows = audit.items.filter((a) => a.action === 'hand_over');
    assert.deepEqual(rows.map((a) => [a.entity, a.key, a.unit, Object.values(a.before)[0], a.after.effective]).sort(), [
      ['project', 'ADB-HT', '18100', '436-BQLDA', '2025-07-01'], ['task', task.key, '18073', '436-QLDT', '2025-07-01']]);

    // The periods before the handover still count the records where they were.
    assert.deepEqual(await get('/api/v1/tasks/stats?period=2023'), stats2023);
    assert.deepEqual(figures(await get('/api/v1/projects?unit=436&year=2022')), portfolio2022);
    assert.equal((await sen.request('GET', '/api/v1/reports/annual?unit=436&year=2023')).text, report2023.text);
    // From the handover on, they count with the ward.
    const ward2026 = (await get('/api/v1/tasks/stats?period=2026')).items.find((s) => s.unit === '18073');
    assert.ok(ward2026.overdue >= 1);
    assert.ok((await get('/api/v1/projects?unit=18100&year=2026')).items.some((p) => p.code === 'ADB-HT'));
  });

  test('an open letter of an old ward passes to the new ward and keeps its deadlines', async () => {
    const letter = await sen.request('POST', '/api/v1/petitions', {
      channel: 'direct', received_on: '2025-06-20', types: ['kien_nghi'], field: 'trat_tu_do_thi',
      content: 'Kiến nghị sửa đèn chiếu sáng ngõ 5 đường Hà Huy Tập', handling_unit: '436-TQ',
      petitioners: [{ name: 'Ông Nguyễn Văn Đèn' }],
    });
    assert.equal(letter.status, 201, letter.text);
    const id = String(letter.json.id);
    const listed = (await openWork('436-TQ')).items.find((i) => i.kind === 'petition' && i.key === id);
    assert.deepEqual(listed.takers, ['18073']);
    const before = await get(`/api/v1/petitions/${id}`);
    const r = await handOver('436-TQ', [{ kind: 'petition', key: id, to: '18073' }]);
    assert.equal(r.status, 200, r.text);
    const after = await get(`/api/v1/petitions/${id}`);
    assert.equal(after.handling_unit, '18073');
    assert.deepEqual([after.status, after.due, after.events], [before.status, before.due, before.events]);
  });

  test('a closed party organisation’s members pass to the one that took it over, by code and only with the grant', async () => {
    const plain = await openWork('436-DB-BH');
    assert.ok(!plain.items.some((i) => i.kind === 'party_member'), 'membership needs oversight.members');
    const granted = sen.as('admin', '42', ['oversight.members']);
    const w = await openWork('436-DB-BH', granted);
    const member = w.items.find((i) => i.kind === 'party_member');
    assert.ok(member, JSON.stringify(w.items.slice(0, 3)));
    assert.equal(member.title, `Đảng viên ${member.key}`, 'no name: reading a member’s name is audited on its own route');
    assert.deepEqual(member.takers, ['18073-DB']);
    assert.ok(!w.items.some((i) => i.status === 'left'), 'members who left are not work to hand over');
    const refused = await handOver('436-DB-BH', [{ kind: 'party_member', key: member.key, to: '18073' }], granted);
    assert.equal(refused.status, 400, 'a member joins a party organisation, not a ward');
    const r = await handOver('436-DB-BH', [{ kind: 'party_member', key: member.key, to: '18073-DB' }], granted);
    assert.equal(r.status, 200, r.text);
    const after = await get(`/api/v1/party-members/${member.key}`, granted);
    assert.equal(after.organisation, '18073-DB');
  });
});

describe('what a handover must not do', () => {
  const denounce = (concerned, handling, received_on) => sen.request('POST', '/api/v1/petitions', {
    channel: 'direct', received_on, types: ['to_cao'], field: 'can_bo', content: `Tố cáo cán bộ thu tiền trái quy định ${Math.random()}`,
    concerned_unit: concerned, concerned_person: 'Ông X', handling_unit: handling, petitioners: [{ name: 'Bà Tố Cáo Thử' }],
  });

  test('a denunciation never passes to the unit it denounces or the one that took that unit over', async () => {
    const letter = await denounce('436-BH', '436-BH', '2025-06-10');
    assert.equal(letter.status, 201, letter.text);
    const id = String(letter.json.id);
    const listed = (await openWork('436-BH')).items.find((i) => i.kind === 'petition' && i.key === id);
    assert.deepEqual(listed.takers, [], 'Thành Sen took Bắc Hà over: it is not offered');
    assert.equal(listed.can_hand_over, false);
    const refused = await handOver('436-BH', [{ kind: 'petition', key: id, to: '18073' }]);
    assert.equal(refused.status, 400, refused.text);
    assert.deepEqual(refused.json.errors.map((e) => e.field), ['items[0].to']);
    assert.match(refused.json.errors[0].detail, /đơn vị bị tố cáo, đơn vị kế thừa/);
    const province = await handOver('436-BH', [{ kind: 'petition', key: id, to: '42' }]);
    assert.equal(province.status, 200, province.text);
    const officer = sen.as('petition_officer', '18073', ['petitions.identity']);
    assert.equal((await officer.request('GET', `/api/v1/petitions/${id}`)).status, 403);
  });

  test('a ward’s report neither counts nor lists a denunciation against the ward itself', async () => {
    const letter = await denounce('18073', '18073', '2026-11-02');
    assert.equal(letter.status, 201, letter.text);
    const html = (await sen.request('GET', '/api/v1/reports/annual?unit=18073&year=2026')).text;
    assert.ok(!html.includes(letter.json.tracking_code), 'the ward’s staff read their report');
  });

  test('without the permission of a kind, nothing about its records is said: 403 before any check', async () => {
    const viewer = sen.as('viewer', '42');
    const a = await handOver('436-DB-BH', [{ kind: 'party_member', key: 'DV-0005', to: '18073-DB' }], viewer);
    const b = await handOver('436-DB-BH', [{ kind: 'party_member', key: 'DV-9999', to: '18073-DB' }], viewer);
    assert.deepEqual([a.status, b.status], [403, 403]);
    assert.equal(a.json.code, b.json.code);
  });

  test('a member joins a party organisation: a ward is refused as an item, and not offered', async () => {
    const granted = sen.as('admin', '42', ['oversight.members']);
    const w = await openWork('436-DB-TQ', granted);
    const member = w.items.find((i) => i.kind === 'party_member');
    assert.ok(member.takers.every((t) => t.endsWith('-DB')), member.takers.join());
    const r = await handOver('436-DB-TQ', [{ kind: 'party_member', key: member.key, to: '18073' }], granted);
    assert.equal(r.status, 400, r.text);
    assert.deepEqual(r.json.errors.map((e) => e.field), ['items[0].to']);
  });

  test('a unit moved away before its old parent closed keeps its work', async () => {
    const unit = (code, parent) => sen.request('POST', '/api/v1/units', { code, name: `Đơn vị thử ${code}`, kind: 'agency', parent, valid_from: '2026-01-01' });
    for (const [code, parent] of [['HO-P', '42'], ['HO-C', 'HO-P'], ['HO-N', '42']]) assert.equal((await unit(code, parent)).status, 201);
    const task = await sen.request('POST', '/api/v1/tasks', { title: 'Nhiệm vụ của đơn vị chuyển đi', lead_unit: 'HO-C', deadline: '2026-12-31' });
    assert.equal(task.status, 201, task.text);
    const moved = await sen.request('PATCH', '/api/v1/units/HO-C', { version: 1, parent: '42', effective_from: '2026-06-01' });
    assert.equal(moved.status, 200, moved.text);
    const closed = await sen.request('POST', '/api/v1/units/HO-P/close', { version: 1, valid_to: '2026-05-31', successors: ['HO-N'] });
    assert.equal(closed.status, 200, closed.text);
    assert.ok(!(await openWork('HO-P')).items.some((i) => i.key === String(task.json.id)));
    const r = await handOver('HO-P', [{ kind: 'task', key: String(task.json.id), to: 'HO-N' }]);
    assert.equal(r.status, 400, r.text);
  });

  test('scoped accounts read the same figures of past periods before and after a handover', async () => {
    const accounts = [sen.as('leader', '18073'), sen.as('viewer', '436'), sen.as('petition_officer', '436-TQ')];
    const read = async () => Promise.all(accounts.flatMap((a) => [
      get('/api/v1/tasks/stats?period=2023', a).catch(() => null), get('/api/v1/petitions/stats?period=2025-Q2', a).catch(() => null)]));
    const before = await read();
    const open = (await openWork('436')).items.filter((i) => i.can_hand_over && i.kind !== 'party_member');
    const items = open.map((i) => ({ kind: i.kind, key: i.key, to: i.takers[0] }));
    assert.ok(items.length > 0);
    const r = await handOver('436', items, sen.as('admin', '42'));
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(await read(), before);
  });
});
