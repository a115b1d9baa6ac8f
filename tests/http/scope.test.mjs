// Every route of `sen routes`, for every role that holds its permission, as an account scoped to
// ward X: a request about ward Y is refused and writes nothing; the same request about X works.
// Settings shared by every unit are refused to any account with a scope.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { senCli, sql, startSen, testToday } from './harness.mjs';

const X = '18073';
const Y = '18100';
const GRANTS = ['petitions.identity', 'oversight.members'];

const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
function table(first) {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  const header = lines[start].split('|').slice(1, -1).map((c) => c.trim());
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return { header, rows };
}
const roles = table('permission').header.slice(1);
const matrix = new Map(table('permission').rows.map(([p, ...marks]) => [p, roles.filter((_, i) => marks[i] === '✓')]));

let sen;
let root;  // an account without a scope, with both grants: makes what the samples need
let counter = 0;
const uid = (prefix) => `${prefix}-${++counter}`;
const TY = 1_000_000_000;

async function made(method, path, body, headers) {
  const r = await root.request(method, path, body, headers);
  assert.ok(r.status < 300, `${method} ${path}: ${r.status} ${r.text}`);
  return r.json;
}
const org = (unit, cell = '') => `${unit}-DB${cell}`;

// Fixtures made as root, one per call, for a unit.
const fixture = {
  user: async (unit, extra = {}) => made('POST', '/api/v1/users', { username: uid('u'), password: 'mật khẩu thử nghiệm', role: 'viewer', unit, ...extra }),
  service: async (unit) => made('POST', '/api/v1/users', { username: uid('svc'), role: 'petition_officer', unit, service: true }),
  unit: async (unit) => made('POST', '/api/v1/units', { code: uid(`U${unit}`), name: 'Tổ dân phố thử', kind: 'agency', parent: unit, valid_from: '2026-01-01' }),
  plan: async (unit) => made('POST', '/api/v1/plans', { code: uid(`P${unit}`), unit, kind: 'annual', title: 'Kế hoạch thử', period_from: '2027', period_to: '2027' }),
  target: async (unit) => {
    const plan = await fixture.plan(unit);
    return made('POST', '/api/v1/targets', { plan: plan.code, indicator: 'THU_NS', unit, period: '2027', comparator: '>=', value: 1 });
  },
  // A year with a target of the unit, that open data can release.
  targetYear: async (unit) => {
    const year = String(releaseYear++);
    const plan = await made('POST', '/api/v1/plans', { code: uid(`P${unit}`), unit, kind: 'annual', title: 'Kế hoạch thử', period_from: year, period_to: year });
    await made('POST', '/api/v1/targets', { plan: plan.code, indicator: 'TRONG_CAY', unit, period: year, comparator: '>=', value: 1 });
    return year;
  },
  extraction: async (unit) => made('POST', '/api/v1/extractions', { text: 'Trồng mới 150 cây xanh.', unit, period: '2026' }),
  document: async (unit) => made('POST', '/api/v1/documents', { kind: 'chi_thi', number: uid('CT'), issued_on: '2026-11-01', issuer: 'Ban Thường vụ', issuer_unit: unit }),
  programme: async (unit) => made('POST', '/api/v1/programmes', { title: 'Chương trình thử', signed_on: '2026-01-05', valid_from: '2026-01-05', valid_to: '2026-12-31', units: [unit, org(unit)], lead_unit: unit }),
  task: async (unit) => made('POST', '/api/v1/tasks', { title: uid('Nhiệm vụ thử'), lead_unit: unit, deadline: '2026-12-31' }),
  letter: async (unit, received_on = testToday) => made('POST', '/api/v1/petitions', {
    channel: 'direct', received_on, types: ['kien_nghi'], field: 'khac', content: `${uid('Kiến nghị thử')} ${Math.random()}`,
    handling_unit: unit, petitioners: [{ name: 'Người kiến nghị thử' }],
  }),
  project: async (unit) => {
    const p = await made('POST', '/api/v1/projects', {
      code: uid(`DA${unit}`), name: 'Dự án thử', group: 'C', investor: 'UBND phường', managing_unit: unit,
      total_investment: 10 * TY, start_year: 2026, end_year: 2027, funding: [{ source: 'city', amount: 10 * TY }], locations: [unit],
    });
    await made('POST', `/api/v1/projects/${p.code}/capital-plans`, { year_from: 2026, source: 'city', amount: 2 * TY, decision: 'QĐ giao vốn thử', decision_date: '2026-01-10' });
    return p;
  },
  case: async (unit) => made('POST', '/api/v1/oversight/cases', {
    kind: 'supervision', type: 'regular', body: org(unit), issuer: 'UBKTĐU', term: '2025-2030', decided_on: '2026-11-01',
    subjects: [{ kind: 'organisation', code: org(unit, '-01') }],
  }),
  discipline: async (unit) => made('POST', '/api/v1/oversight/discipline', {
    subject_kind: 'organisation', subject: org(unit, '-01'), form: 'khien_trach', violation_on: '2026-01-01', concluded_on: '2026-10-01',
    decided_on: '2026-11-01', decision: uid('QĐ'), body: org(unit), reason: 'Vi phạm thử',
  }),
  member: async (unit) => made('POST', '/api/v1/party-members', { code: uid('DV'), full_name: 'Đảng viên thử', birth_year: 1990, organisation: org(unit, '-01'), admitted_on: '2020-01-01' }),
  // A draft of a report of the unit, not yet issued.
  draft: async (unit) => made('POST', '/api/v1/report-drafts', { unit, kind: 'periodic', period: '2026-Q3', issuer: 'party' }),
  // A report of the unit, issued (a People's Committee report: no Party sections).
  report: async (unit) => {
    const d = await made('POST', '/api/v1/report-drafts', { unit, kind: 'periodic', period: '2026-Q3', issuer: 'state' });
    return made('POST', `/api/v1/report-drafts/${d.id}/issue`, { number: String(++counter), date: '2026-09-25', signer: 'Nguyễn Văn A' });
  },
  admission: async (unit) => made('POST', '/api/v1/oversight/admissions', { candidate: 'Quần chúng thử', birth_year: 2000, organisation: org(unit, '-01') }),
};

