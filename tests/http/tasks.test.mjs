import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { senCli, serveExisting, startSen, testToday } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const today = testToday;
const newTask = (extra = {}) => ({ title: 'Nhiệm vụ thử', lead_unit: '18073', deadline: '2026-11-20', ...extra });
const get = async (id, query = '', server = sen) => (await server.request('GET', `/api/v1/tasks/${id}${query}`)).json;

describe('statuses are computed, never typed', () => {
  test('a passed deadline is overdue; completed after it, done late', async () => {
    const created = await sen.request('POST', `/api/v1/tasks`, newTask());
    assert.equal(created.status, 201);
    assert.equal(created.json.status, 'overdue');
    assert.equal(created.json.days_left, -7);
    const done = await sen.request('POST', `/api/v1/tasks/${created.json.id}/complete`,
      { version: created.json.version, date: '2026-11-25', result: 'Xong' });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.status, 'done_late');
  });

  test('finished before its deadline, done on time; still open before it, in progress', async () => {
    const created = await sen.request('POST', '/api/v1/tasks', newTask({ deadline: '2026-12-31' }));
    assert.equal((await get(created.json.id)).status, 'in_progress');
    const done = await sen.request('POST', `/api/v1/tasks/${created.json.id}/complete`,
      { version: 1, date: '2026-11-26' });
    assert.equal(done.json.status, 'done_on_time');
    assert.equal((await get(created.json.id, '?as_of=2026-11-25')).status, 'in_progress', 'seen before the completion');
  });

  test('a completion in the future or a second completion is refused', async () => {
    const created = await sen.request('POST', '/api/v1/tasks', newTask({ deadline: '2026-12-31' }));
    const future = await sen.request('POST', `/api/v1/tasks/${created.json.id}/complete`, { version: 1, date: '2026-12-01' });
    assert.equal(future.status, 400);
    assert.equal(future.json.field, 'date');
    await sen.request('POST', `/api/v1/tasks/${created.json.id}/complete`, { version: 1, date: today });
    const again = await sen.request('POST', `/api/v1/tasks/${created.json.id}/complete`, { version: 2, date: today });
    assert.equal(again.status, 409);
  });

  test('a stale edit is 409 and changes nothing', async () => {
    const created = await sen.request('POST', '/api/v1/tasks', newTask({ deadline: '2026-12-31' }));
    const id = created.json.id;
    assert.equal((await sen.request('PATCH', `/api/v1/tasks/${id}`, { version: 1, title: 'Tiêu đề A' })).status, 200);
    const stale = await sen.request('PATCH', `/api/v1/tasks/${id}`, { version: 1, title: 'Tiêu đề B' });
    assert.equal(stale.status, 409);
    assert.equal((await get(id)).title, 'Tiêu đề A');
  });

  test('coordinating units come with their names', async () => {
    const created = await sen.request('POST', '/api/v1/tasks', newTask({ deadline: '2026-12-31', coordinators: ['18100', '18652'] }));
    assert.deepEqual(created.json.coordinator_names, ['Phường Trần Phú', 'Phường Hà Huy Tập']);
  });

  test('a period counts the overdue work it inherited and what it finished late, as it stood at its end', async () => {
    const unit = '18652';
    const stats = async (period) => (await sen.request('GET', `/api/v1/tasks/stats?period=${period}`)).json.items
      .find((s) => s.unit === unit) ?? { overdue: 0, done_late: 0, in_progress: 0 };
    const before = { y2025: await stats('2025'), y2026: await stats('2026') };
    const stillOpen = await sen.request('POST', '/api/v1/tasks', newTask({ lead_unit: unit, deadline: '2025-03-31' }));
    const finished = await sen.request('POST', '/api/v1/tasks', newTask({ lead_unit: unit, deadline: '2025-06-30' }));
    await sen.request('POST', `/api/v1/tasks/${finished.json.id}/complete`, { version: finished.json.version, date: '2026-02-10' });
    assert.equal(stillOpen.status, 201);
    const y2025 = await stats('2025');
    assert.equal(y2025.overdue - before.y2025.overdue, 2, 'both were overdue at the end of 2025');
    const y2026 = await stats('2026');
    assert.equal(y2026.overdue - before.y2026.overdue, 1, 'the one still open is carried into 2026');
    assert.equal(y2026.done_late - before.y2026.done_late, 1, 'the one finished late in 2026 counts there');
  });

  test('statistics count by status for the period', async () => {
    const r = await sen.request('GET', `/api/v1/tasks/stats?period=2026`);
    assert.equal(r.status, 200);
    const ward = r.json.items.find((s) => s.unit === '18073');
    assert.ok(ward.done_late >= 1);
    assert.ok(ward.done_on_time >= 2);
    assert.equal(ward.on_time_pct, (100 * ward.done_on_time) / (ward.done_on_time + ward.done_late + ward.overdue));
  });
});

