// One truth (issue 20): every view that shows the same figure shows the same thing — the scorecard
// API (what the app and the dashboard draw), the annual report, `sen scorecard`, the CSV export of
// values and open data — and every count a report states equals the length of the list under it.
// On the demo and on random targets and figures; the HTTP suites run this file on both engines.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { senCli, startSen } from './harness.mjs';

let sen;
before(async () => (sen = await startSen({ demo: true })));
after(async () => sen.stop());

const get = async (path, client = sen) => {
  const r = await client.request('GET', path);
  assert.equal(r.status, 200, `${path}: ${r.text}`);
  return r;
};

// A number as Sen prints it in Vietnamese: 1.172,5 — at most `decimals` places, no trailing zeros.
function vi(value, decimals) {
  const [whole, fraction = ''] = Math.abs(value).toFixed(decimals).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}
const pct = (p) => (p === null ? '' : `${vi(Math.round(p * 10) / 10, 1)}%`);
const statusWords = (item) => {
  if (item.not_comparable) return 'Không so sánh được';
  if (item.direction === 'lower' && item.status === 'exceeded') return 'Đạt';
  return { exceeded: 'Vượt', met: 'Đạt', not_met: 'Không đạt', no_data: 'Chưa có số liệu' }[item.status];
};
const unmarked = (cell) => cell.replace(/ \(\*+\)/g, '').trim();

// The rows of the report's table of targets: name → {actual, pct, status}.
async function reportRows(unit, year) {
  const html = (await get(`/api/v1/reports/annual?unit=${unit}&year=${year}&format=html`)).text;
  const rows = new Map();
  const cell = '<td[^>]*>([^<]*)</td>';
  for (const m of html.matchAll(new RegExp(`<tr><td class="number">\\d+</td><td>([^<]+)</td>${cell}${cell}${cell}${cell}${cell}</tr>`, 'g'))) {
    rows.set(m[1], { actual: unmarked(m[4]), pct: m[5], status: m[6] });
  }
  return { html, rows };
}

// Every figure of a unit's year agrees across the scorecard, the report, the CLI and the export.
async function figuresAgree(unit, year) {
  const card = (await get(`/api/v1/scorecard?unit=${unit}&period=${year}`)).json;
  assert.ok(card.items.length > 0, `${unit} ${year} has targets`);
  const { rows } = await reportRows(unit, year);
  const cli = senCli(['scorecard', '--db', sen.db, '--unit', unit, '--period', String(year)]);
  assert.equal(cli.status, 0, cli.stderr);
  const cliLines = cli.stdout.split('\n');
  const exported = (await get(`/api/v1/exports/values?unit=${unit}&period=${year}`)).text.trim().split('\n').slice(1)
    .map((l) => l.split(',')).map(([indicator, , , vintage, value]) => ({ indicator, vintage, value: Number(value) }));
  for (const item of card.items) {
    const where = `${unit} ${year} ${item.indicator}`;
    const actual = item.actual === null ? (item.not_comparable ? 'Không so sánh được' : '—') : vi(item.actual, item.decimals);
    const row = rows.get(item.name);
    assert.ok(row, `${where}: a row in the report`);
    assert.deepEqual(row, { actual, pct: pct(item.target_pct), status: statusWords(item) }, where);
    const line = cliLines.find((l) => l.startsWith(`  ${item.name} `));
    assert.ok(line, `${where}: a line in sen scorecard`);
    const cliActual = item.not_comparable ? 'không so sánh được' : actual;
    assert.ok(line.includes(` ${cliActual}`) && line.endsWith(statusWords(item)) && (!item.target_pct || line.includes(` ${pct(item.target_pct)}`)),
      `${where}: sen scorecard says ${line}`);
    if (item.derivation === 'entered') {
      const entered = exported.find((e) => e.indicator === item.indicator && e.vintage === item.vintage);
      assert.equal(entered?.value, item.actual, `${where}: the CSV export holds the figure judged`);
    }
  }
  return card;
}