// A file attached as root to a new record of a kind in a unit; its id.
const upload = (name) => ({
  body: `--B\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\nBiên bản thử ${Math.random()}\r\n--B--\r\n`,
  headers: { 'content-type': 'multipart/form-data; boundary=B' },
});
const recordPath = {
  task: async (unit) => `/api/v1/tasks/${(await fixture.task(unit)).id}`,
  letter: async (unit) => `/api/v1/petitions/${(await fixture.letter(unit)).id}`,
  case: async (unit) => `/api/v1/oversight/cases/${(await fixture.case(unit)).id}`,
  report: async (unit) => `/api/v1/report-drafts/${(await fixture.report(unit)).id}`,
};
async function fileOf(kind, unit) {
  const { body, headers } = upload('thu.txt');
  return (await made('POST', `${await recordPath[kind](unit)}/files`, body, headers)).id;
}
// /api/v1/files/{id} serves every signed-in role the files of the records it reads and writes:
// the kind each role reads, and writes (a viewer writes none).
const readsFilesOf = { admin: 'task', leader: 'task', officer: 'task', inspector: 'task', petition_officer: 'letter', viewer: 'task' };
const writesFilesOf = { admin: 'task', leader: 'task', officer: 'task', inspector: 'case', petition_officer: 'letter', viewer: null };
const attach = (record) => async (u) => ({ path: `${await record(u)}/files`, ...upload('tep-thu.txt') });
const listFiles = (record) => async (u) => json(`${await record(u)}/files`);

const q = (unit) => `unit=${unit}&period=2026&indicator=TRONG_CAY&regime=socio_economic&year=2026&from=2024&to=2026`;
const json = (path, body) => ({ path, body });
const csv = (path, body) => ({ path, body, headers: { 'content-type': 'text/csv' } });
let ratingYear = 2030;
let releaseYear = 2031;