describe('deadlines, extensions, progress, recurrence', () => {
  test('an approved extension moves the deadline and keeps the history', async () => {
    const created = await sen.request('POST', '/api/v1/tasks', newTask({ deadline: '2026-11-30' }));
    const id = created.json.id;
    const req = await sen.request('POST', `/api/v1/tasks/${id}/extension-requests`, { deadline: '2027-01-31', reason: 'Chờ vốn' });
    assert.equal(req.status, 201);
    const dup = await sen.request('POST', `/api/v1/tasks/${id}/extension-requests`, { deadline: '2027-02-28', reason: 'again' });
    assert.equal(dup.status, 409);
    const decided = await sen.request('POST', `/api/v1/tasks/${id}/extension-requests/${req.json.id}/decision`, { approve: true });
    assert.equal(decided.status, 200);
    assert.equal(decided.json.deadline, '2027-01-31');
    assert.deepEqual(decided.json.deadlines.map((d) => d.deadline), ['2026-11-30', '2027-01-31']);
    const earlier = await sen.request('POST', `/api/v1/tasks/${id}/extension-requests`, { deadline: '2026-12-01', reason: 'x' });
    assert.equal(earlier.status, 400);
  });

  test('progress reports form a timeline; bad ones are refused', async () => {
    const created = await sen.request('POST', '/api/v1/tasks', newTask({ deadline: '2026-12-31' }));
    const id = created.json.id;
    assert.equal((await sen.request('POST', `/api/v1/tasks/${id}/progress`, { date: '2026-11-01', percent: 30, text: 'Bước 1' })).status, 201);
    const r = await sen.request('POST', `/api/v1/tasks/${id}/progress`, { date: '2026-11-20', percent: 70, text: 'Bước 2' });
    assert.deepEqual(r.json.progress.map((p) => p.percent), [30, 70]);
    assert.equal(r.json.percent, 70);
    assert.equal((await sen.request('POST', `/api/v1/tasks/${id}/progress`, { percent: 130, text: 'x' })).json.field, 'percent');
  });

  test('each occurrence of a recurring task is tracked', async () => {
    const may = await serveExisting(sen.store, [], { shared: true, today: '2026-05-15' });
    try {
      await recurring(may);
    } finally {
      await may.stop();
    }
  });
  async function recurring(server) {
    const created = await server.request('POST', `/api/v1/tasks`, newTask({
      title: 'Báo cáo tháng', deadline: '2026-03-31', recurrence: 'monthly', recurrence_until: '2026-06-30',
    }));
    assert.equal(created.status, 201);
    const id = created.json.id;
    assert.equal(created.json.status, 'overdue');
    assert.equal(created.json.due, '2026-03-31');
    await server.request('POST', `/api/v1/tasks/${id}/complete`, { version: 1, date: '2026-03-30', occurrence: '2026-03-31' });
    await server.request('POST', `/api/v1/tasks/${id}/complete`, { version: 2, date: '2026-05-02', occurrence: '2026-04-30' });
    const d = await get(id, '', server);
    assert.deepEqual(d.occurrences.map((o) => [o.due, o.status]),
      [['2026-03-31', 'done_on_time'], ['2026-04-30', 'done_late'], ['2026-05-31', 'in_progress'], ['2026-06-30', 'in_progress']]);
    assert.equal(d.due, '2026-05-31');
    const missing = await server.request('POST', `/api/v1/tasks/${id}/complete`, { version: 3, date: '2026-05-10' });
    assert.equal(missing.json.field, 'occurrence');
    const noUntil = await server.request('POST', '/api/v1/tasks', newTask({ recurrence: 'monthly' }));
    assert.equal(noUntil.json.field, 'recurrence_until');
  }
});