describe('the demo', () => {
  for (const [unit, year] of [['436', 2022], ['436', 2024], ['18073', 2024]]) {
    test(`${unit} ${year}: the scorecard, the report, sen scorecard and the CSV export give the same figures`, async () => {
      await figuresAgree(unit, year);
    });
  }

  test('open data publishes the scorecard\'s own figures', async () => {
    const card = (await get('/api/v1/scorecard?unit=436&period=2022')).json;
    const open = (await get('/api/v1/open-data/indicators?unit=436&period=2022', sen.anonymous)).json;
    for (const row of open.items) {
      const item = card.items.find((i) => i.indicator === row.indicator);
      assert.deepEqual([row.actual, row.target_pct, row.achievement_pct, row.status],
        [item.actual, item.target_pct, item.achievement_pct, item.status], row.indicator);
    }
  });

  test('every count a report states equals the length of the list under it', async () => {
    let stated = 0;
    for (const [unit, year] of [['436', 2022], ['436', 2023], ['436', 2024], ['18073', 2025], ['18073', 2026], ['42', 2026]]) {
      const { html } = await reportRows(unit, year);
      const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      const lists = [...html.matchAll(/<p>([^<]*):<\/p>\s*<table class="data">([\s\S]*?)<\/table>/g)]
        .map((m) => [m[1], [...m[2].matchAll(/<tr><td/g)].length]);
      const open = text.match(/(\d+) vụ việc chưa giải quyết dứt điểm/);
      const openList = lists.find(([title]) => title.startsWith('Các vụ việc chưa giải quyết dứt điểm'));
      assert.equal(open ? Number(open[1]) : 0, openList ? openList[1] : 0, `${unit} ${year}: letters not resolved`);
      const overdue = text.match(/quá hạn chưa hoàn thành (\d+)/);
      const overdueList = lists.find(([title]) => /quá hạn chưa hoàn thành$/.test(title));
      assert.equal(overdue ? Number(overdue[1]) : 0, overdueList ? overdueList[1] : 0, `${unit} ${year}: overdue tasks`);
      stated += (open ? 1 : 0) + (overdue ? 1 : 0);
    }
    assert.ok(stated >= 2, 'the demo\'s reports state such counts');
  });
});