// For each route: 'unitless' (no unit to be in or out of: lists filter, checked elsewhere),
// 'shared' (settings of every unit), 'public', or a function giving a request about a unit.
const routes = {
  'GET /api/v1/health': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'unitless',
  'GET /api/v1/me': 'unitless',
  'GET /api/v1/users': 'unitless',
  'POST /api/v1/users': async (u) => json('/api/v1/users', { username: uid('new'), password: 'mật khẩu thử nghiệm', role: 'viewer', unit: u }),
  'PATCH /api/v1/users/{username}': async (u) => json(`/api/v1/users/${(await fixture.user(u)).username}`, { version: 1, display_name: 'Tên mới' }),
  'GET /api/v1/tokens': 'unitless',
  'POST /api/v1/tokens': async (u) => json('/api/v1/tokens', { name: uid('tok'), username: (await fixture.service(u)).username }),
  'POST /api/v1/tokens/{name}/revoke': async (u) => {
    const holder = await fixture.service(u);
    const t = await made('POST', '/api/v1/tokens', { name: uid('tok'), username: holder.username });
    return json(`/api/v1/tokens/${t.name}/revoke`);
  },
  'GET /api/v1/audit': 'unitless',
  'GET /api/v1/calendar/lunar': 'unitless',
  'GET /api/v1/calendar/solar': 'unitless',
  'GET /api/v1/calendar/holidays': 'unitless',
  'GET /api/v1/calendar/working-days': 'unitless',
  'GET /api/v1/calendar/add-working-days': 'unitless',
  'GET /api/v1/calendar/deadline': 'unitless',
  'GET /api/v1/calendar/rules': 'unitless',
  'POST /api/v1/calendar/rules': 'shared',
  'GET /api/v1/calendar/decisions': 'unitless',
  'POST /api/v1/calendar/decisions': 'shared',
  'PATCH /api/v1/calendar/settings': 'shared',
  'GET /api/v1/calendar/regimes': 'unitless',
  'GET /api/v1/calendar/report-due': 'unitless',
  'GET /api/v1/units': 'unitless',
  'POST /api/v1/units': async (u) => json('/api/v1/units', { code: uid('NEW'), name: 'Cơ quan thử', kind: 'agency', parent: u, valid_from: '2026-01-01' }),
  'GET /api/v1/units/{code}': 'unitless',
  'PATCH /api/v1/units/{code}': async (u) => json(`/api/v1/units/${(await fixture.unit(u)).code}`, { version: 1, name: 'Tên mới' }),
  'POST /api/v1/units/{code}/close': async (u) => json(`/api/v1/units/${(await fixture.unit(u)).code}/close`, { version: 1, valid_to: '2026-10-31' }),
  'GET /api/v1/units/{code}/lineage': 'unitless',
  'POST /api/v1/units/{code}/succession-shares': async (u) => {
    const [old, a, b] = [await fixture.unit(u), await fixture.unit(u), await fixture.unit(u)];
    await made('POST', `/api/v1/units/${old.code}/close`, { version: 1, valid_to: '2026-10-31', successors: [a.code, b.code] });
    return json(`/api/v1/units/${old.code}/succession-shares`,
      { basis: 'population', legal_source: 'Nghị quyết thử', parts: [{ successor: a.code, share: 0.5 }, { successor: b.code, share: 0.5 }] });
  },
  'GET /api/v1/units/{code}/open-work': 'unitless',
  'POST /api/v1/units/{code}/hand-over': async (u, role) => {
    if (!['admin', 'leader'].includes(role)) return null;  // hands over tasks only with tasks.assign
    const [old, next] = [await fixture.unit(u), await fixture.unit(u)];
    const task = await made('POST', '/api/v1/tasks', { title: uid('Nhiệm vụ thử'), lead_unit: old.code, deadline: '2026-12-31' });
    await made('POST', `/api/v1/units/${old.code}/close`, { version: 1, valid_to: '2026-10-31', successors: [next.code] });
    return json(`/api/v1/units/${old.code}/hand-over`, { items: [{ kind: 'task', key: String(task.id), to: next.code }] });
  },
  'GET /api/v1/indicators': 'unitless',
  'POST /api/v1/indicators': 'shared',
  'GET /api/v1/indicators/{code}': 'unitless',
  'PATCH /api/v1/indicators/{code}': 'shared',
  'GET /api/v1/indicator-words': 'unitless',
  'GET /api/v1/indicators/{code}/words': 'unitless',
  'PATCH /api/v1/indicators/{code}/words': 'shared',
  'POST /api/v1/extractions': async (u) => json('/api/v1/extractions', { text: 'Trồng mới 150 cây xanh.', unit: u, period: '2026' }),
  'GET /api/v1/extractions': async (u) => json(`/api/v1/extractions?${q(u)}`),
  'GET /api/v1/extractions/{id}': async (u) => json(`/api/v1/extractions/${(await fixture.extraction(u)).id}`),
  'POST /api/v1/extractions/{id}/accept': async (u) => {
    const e = await fixture.extraction(u);
    return json(`/api/v1/extractions/${e.id}/accept`, { items: [e.items[0]] });
  },
  'GET /api/v1/periods/{period}': 'unitless',
  'GET /api/v1/plans': 'unitless',
  'POST /api/v1/plans': async (u) => json('/api/v1/plans', { code: uid('KH'), unit: u, kind: 'annual', title: 'Kế hoạch', period_from: '2027', period_to: '2027' }),
  'GET /api/v1/plans/{code}': async (u) => json(`/api/v1/plans/${(await fixture.plan(u)).code}`),
  'GET /api/v1/targets': async (u) => json(`/api/v1/targets?${q(u)}`),
  'POST /api/v1/targets': async (u) => json('/api/v1/targets', { plan: (await fixture.plan(u)).code, indicator: 'THU_NS', unit: u, period: '2027', comparator: '>=', value: 1 }),
  'PATCH /api/v1/targets/{id}': async (u) => json(`/api/v1/targets/${(await fixture.target(u)).id}`, { version: 1, value: 2 }),
  'GET /api/v1/values': async (u) => json(`/api/v1/values?${q(u)}`),
  'POST /api/v1/values': async (u) => json('/api/v1/values', { indicator: 'TRONG_CAY', unit: u, period: '2026', vintage: 'estimate', value: 10 + counter++ }),
  'GET /api/v1/values/history': async (u) => json(`/api/v1/values/history?${q(u)}`),
  'GET /api/v1/scorecard': async (u) => json(`/api/v1/scorecard?${q(u)}`),
  'GET /api/v1/series': async (u) => json(`/api/v1/series?${q(u)}`),
  'GET /api/v1/breakdown': async (u) => json(`/api/v1/breakdown?${q(u)}`),
  'GET /api/v1/submissions': async (u) => json(`/api/v1/submissions?${q(u)}`),
  'POST /api/v1/imports/values': async (u) => csv('/api/v1/imports/values', `indicator,unit,period,vintage,value\nTRONG_CAY,${u},2026-10,estimate,${counter++}\n`),
  'POST /api/v1/imports/targets': async (u) => csv('/api/v1/imports/targets', `plan,indicator,unit,period,comparator,value\n${(await fixture.plan(u)).code},THU_NS,${u},2027,>=,1\n`),
  'GET /api/v1/exports/values': async (u) => json(`/api/v1/exports/values?${q(u)}`),
  'GET /api/v1/exports/targets': async (u) => json(`/api/v1/exports/targets?plan=${(await fixture.plan(u)).code}`),
  'GET /api/v1/documents': 'unitless',
  'POST /api/v1/documents': async (u) => json('/api/v1/documents', { kind: 'chi_thi', number: uid('CT'), issued_on: '2026-11-01', issuer: 'Ban Thường vụ', issuer_unit: u }),
  'GET /api/v1/documents/{id}': async (u) => json(`/api/v1/documents/${(await fixture.document(u)).id}`),
  'GET /api/v1/programmes': 'unitless',
  'POST /api/v1/programmes': async (u) => json('/api/v1/programmes', { title: 'Chương trình', signed_on: '2026-01-05', valid_from: '2026-01-05', valid_to: '2026-12-31', units: [u, org(u)], lead_unit: u }),
  'GET /api/v1/programmes/{id}': async (u) => json(`/api/v1/programmes/${(await fixture.programme(u)).id}`),
  'GET /api/v1/tasks': 'unitless',
  'POST /api/v1/tasks': async (u) => json('/api/v1/tasks', { title: 'Nhiệm vụ', lead_unit: u, deadline: '2026-12-31' }),
  'GET /api/v1/tasks/stats': 'unitless',
  'GET /api/v1/tasks/{id}': async (u) => json(`/api/v1/tasks/${(await fixture.task(u)).id}`),
  'PATCH /api/v1/tasks/{id}': async (u) => json(`/api/v1/tasks/${(await fixture.task(u)).id}`, { version: 1, title: 'Tên mới' }),
  'POST /api/v1/tasks/{id}/progress': async (u) => json(`/api/v1/tasks/${(await fixture.task(u)).id}/progress`, { percent: 10, text: 'Đang làm' }),
  'POST /api/v1/tasks/{id}/complete': async (u) => json(`/api/v1/tasks/${(await fixture.task(u)).id}/complete`, { version: 1, date: testToday }),
  'POST /api/v1/tasks/{id}/cancel': async (u) => json(`/api/v1/tasks/${(await fixture.task(u)).id}/cancel`, { version: 1, reason: 'Không còn cần' }),
  'POST /api/v1/tasks/{id}/extension-requests': async (u) => json(`/api/v1/tasks/${(await fixture.task(u)).id}/extension-requests`, { deadline: '2027-01-31', reason: 'Chờ vốn' }),
  'POST /api/v1/tasks/{id}/extension-requests/{request}/decision': async (u) => {
    const t = await fixture.task(u);
    const r = await made('POST', `/api/v1/tasks/${t.id}/extension-requests`, { deadline: '2027-01-31', reason: 'Chờ vốn' });
    return json(`/api/v1/tasks/${t.id}/extension-requests/${r.id}/decision`, { approve: true });
  },
  'POST /api/v1/notices/generate': 'unitless',
  'GET /api/v1/notices': 'unitless',
  'GET /api/v1/petitions': 'unitless',
  'POST /api/v1/petitions': async (u) => json('/api/v1/petitions', {
    channel: 'direct', types: ['kien_nghi'], field: 'khac', content: `${uid('Kiến nghị')} ${Math.random()}`, handling_unit: u, petitioners: [{ name: 'Người thử' }],
  }),
  'POST /api/v1/petitions/duplicate-check': 'unitless',
  'GET /api/v1/petitions/stats': 'unitless',
  'GET /api/v1/petitions/{id}': async (u) => json(`/api/v1/petitions/${(await fixture.letter(u)).id}`),
  'GET /api/v1/petitions/{id}/denouncers': async (u) => {
    const d = await made('POST', '/api/v1/petitions', {
      channel: 'direct', received_on: testToday, types: ['to_cao'], field: 'can_bo', content: `${uid('Tố cáo thử')} ${Math.random()}`,
      handling_unit: u, concerned_unit: org(u, '-01'), petitioners: [{ name: 'Người tố cáo thử' }],
    });
    return json(`/api/v1/petitions/${d.id}/denouncers`);
  },
  'POST /api/v1/petitions/{id}/events': async (u) => json(`/api/v1/petitions/${(await fixture.letter(u)).id}/events`, { version: 1, kind: 'forward', recipient: 'Sở Xây dựng' }),
  'POST /api/v1/petitions/{id}/duplicate-of': async (u) => {
    const first = await fixture.letter(u, '2026-11-01');
    const later = await fixture.letter(u);
    return json(`/api/v1/petitions/${later.id}/duplicate-of`, { version: 1, of: first.id });
  },
  'POST /api/v1/petitions/{id}/lookup-pin': async (u) => json(`/api/v1/petitions/${(await fixture.letter(u)).id}/lookup-pin`),
  'GET /api/v1/exports/petitions': 'unitless',
  'GET /api/v1/projects': async (u) => json(`/api/v1/projects?${q(u)}`),
  'POST /api/v1/projects': async (u) => json('/api/v1/projects', {
    code: uid('NEWDA'), name: 'Dự án', group: 'C', investor: 'UBND phường', managing_unit: u, total_investment: TY,
    start_year: 2026, end_year: 2027, funding: [{ source: 'city', amount: TY }], locations: [u],
  }),
  'GET /api/v1/projects/{code}': async (u) => json(`/api/v1/projects/${(await fixture.project(u)).code}`),
  'PATCH /api/v1/projects/{code}': async (u) => json(`/api/v1/projects/${(await fixture.project(u)).code}`, { version: 1, name: 'Tên mới' }),
  'GET /api/v1/projects/{code}/iati': async (u) => json(`/api/v1/projects/${(await fixture.project(u)).code}/iati`),
  'POST /api/v1/projects/{code}/milestones': async (u) => json(`/api/v1/projects/${(await fixture.project(u)).code}/milestones`, { name: 'Khởi công', planned_on: '2026-12-15' }),
  'PATCH /api/v1/projects/{code}/milestones/{id}': async (u) => {
    const p = await fixture.project(u);
    const m = await made('POST', `/api/v1/projects/${p.code}/milestones`, { name: 'Khởi công', planned_on: '2026-12-15' });
    return json(`/api/v1/projects/${p.code}/milestones/${m.id}`, { version: 1, actual_on: '2026-11-20' });
  },
  'POST /api/v1/projects/{code}/progress': async (u) => json(`/api/v1/projects/${(await fixture.project(u)).code}/progress`, { percent: 10 }),
  'POST /api/v1/projects/{code}/capital-plans': async (u) => json(`/api/v1/projects/${(await fixture.project(u)).code}/capital-plans`,
    { year_from: 2027, source: 'city', amount: TY, decision: 'QĐ giao vốn', decision_date: '2026-11-10' }),
  'POST /api/v1/projects/{code}/extensions': async (u) => json(`/api/v1/projects/${(await fixture.project(u)).code}/extensions`,
    { plan_year: 2026, source: 'city', until: '2027-06-30', basis: 'Quyết định cho phép kéo dài (thử)', decision_date: '2026-11-10' }),
  'GET /api/v1/projects/{code}/disbursements': async (u) => json(`/api/v1/projects/${(await fixture.project(u)).code}/disbursements`),
  'POST /api/v1/projects/{code}/disbursements': async (u) => json(`/api/v1/projects/${(await fixture.project(u)).code}/disbursements`,
    { plan_year: 2026, source: 'city', paid_on: '2026-11-02', amount: TY / 10 }),
  'PATCH /api/v1/projects/{code}/disbursements/{id}': async (u) => {
    const p = await fixture.project(u);
    const d = await made('POST', `/api/v1/projects/${p.code}/disbursements`, { plan_year: 2026, source: 'city', paid_on: '2026-11-02', amount: TY / 10, status: 'estimate' });
    return json(`/api/v1/projects/${p.code}/disbursements/${d.id}`, { version: 1, status: 'confirmed' });
  },
  'POST /api/v1/imports/disbursements': async (u) => csv('/api/v1/imports/disbursements',
    `project,plan_year,source,paid_on,amount\n${(await fixture.project(u)).code},2026,city,2026-11-03,1000000\n`),
  'GET /api/v1/project-portfolio': async (u) => json(`/api/v1/project-portfolio?${q(u)}`),
  'GET /api/v1/disbursement-curve': 'unitless',
  'PATCH /api/v1/disbursement-curve': 'shared',
  'GET /api/v1/party-members': 'unitless',
  'POST /api/v1/party-members': async (u) => json('/api/v1/party-members', { code: uid('DVN'), full_name: 'Đảng viên', birth_year: 1990, organisation: org(u, '-01'), admitted_on: '2020-01-01' }),
  'GET /api/v1/party-members/{code}': async (u) => json(`/api/v1/party-members/${(await fixture.member(u)).code}`),
  'PATCH /api/v1/party-members/{code}': async (u) => json(`/api/v1/party-members/${(await fixture.member(u)).code}`, { version: 1, posts: 'Bí thư chi bộ' }),
  'GET /api/v1/oversight/admissions': 'unitless',
  'POST /api/v1/oversight/admissions': async (u) => json('/api/v1/oversight/admissions', { candidate: 'Quần chúng', birth_year: 2000, organisation: org(u, '-01') }),
  'POST /api/v1/oversight/admissions/{id}/steps': async (u) => json(`/api/v1/oversight/admissions/${(await fixture.admission(u)).id}/steps`, { form: '1-KNĐ', done_on: '2026-01-10' }),
  'POST /api/v1/oversight/admissions/{id}/decision': async (u) => {
    const a = await fixture.admission(u);
    for (const form of ['1-KNĐ', '2-KNĐ', '3-KNĐ', '4-KNĐ', '5-KNĐ', '6-KNĐ', '7-KNĐ', '8-KNĐ', '9-KNĐ']) {
      await root.request('POST', `/api/v1/oversight/admissions/${a.id}/steps`, { form, done_on: '2025-10-01' });
    }
    return json(`/api/v1/oversight/admissions/${a.id}/decision`, { decision: uid('QĐ'), admitted_on: '2025-11-01', member_code: uid('DVK'), version: a.version });
  },
  'POST /api/v1/oversight/admissions/{id}/confirmation': async (u) => {
    const a = await fixture.admission(u);
    for (const form of ['1-KNĐ', '2-KNĐ', '3-KNĐ', '4-KNĐ', '5-KNĐ', '6-KNĐ', '7-KNĐ', '8-KNĐ', '9-KNĐ']) {
      await root.request('POST', `/api/v1/oversight/admissions/${a.id}/steps`, { form, done_on: '2025-10-01' });
    }
    const admitted = await made('POST', `/api/v1/oversight/admissions/${a.id}/decision`, { decision: uid('QĐ'), admitted_on: '2025-11-01', member_code: uid('DVK'), version: a.version });
    for (const form of ['10-KNĐ', '11-KNĐ', '12-KNĐ', '13-KNĐ', '14-KNĐ', '15-KNĐ']) {
      await root.request('POST', `/api/v1/oversight/admissions/${a.id}/steps`, { form, done_on: '2026-11-05' });
    }
    return json(`/api/v1/oversight/admissions/${a.id}/confirmation`, { decision: uid('QĐ'), confirmed_on: '2026-11-20', version: admitted.version });
  },
  'GET /api/v1/exports/discipline': 'unitless',
  'GET /api/v1/tasks/{id}/files': listFiles(recordPath.task),
  'POST /api/v1/tasks/{id}/files': attach(recordPath.task),
  'GET /api/v1/documents/{id}/files': listFiles(async (u) => `/api/v1/documents/${(await fixture.document(u)).id}`),
  'POST /api/v1/documents/{id}/files': attach(async (u) => `/api/v1/documents/${(await fixture.document(u)).id}`),
  'GET /api/v1/petitions/{id}/files': listFiles(recordPath.letter),
  'POST /api/v1/petitions/{id}/files': attach(recordPath.letter),
  'GET /api/v1/projects/{code}/files': listFiles(async (u) => `/api/v1/projects/${(await fixture.project(u)).code}`),
  'POST /api/v1/projects/{code}/files': attach(async (u) => `/api/v1/projects/${(await fixture.project(u)).code}`),
  'GET /api/v1/oversight/cases/{id}/files': listFiles(recordPath.case),
  'POST /api/v1/oversight/cases/{id}/files': attach(recordPath.case),
  // An issued report's files are read only by whoever may read every section of the report: a
  // role that may not read such a report in its own ward (its letters need petitions.read) is
  // not asked.
  'GET /api/v1/report-drafts/{id}/files': async (u, role) => {
    const mine = await fixture.report(X);
    const own = await sen.as(role, X).request('GET', `/api/v1/report-drafts/${mine.id}/document?format=html`);
    if (own.status === 403) return null;
    const report = u === X ? mine : await fixture.report(u);
    return json(`/api/v1/report-drafts/${report.id}/files`);
  },
  'POST /api/v1/report-drafts/{id}/files': attach(recordPath.report),
  // An upload belongs to no unit until a record's write takes it (files.test.mjs: only its uploader's).
  'POST /api/v1/files': 'unitless',
  'GET /api/v1/files/{id}': async (u, role) => json(`/api/v1/files/${await fileOf(readsFilesOf[role], u)}`),
  'GET /api/v1/files/{id}/text': async (u, role) => json(`/api/v1/files/${await fileOf(readsFilesOf[role], u)}/text`),
  'DELETE /api/v1/files/{id}': async (u, role) => (writesFilesOf[role] ? json(`/api/v1/files/${await fileOf(writesFilesOf[role], u)}`) : null),
  'GET /api/v1/search': 'unitless',
  'GET /api/v1/oversight/stats': async (u) => json(`/api/v1/oversight/stats?${q(u)}`),
  'GET /api/v1/oversight/rule-sets': 'unitless',
  'GET /api/v1/oversight/programmes': 'unitless',
  'POST /api/v1/oversight/programmes': async (u) => json('/api/v1/oversight/programmes', { committee: org(u), year: 2027, title: uid('Chương trình kiểm tra'), items: [] }),
  'GET /api/v1/oversight/cases': 'unitless',
  'POST /api/v1/oversight/cases': async (u) => json('/api/v1/oversight/cases', {
    kind: 'supervision', type: 'regular', body: org(u), issuer: 'UBKTĐU', term: '2025-2030', decided_on: '2026-11-01',
    subjects: [{ kind: 'organisation', code: org(u, '-01') }],
  }),
  'GET /api/v1/oversight/cases/{id}': async (u) => json(`/api/v1/oversight/cases/${(await fixture.case(u)).id}`),
  'POST /api/v1/oversight/cases/{id}/conclusion': async (u) => json(`/api/v1/oversight/cases/${(await fixture.case(u)).id}/conclusion`,
    { conclusion: 'Thực hiện tốt', concluded_on: '2026-11-20', version: 1 }),
  'PATCH /api/v1/oversight/cases/{id}/remedies/{remedy}': async (u) => {
    const k = await fixture.case(u);
    const concluded = await made('POST', `/api/v1/oversight/cases/${k.id}/conclusion`,
      { conclusion: 'Có thiếu sót', concluded_on: '2026-11-20', version: 1, remedies: [{ content: 'Khắc phục', due: '2026-12-31' }] });
    const remedy = concluded.remedies[0];
    return json(`/api/v1/oversight/cases/${k.id}/remedies/${remedy.id}`, { done_on: '2026-11-25', version: remedy.version });
  },
  'GET /api/v1/oversight/discipline': 'unitless',
  'POST /api/v1/oversight/discipline': async (u) => json('/api/v1/oversight/discipline', {
    subject_kind: 'organisation', subject: org(u, '-02'), form: 'khien_trach', violation_on: '2026-01-01', concluded_on: '2026-10-01',
    decided_on: '2026-11-01', decision: uid('QĐ'), body: org(u), reason: 'Vi phạm',
  }),
  'POST /api/v1/oversight/discipline/{id}/notice': async (u) => json(`/api/v1/oversight/discipline/${(await fixture.discipline(u)).id}/notice`, { notified_on: '2026-11-03', version: 1 }),
  'POST /api/v1/oversight/discipline/{id}/complaints': async (u) => json(`/api/v1/oversight/discipline/${(await fixture.discipline(u)).id}/complaints`, { received_on: '2026-11-10' }),
  'GET /api/v1/oversight/ratings': 'unitless',
  'POST /api/v1/oversight/ratings': async (u) => json('/api/v1/oversight/ratings', { year: ratingYear--, subject_kind: 'organisation', subject: org(u, '-03'), step: 'self', score: 80 }),
  'GET /api/v1/reports/annual': async (u) => json(`/api/v1/reports/annual?${q(u)}`),
  'GET /api/v1/reports/periodic': async (u) => json(`/api/v1/reports/periodic?unit=${u}&period=2026-Q3`),
  'POST /api/v1/report-drafts': async (u) => json('/api/v1/report-drafts', { unit: u, kind: 'periodic', period: '2026-Q3', issuer: 'party' }),
  'GET /api/v1/report-drafts': async (u) => json(`/api/v1/report-drafts?unit=${u}`),
  'GET /api/v1/report-drafts/{id}': async (u) => json(`/api/v1/report-drafts/${(await fixture.draft(u)).id}`),
  'PUT /api/v1/report-drafts/{id}/sections/{key}': async (u) => json(`/api/v1/report-drafts/${(await fixture.draft(u)).id}/sections/overall`,
    { text: 'Quý III, tình hình kinh tế - xã hội ổn định.', version: 1 }),
  'GET /api/v1/report-drafts/{id}/document': async (u) => json(`/api/v1/report-drafts/${(await fixture.draft(u)).id}/document?format=html`),
  'POST /api/v1/report-drafts/{id}/issue': async (u) => json(`/api/v1/report-drafts/${(await fixture.draft(u)).id}/issue`,
    { number: String(++counter), date: '2026-09-25', signer: 'Nguyễn Văn A' }),
  'GET /api/v1/open-data': 'public',
  'GET /api/v1/open-data/indicators': 'public',
  'POST /api/v1/open-data/releases': async (u) => json('/api/v1/open-data/releases', { unit: u, period: await fixture.targetYear(u) }),
  'POST /api/v1/open-data/withdrawals': async (u) => {
    const period = await fixture.targetYear(u);
    await made('POST', '/api/v1/open-data/releases', { unit: u, period });
    return json('/api/v1/open-data/withdrawals', { unit: u, period });
  },
  'POST /api/v1/public/petitions/lookup': 'public',
  // Open311: public reads; a POST is received by the unit of the api_key's service account, never one
  // the request names (tests/http/open311.test.mjs).
  'GET /open311/v2/discovery.json': 'public',
  'GET /open311/v2/discovery.xml': 'public',
  'GET /open311/v2/services.json': 'public',
  'GET /open311/v2/services.xml': 'public',
  'GET /open311/v2/services/{service_code}.json': 'public',
  'GET /open311/v2/services/{service_code}.xml': 'public',
  'GET /open311/v2/requests.json': 'public',
  'GET /open311/v2/requests.xml': 'public',
  'GET /open311/v2/requests/{service_request_id}.json': 'public',
  'GET /open311/v2/requests/{service_request_id}.xml': 'public',
  'GET /open311/v2/tokens/{token}.json': 'public',
  'GET /open311/v2/tokens/{token}.xml': 'public',
  'POST /open311/v2/requests.json': 'public',
  'POST /open311/v2/requests.xml': 'public',
};