describe('follow-up', () => {
  test('due_within lists open tasks due soon and overdue ones, soonest first', async () => {
    await sen.request('POST', '/api/v1/tasks', newTask({ title: 'Sắp đến hạn', deadline: '2026-12-02' }));
    await sen.request('POST', '/api/v1/tasks', newTask({ title: 'Còn xa', deadline: '2027-03-01' }));
    const r = await sen.request('GET', `/api/v1/tasks?due_within=7`);
    const titles = r.json.items.map((t) => t.title);
    assert.ok(titles.includes('Sắp đến hạn'));
    assert.ok(!titles.includes('Còn xa'));
    assert.ok(r.json.items.every((t) => ['in_progress', 'overdue'].includes(t.status) && t.days_left <= 7));
    const days = r.json.items.map((t) => t.due);
    assert.deepEqual(days, [...days].sort());
    const cli = senCli(['tasks', 'due', '--within', '7', '--today', today, '--db', sen.db]);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /Sắp đến hạn/);
    assert.doesNotMatch(cli.stdout, /Còn xa/);
    assert.match(cli.stdout, /Đang thực hiện trong hạn|Quá hạn chưa hoàn thành/, 'the statuses in the words of Decision 42/2014/QĐ-TTg');
  });

  test('reminders go to the outbox once per task, due date and kind', async () => {
    const first = await sen.request('POST', `/api/v1/notices/generate?within=7`);
    assert.equal(first.status, 200);
    assert.ok(first.json.items.some((n) => n.kind === 'due_soon' && /Sắp đến hạn/.test(n.message)));
    assert.ok(first.json.items.some((n) => n.kind === 'overdue'));
    const second = await sen.request('POST', `/api/v1/notices/generate?within=7`);
    assert.equal(second.json.items.length, 0);
    const outbox = await sen.request('GET', '/api/v1/notices?unsent=true');
    assert.equal(outbox.json.items.length, first.json.items.length);
  });

  test('the demo directives are tasks of the right units with computed statuses', async () => {
    const doc = (await sen.request('GET', '/api/v1/documents')).json.items.find((d) => d.number === '135-TB/TU');
    const tasks = (await sen.request('GET', `/api/v1/documents/${doc.id}`)).json.tasks;
    const oda = tasks.find((t) => /vốn ODA/.test(t.title));
    assert.equal(oda.lead_unit_name, 'Ban Quản lý dự án đầu tư xây dựng thành phố');
    assert.equal(oda.status, 'done_on_time');
    assert.ok(tasks.some((t) => t.status === 'overdue'));
    assert.ok(tasks.some((t) => t.status === 'cancelled'));
    const programme = (await sen.request('GET', '/api/v1/programmes')).json.items[0];
    assert.match(programme.title, /quân sự – quốc phòng năm 2023/);
    assert.equal((await sen.request('GET', `/api/v1/programmes/${programme.id}`)).json.tasks.length, 1);
  });
});

describe('permissions', () => {
  test('the lead unit reports progress; another unit cannot; a leader assigns', async () => {
    const created = await sen.request('POST', '/api/v1/tasks', newTask({ lead_unit: '18100', deadline: '2026-12-31' }));
    const id = created.json.id;
    const own = await sen.as('officer', '18100').request('POST', `/api/v1/tasks/${id}/progress`, { percent: 10, text: 'Bắt đầu' });
    assert.equal(own.status, 201);
    const other = await sen.as('officer', '18073').request('POST', `/api/v1/tasks/${id}/progress`, { percent: 20, text: 'x' });
    assert.equal(other.status, 403);
    assert.equal((await sen.as('officer', '18100').request('POST', '/api/v1/tasks', newTask({ lead_unit: '18100' }))).status, 403);
    const leader = await sen.as('leader', '42').request('POST', '/api/v1/tasks', newTask({ lead_unit: '18100', deadline: '2027-01-15' }));
    assert.equal(leader.status, 201);
    assert.equal((await sen.as('viewer', '18073').request('GET', `/api/v1/tasks/${id}`)).status, 403);
  });
});