// The module statistics the app shows, asked for the report's unit, period and date, state what the
// report's sections state: the oversight sentence, the tasks due in the period, the letters.
describe('module statistics and the report\'s sections, on the report\'s date', () => {
  const reportText = async (unit, year) => {
    const { html } = await reportRows(unit, year);
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');
    const [, d, m, y] = text.match(/ngày (\d+) tháng (\d+) năm (\d{4})/);
    return { text, day: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`, vnDay: `${d.padStart(2, '0')}/${m.padStart(2, '0')}/${y}` };
  };
  const counts = (pairs) => pairs.filter(([, n]) => n > 0).map(([words, n]) => words.replace('{}', vi(n, 0))).join(', ');

  for (const [unit, year] of [['436', 2022], ['436', 2023], ['18073', 2026]]) {
    test(`${unit} ${year}: the oversight statistics are the report's sentence`, async () => {
      const { text } = await reportText(unit, year);
      const stats = (await get(`/api/v1/oversight/stats?unit=${unit}&period=${year}`)).json;
      if (stats.inspection_cases + stats.supervision_cases + stats.members_disciplined + stats.organisations_disciplined === 0) return;
      // The report marks each illustrative clause; the statistics say which, and no more.
      assert.ok(text.replace(/ \(\*+\)/g, '').includes(stats.sentence), `${unit} ${year}: the report says what the statistics say: ${stats.sentence}`);
    });
  }

  test('436 2022: the admissions and ratings counted from the records are the scorecard\'s and the report\'s', async () => {
    const { text } = await reportText('436', 2022);
    const stats = (await get('/api/v1/oversight/stats?unit=436&period=2022')).json;
    const card = (await get('/api/v1/scorecard?unit=436&period=2022')).json;
    const item = (code) => card.items.find((i) => i.indicator === code);
    assert.equal(stats.admissions, 126, 'the register\'s members admitted in 2022');
    assert.deepEqual([item('KET_NAP_DV').actual, item('KET_NAP_DV').derivation], [stats.admissions, 'oversight']);
    assert.ok(text.includes(`Kết nạp ${vi(stats.admissions, 0)} đảng viên mới (*)`), 'section I states the same count, marked');
    for (const [code, words] of [['TCCSD_HTT', 'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên'], ['DV_HTT', 'Đảng viên hoàn thành tốt nhiệm vụ trở lên']]) {
      assert.equal(item(code).derivation, 'oversight', `${code} is counted from the ratings`);
      const stated = text.match(new RegExp(`${words}: ([\\d,]+)% \\((\\d+) trong số (\\d+) [^)]+ được xếp loại\\) \\(\\*\\)`));
      assert.ok(stated, `section I states ${code} with what it is a share of`);
      assert.equal(stated[1], vi(item(code).actual, 1), `section I states ${code} as the scorecard`);
      assert.equal(vi(Math.round(1000 * Number(stated[2]) / Number(stated[3])) / 10, 1), stated[1], `${code}: the share is its counts`);
    }
  });

  for (const [unit, year] of [['436', 2023], ['18073', 2026], ['42', 2026]]) {
    test(`${unit} ${year}: the tasks due in the period, as the report counts them`, async () => {
      const { text, day, vnDay } = await reportText(unit, year);
      const stats = (await get(`/api/v1/tasks/stats?period=${year}&scope=due_within&as_of=${day}`, sen.as('leader', unit))).json;
      assert.equal(stats.today, day);
      const sum = stats.total;
      for (const k of ['in_progress', 'overdue', 'done_on_time', 'done_late', 'cancelled']) {
        assert.equal(sum[k], stats.items.reduce((n, row) => n + row[k], 0), `${k}: the total is the rows'`);
      }
      assert.equal(sum.illustrative, stats.items.some((row) => row.illustrative));
      // The dashboard's card of the unit reads these statistics with ?unit=: the unit's leader and
      // the administrator choosing the unit read the same counts.
      const chosen = (await get(`/api/v1/tasks/stats?period=${year}&scope=due_within&as_of=${day}&unit=${unit}`)).json;
      assert.deepEqual(chosen.total, sum, `${unit} ${year}: the dashboard's card of the unit`);
      const total = sum.in_progress + sum.overdue + sum.done_on_time + sum.done_late + sum.cancelled;
      assert.ok(total > 0, `${unit} ${year} has tasks due`);
      const words = counts([['hoàn thành đúng hạn {}', sum.done_on_time], ['hoàn thành quá hạn {}', sum.done_late],
        ['đang thực hiện trong hạn {}', sum.in_progress], ['quá hạn chưa hoàn thành {}', sum.overdue], ['hủy {}', sum.cancelled]]);
      // Counting an invented task, the sentence carries the mark.
      assert.ok(text.includes(`có ${vi(total, 0)} nhiệm vụ đến hạn; tính đến ngày ${vnDay}: ${words}${sum.illustrative ? ' (*)' : ''}.`),
        `${unit} ${year}: the report counts ${total} tasks (${words}) on ${vnDay}`);
    });
  }

  // A periodic report counts the events of the cut-off window its heading states (Decree 09/2019):
  // the statistics asked for with window=cutoff and the report's date are the report's figures.
  for (const period of ['2022-06', '2022-07', '2022-12']) {
    test(`436 ${period}: the party's and the letters' counts are those of the report's cut-off window`, async () => {
      const r = await sen.request('GET', `/api/v1/reports/periodic?unit=436&period=${period}&format=html`);
      assert.equal(r.status, 200, r.text);
      const text = r.text.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');
      const [, d, m, y] = text.match(/ngày (\d+) tháng (\d+) năm (\d{4})/);
      const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
      const party = (await get(`/api/v1/oversight/stats?unit=436&period=${period}&window=cutoff`)).json;
      const calendar = (await get(`/api/v1/oversight/stats?unit=436&period=${period}`)).json;
      for (const clause of party.clauses) assert.ok(text.toLowerCase().includes(clause.text.toLowerCase()), `${period}: the report says "${clause.text}"`);
      const letters = (await get(`/api/v1/petitions/stats?unit=436&period=${period}&window=cutoff&as_of=${day}`)).json;
      for (const [words, n] of [['tiếp nhận {} đơn', letters.received], ['kỳ trước chuyển sang {} đơn', letters.carried_over],
        ['còn {} đơn đang giải quyết', letters.open]]) {
        if (n > 0) assert.ok(text.toLowerCase().includes(words.replace('{}', vi(n, 0))), `${period}: "${words}" with ${n}`);
      }
      if (period === '2022-07') {
        // The decisions of 20/06 fall in this window (15/06–14/07), those of 20/07 in the next.
        assert.notEqual(party.sentence, calendar.sentence, 'the window is not the calendar month');
        assert.match(text, /cách chức 1/);
      }
    });
  }

  for (const [unit, year] of [['436', 2023], ['18073', 2025]]) {
    test(`${unit} ${year}: the dashboard's overdue tasks are listed as they stood when counted`, async () => {
      const stats = (await get(`/api/v1/tasks/stats?period=${year}&unit=${unit}`)).json;
      assert.equal(stats.today, `${year}-12-31`, 'a past year\'s record is the one it closed with');
      const list = (await get(`/api/v1/tasks?unit=${unit}&status=overdue&as_of=${stats.today}`)).json;
      assert.equal(list.today, stats.today);
      const due = list.items.filter((t) => t.due <= stats.today);
      assert.equal(due.length, stats.total.overdue, `${unit} ${year}: the count and its list`);
    });
  }

  test('436 2022: the investment portfolio read on the report\'s date is the report\'s section', async () => {
    const { text, day, vnDay } = await reportText('436', 2022);
    const pf = (await get(`/api/v1/project-portfolio?unit=436&year=2022&as_of=${day}`)).json;
    assert.equal(pf.as_of, day);
    const million = (v) => vi(Math.round(v / 1e6), 0);
    const rate = vi(Math.round((pf.summary.paid / pf.summary.plan_allocated) * 1000) / 10, 1);
    const stated = `của ${pf.projects} dự án do đơn vị quản lý (theo dõi trên Sen) ${million(pf.summary.plan_allocated)} triệu đồng; `
      + `đã giải ngân ${million(pf.summary.paid)} triệu đồng, đạt ${rate}% kế hoạch vốn năm (tính đến ngày ${vnDay})`;
    assert.ok(text.includes(stated), `the report says: ${stated}`);
    assert.equal(million(pf.summary.paid), '11.200', 'the payments of 2023 are not counted on 21/12/2022');
  });

  for (const [unit, year] of [['436', 2022], ['436', 2023], ['18073', 2025], ['18073', 2026]]) {
    test(`${unit} ${year}: the letters' statistics, as the report states them`, async () => {
      const { text, day } = await reportText(unit, year);
      // The dashboard's card of the unit reads these statistics with ?unit=: an officer of the unit
      // and the administrator choosing the unit read the same counts.
      const stats = (await get(`/api/v1/petitions/stats?period=${year}&as_of=${day}`, sen.as('petition_officer', unit))).json;
      const chosen = (await get(`/api/v1/petitions/stats?period=${year}&as_of=${day}&unit=${unit}`)).json;
      assert.deepEqual(chosen, stats, `${unit} ${year}: the dashboard's card of the unit`);
      assert.equal(stats.as_of, day);
      assert.ok(stats.received + stats.carried_over > 0, `${unit} ${year} has letters`);
      for (const [words, n] of [['tiếp nhận {} đơn', stats.received], ['năm trước chuyển sang {} đơn', stats.carried_over],
        ['{} vụ việc chưa giải quyết dứt điểm', stats.long_unresolved], ['đã giải quyết {} đơn', stats.resolved], ['thụ lý {} đơn khiếu nại, tố cáo thuộc thẩm quyền', stats.accepted - stats.accepted_requests], ['xử lý {} đơn kiến nghị, phản ánh', stats.accepted_requests],
        ['chuyển {} đơn', stats.forwarded], ['hướng dẫn {} đơn', stats.guided], ['lưu {} đơn', stats.filed], ['{} đơn quá hạn', stats.overdue]]) {
        if (n === 0) continue;
        const clause = words.replace('{}', vi(n, 0));
        assert.ok(text.toLowerCase().includes(clause), `${unit} ${year}: the report says "${clause}"`);
      }
    });
  }
  for (const [unit, year] of [['436', 2022], ['18073', 2025]]) {
    test(`${unit}: the letters open at the end of ${year} are those ${year + 1} carries over`, async () => {
      const as = sen.as('petition_officer', unit);
      const ending = (await get(`/api/v1/petitions/stats?period=${year}`, as)).json;
      const next = (await get(`/api/v1/petitions/stats?period=${year + 1}`, as)).json;
      assert.equal(ending.as_of, `${year}-12-31`, 'a past year\'s figures are taken at its end');
      assert.ok(ending.open > 0, `${unit} has letters open at the end of ${year}`);
      assert.equal(next.carried_over, ending.open);
    });
  }
});