const served = senCli(['routes']).stdout.trim().split('\n').map((line) => line.split(' '));
const auditRows = () => Number(sql(sen.db, 'SELECT count(*) FROM audit_log').trim());

before(async () => {
  sen = await startSen({ demo: true });
  root = sen.as('admin', null, GRANTS);
});
after(async () => sen.stop());

test('every route has a sample here', () => {
  for (const [method, pattern] of served) assert.ok(`${method} ${pattern}` in routes, `${method} ${pattern}`);
  assert.equal(Object.keys(routes).length, served.length);
});

for (const [method, pattern, permission] of served) {
  const sample = routes[`${method} ${pattern}`];
  if (typeof sample !== 'function' && sample !== 'shared') continue;
  test(`${method} ${pattern}: ward ${X} reaches ${X}, not ${Y}`, async () => {
    const grant = GRANTS.includes(permission);
    const holders = grant ? roles : matrix.get(permission);
    assert.ok(holders?.length, `the matrix gives ${permission} to someone`);
    for (const role of holders) {
      const who = sen.as(role, X, grant ? [permission] : []);
      if (sample === 'shared') {
        const r = await who.request(method, pattern.replace('{code}', 'THU_NS'), '{}');
        assert.equal(r.status, 403, `${role}@${X}: ${r.text}`);
        continue;
      }
      const out = await sample(Y, role);
      if (out === null) continue;  // the role holds the route's permission but writes no such record
      const rows = auditRows();
      const refused = await who.request(method, out.path, out.body, out.headers);
      assert.ok([403, 404, 422].includes(refused.status), `${role}@${X} ${method} ${out.path}: ${refused.status} ${refused.text}`);
      if (method !== 'GET') assert.equal(auditRows(), rows, `${role}@${X} ${method} ${out.path} wrote nothing`);
      const inside = await sample(X, role);
      const allowed = await who.request(method, inside.path, inside.body, inside.headers);
      assert.ok(allowed.status < 300, `${role}@${X} ${method} ${inside.path}: ${allowed.status} ${allowed.text}`);
    }
  });
}