describe('random targets and figures', () => {
  // A seeded generator, so that a failure can be replayed: the seed is in the test's name.
  const seed = Number(process.env.SEN_CONSISTENCY_SEED ?? Date.now() % 100000);
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(random() * list.length)];

  test(`a new ward's random year agrees everywhere (seed ${seed})`, async () => {
    const unit = `NN-${seed}`;
    assert.equal((await sen.request('POST', '/api/v1/units', { code: unit, name: `Phường ngẫu nhiên ${seed}`, kind: 'ward', parent: '42', valid_from: '2020-01-01' })).status, 201);
    const plan = `KH-${seed}`;
    assert.equal((await sen.request('POST', '/api/v1/plans', { code: plan, unit, kind: 'annual', title: 'Kế hoạch ngẫu nhiên', period_from: '2025', period_to: '2025' })).status, 201);
    const indicators = (await get('/api/v1/indicators')).json.items.filter((i) => !i.computed_from && !i.formula);
    for (const ind of indicators) {
      const scale = ind.measure === '%' ? 100 : pick([10, 1000, 1_000_000]);
      const target = Math.round(random() * scale * 10 ** ind.decimals) / 10 ** ind.decimals;
      const comparator = pick(['>=', '>', '<=', '=']);
      const t = await sen.request('POST', '/api/v1/targets', { plan, indicator: ind.code, unit, period: '2025', comparator, value: target });
      assert.equal(t.status, 201, `${ind.code}: ${t.text}`);
      if (random() < 0.15) continue;  // some without a figure
      const value = pick([target, Math.round(target * (0.5 + random()) * 10 ** ind.decimals) / 10 ** ind.decimals]);
      if (ind.measure === '%' && value > 100) continue;
      const v = await sen.request('POST', '/api/v1/values', { indicator: ind.code, unit, period: '2025', vintage: pick(['estimate', 'official']), value });
      assert.equal(v.status, 201, `${ind.code} ${value}: ${v.text}`);
    }
    await figuresAgree(unit, 2025);
  });
});
