// The report's part of issue 20 (one truth): illustrative figures marked in every output, a
// percentage names its denominator, the report's date bounds every section, a count and its list
// come from one selection.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { senCli, startSen } from './harness.mjs';

let sen;
let dir;
before(async () => {
  sen = await startSen({ demo: true });
  dir = mkdtempSync(join(tmpdir(), 'sen-truth-'));
});
after(async () => sen.stop());

const NOTE = '(*) Số liệu minh họa: dữ liệu mẫu nhập để trình diễn';
const text = (html) => html.replace(/<[^>]*>/g, ' ').replace(/&gt;/g, '>').replace(/\s+/g, ' ');

async function html(query) {
  const r = await sen.request('GET', `/api/v1/reports/annual?${query}&format=html`);
  assert.equal(r.status, 200, r.text);
  return r.text;
}

function report(args, format) {
  const file = join(dir, `r.${format}`);
  const r = senCli(['report', 'annual', ...args, '--format', format, '-o', file, '--db', sen.db]);
  assert.equal(r.status, 0, r.stderr);
  return file;
}

describe('illustrative figures', () => {
  test('carry a mark in the report, which says so first and explains the mark where it is used', async () => {
    const t = text(await html('unit=436&year=2022&date=2022-12-27'));
    assert.ok(t.indexOf('Báo cáo có số liệu minh họa (dữ liệu mẫu), đánh dấu (*)') < t.indexOf('I. CÔNG TÁC XÂY DỰNG ĐẢNG'), 'the mark opens the report');
    assert.match(t, /Giám sát 24 \(\*\) 12 \(\*\)/, 'the invented supervision figures are marked');
    assert.match(t, /Kết nạp đảng viên mới đảng viên > 110 \(\*\) 126 \(\*\)/);
    // The seed's own figure is not marked.
    assert.match(t, /Tổng thu ngân sách trên địa bàn tỷ đồng ≥ 771,4 1\.172,5 152% Vượt/);
    // Nor in its sentence: the mark follows the one invented figure, the change from 2021's.
    assert.match(t, /ước đạt 1\.172,5 tỷ đồng, bằng 152% kế hoạch tỉnh giao, tăng 16,6% \(\*\) so với năm 2021\. /);
    // An invented figure and an invented target are each marked where they stand.
    assert.match(t, /ước đạt 55,2% \(\*\) \(kế hoạch từ 50% trở lên \(\*\)\), vượt kế hoạch\./);
    assert.ok(t.split(NOTE).length - 1 >= 3, 'each section that marks a figure explains the mark');
  });

  test('an invented directive and its tasks are marked, and the tasks\' section explains the mark', async () => {
    const t = text(await html('unit=436&year=2023'));
    const tasks = t.split('THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO')[1].split('ĐẦU TƯ CÔNG')[0];
    assert.match(tasks, /Thông báo kết luận số 135-TB\/TU ngày 30\/12\/2022 của Ban Thường vụ Tỉnh ủy Hà Tĩnh \(\*\)/);
    assert.match(tasks, /Quy hoạch và quản lý quy hoạch nghĩa trang \(\*\)/);
    assert.match(tasks, /có 20 nhiệm vụ đến hạn; [^.]*\(\*\)\./);
    assert.ok(tasks.includes(NOTE), 'the section explains its mark');
  });

  test('in the workbook: the number stays a number, the mark is in its format', () => {
    const xlsx = report(['--unit', '436', '--year', '2022', '--date', '2022-12-27'], 'xlsx');
    const styles = execFileSync('unzip', ['-p', xlsx, 'xl/styles.xml'], { encoding: 'utf8' });
    assert.match(styles, /formatCode="&quot;≥ &quot;#,##0&quot; \(\*\)&quot;"/, 'a marked target keeps its comparator and the mark');
    // A whole target shows no decimals, as the other formats print it ("≥ 50 (*)", not "≥ 50,0 (*)").
    assert.doesNotMatch(styles, /formatCode="&quot;≥ &quot;#,##0\.0&quot; \(\*\)&quot;"/);
    const strings = execFileSync('unzip', ['-p', xlsx, 'xl/sharedStrings.xml'], { encoding: 'utf8' });
    assert.ok(strings.includes(NOTE));
    assert.ok(strings.includes('Báo cáo có số liệu minh họa'));
  });

  test('in the PDF and the DOCX', () => {
    const pdf = execFileSync('pdftotext', [report(['--unit', '436', '--year', '2022', '--date', '2022-12-27'], 'pdf'), '-'], { encoding: 'utf8' });
    assert.ok(pdf.replace(/\s+/g, ' ').includes(NOTE));
    const docx = execFileSync('unzip', ['-p', report(['--unit', '436', '--year', '2022', '--date', '2022-12-27'], 'docx'), 'word/document.xml'], { encoding: 'utf8' });
    assert.ok(docx.includes('126 (*)') && docx.includes(NOTE));
  });

  test('in `sen scorecard`', () => {
    const r = senCli(['scorecard', '--db', sen.db, '--unit', '436', '--period', '2022']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Kết nạp đảng viên mới\s+> 110 đảng viên \(\*\)\s+126 \(\*\)/);
    assert.match(r.stdout, /Tổng thu ngân sách trên địa bàn\s+≥ 771,4 tỷ đồng\s+1\.172,5 /, 'the seed\'s figure unmarked');
    assert.ok(r.stdout.trimEnd().endsWith('(*) Số liệu minh họa: dữ liệu mẫu nhập để trình diễn, không phải số liệu chính thức.'));
  });
});

describe('percentages name their denominator', () => {
  test('disbursement: % KH of the target shown; the share of the year\'s capital plan names that plan, in the report and the CLI', async () => {
    const t = text(await html('unit=436&year=2022&date=2022-12-27'));
    assert.match(t, /Giải ngân vốn đầu tư công ngân sách thành phố triệu đồng ≥ 547\.075 \(\*\) 548\.291 100,2% Vượt/);
    assert.match(t, /ước đạt 548\.291 triệu đồng \(chỉ tiêu từ 547\.075 triệu đồng trở lên \(\*\)\), vượt chỉ tiêu; bằng 90,2% kế hoạch năm 607\.861 triệu đồng/);
    const r = senCli(['scorecard', '--db', sen.db, '--unit', '436', '--period', '2022']);
    assert.match(r.stdout, /^Thành phố Hà Tĩnh \(436\) — năm 2022\n/, 'the period named as the reports name it');
    assert.match(r.stdout, /≥ 547\.075 triệu đồng \(\*\)\s+548\.291\s+Ước\s+100,2%\s+Vượt\n\s+\(bằng 90,2% kế hoạch năm 607\.861 triệu đồng\)/);
  });

  test('every % KH of the 2022 scorecard is the same in the API and in the report, and the API names both shares', async () => {
    const card = (await sen.request('GET', '/api/v1/scorecard?unit=436&period=2022')).json;
    const disbursement = card.items.find((i) => i.indicator === 'GIAI_NGAN_DTC');
    assert.deepEqual([disbursement.target_pct, disbursement.achievement_pct].map((p) => Math.round(p * 10) / 10), [100.2, 90.2]);
    const page = await html('unit=436&year=2022&date=2022-12-27');
    const rows = new Map([...page.matchAll(/<tr><td class="number">\d+<\/td><td>([^<]+)<\/td>(?:<td[^>]*>[^<]*<\/td>){3}<td[^>]*>([^<]*)<\/td>/g)]
      .map((m) => [m[1], m[2]]));
    assert.equal(rows.size, card.items.length);
    const vi = (p) => (p === null ? '' : `${(Math.round(p * 10) / 10).toString().replace('.', ',')}%`);
    for (const item of card.items) assert.equal(rows.get(item.name), vi(item.target_pct), item.indicator);
  });
});

describe('a reported figure and the records', () => {
  test('the 2022 disbursement reported (548.291) is shown with what the projects\' records give, never hidden', async () => {
    const card = (await sen.request('GET', '/api/v1/scorecard?unit=436&period=2022')).json;
    const item = card.items.find((i) => i.indicator === 'GIAI_NGAN_DTC');
    assert.deepEqual([item.actual, item.derivation, item.from_records?.value, item.from_records?.derivation], [548291, 'entered', 12200, 'projects']);
    // The report bounds the records by its date, as its investment section does: the same 11.200 in both.
    const t = text(await html('unit=436&year=2022&date=2022-12-27'));
    assert.match(t, /bằng 90,2% kế hoạch năm 607\.861 triệu đồng; theo hồ sơ trên Sen, các dự án do đơn vị quản lý đã giải ngân 11\.200 triệu đồng \(\*\) \(mọi nguồn vốn\)\./);
    assert.match(t, /đã giải ngân 11\.200 triệu đồng, đạt 86,2% kế hoạch vốn năm/);
    const r = senCli(['scorecard', '--db', sen.db, '--unit', '436', '--period', '2022']);
    assert.match(r.stdout, /\(theo hồ sơ trên Sen, các dự án, mọi nguồn vốn của kế hoạch năm, kể cả thời gian kéo dài: 12\.200 triệu đồng \(\*\)\)/);
  });

  test('a figure the records agree with carries nothing more', async () => {
    const card = (await sen.request('GET', '/api/v1/scorecard?unit=436&period=2022')).json;
    assert.deepEqual(card.items.filter((i) => i.from_records).map((i) => i.indicator), ['GIAI_NGAN_DTC']);
  });
});

describe('the seed\'s story', () => {
  const seed = readFileSync(new URL('../seed/hoi-nghi-tong-ket-2022.txt', import.meta.url), 'utf8');
  // "Báo cáo 27/12/2022: ""…""" → the words quoted.
  const quoted = (source) => source.replace(/^Báo cáo 27\/12\/2022: "/, '').replace(/"$/, '');

  test('the key works are in investment preparation in 2022, quoted as the seed names them; the drainage scheme is a scheme', async () => {
    const projects = (await sen.request('GET', '/api/v1/projects?unit=436&year=2022')).json.items;
    assert.deepEqual(projects.map((p) => p.code).sort(), ['ADB-HT', 'VANH-DAI-DONG', 'XUAN-DIEU-KD']);
    for (const p of projects) {
      const detail = (await sen.request('GET', `/api/v1/projects/${p.code}?year=2022`)).json;
      assert.ok(seed.includes(quoted(detail.source)), `${p.code}: its source quotes the seed word for word`);
      assert.ok(seed.toLowerCase().includes(detail.name.toLowerCase()), `${p.code}: named as the seed names it`);
      assert.ok(detail.progress.every((x) => x.as_of > '2022-12-31'), `${p.code}: no work done in 2022, the year of preparation`);
      assert.ok(detail.milestones.filter((m) => m.actual_on && m.actual_on <= '2022-12-31').every((m) => /^Phê duyệt/.test(m.name)),
        `${p.code}: in 2022 only approvals`);
    }
    const scheme = (await sen.request('GET', `/api/v1/search?q=${encodeURIComponent('đề án tăng cường khả năng thoát nước')}`)).json.items;
    assert.deepEqual(scheme.map((h) => [h.kind, h.title]), [['task', 'Xây dựng đề án tăng cường khả năng thoát nước tổng thể thành phố']]);
    assert.ok(seed.includes('đề án tăng cường khả năng thoát nước tổng thể thành phố'));
  });

  test('some letters of 2022 were not conclusively resolved at the year\'s end, as the conference said', async () => {
    const t = text(await html('unit=436&year=2022&date=2022-12-27&issuer=state'));
    // Both open at the year's end; one, a complaint, past the longest deadline the law could give it.
    assert.match(t, /còn 2 đơn đang giải quyết \(1 đơn quá hạn\); 1 vụ việc chưa giải quyết dứt điểm \(\*\)\./);
    assert.match(seed, /vẫn còn một số đơn thư của công dân chưa được giải quyết dứt điểm/);
  });

  test('the trees planted add up from the start of the term: "lũy kế từ năm 2020 đến nay" over 68.000, as the conference said', async () => {
    const t = text(await html('unit=436&year=2022&date=2022-12-27'));
    assert.match(t, /Cây xanh trồng mới đạt 23\.000 cây, bằng 115% kế hoạch \(\*\), giảm 2,1% \(\*\) so với năm 2021; lũy kế từ năm 2020 đến nay 68\.500 cây \(\*\)\./);
    assert.ok(!/Kết nạp đảng viên mới[^.]*lũy kế/.test(t), 'no sum when a year of the term has no figure');
  });
});

describe('a figure the projects\' records give', () => {
  test('counts estimated payments apart in the investment section: "trong đó ước giải ngân"', async () => {
    const t = text(await html('unit=436&year=2023'));
    assert.match(t, /đã giải ngân 248\.000 triệu đồng \(trong đó ước giải ngân 28\.260 triệu đồng\), đạt/);
    assert.doesNotMatch(text(await html('unit=436&year=2022&date=2022-12-27')), /trong đó ước/, 'every 2022 payment is confirmed');
  });

  test('says where it comes from in a 9-month report, beside the year\'s plan in words, not as a share of it', async () => {
    const r = await sen.request('GET', '/api/v1/reports/periodic?unit=436&period=2022-9M&format=html');
    assert.equal(r.status, 200, r.text);
    // The three projects Sen holds are not the city's budget the target covers: 4.200 is no "0,8%" of it.
    assert.match(text(r.text), /Giải ngân vốn đầu tư công ngân sách thành phố đạt 4\.200 triệu đồng \(\*\) \(theo hồ sơ các dự án trên Sen, mọi nguồn vốn\) \(kế hoạch năm từ 547\.075 triệu đồng trở lên \(\*\)\)\./);
    assert.doesNotMatch(text(r.text), /0,8% chỉ tiêu năm/);
  });
});

describe('the report\'s date', () => {
  test('bounds the investment section: payments after 27/12/2022 are not counted', async () => {
    const t = text(await html('unit=436&year=2022&date=2022-12-27'));
    assert.match(t, /đã giải ngân 11\.200 triệu đồng, đạt 86,2% kế hoạch vốn năm \(tính đến ngày 27\/12\/2022\)/);
    assert.ok(!t.includes('12.200'));
  });

  test('bounds the letters: a 2025 report lists no letter received in 2026', async () => {
    const t = text(await html('unit=18073&year=2025'));
    assert.ok(!/\/2026 /.test(t.split('TIẾP CÔNG DÂN')[1] ?? ''), 'no letter of 2026 in the 2025 report');
    assert.doesNotMatch(t, /Các vụ việc chưa giải quyết dứt điểm/);
  });
});

describe('a count and its list', () => {
  test('tasks overdue: the count said equals the rows listed', async () => {
    const h = await html('unit=436&year=2024');
    const said = Number(text(h).match(/Trong năm 2024 có \d+ nhiệm vụ đến hạn; [^.]*quá hạn chưa hoàn thành (\d+)/)[1]);
    const list = h.split('quá hạn chưa hoàn thành:</p>')[1].split('</table>')[0];
    assert.equal([...list.matchAll(/<tr><td class="number">/g)].length, said);
  });

  test('letters not conclusively resolved: the count said equals the rows listed', async () => {
    const h = await html('unit=436&year=2024');
    const t = text(h);
    const said = Number(t.match(/(\d+) vụ việc chưa giải quyết dứt điểm/)?.[1] ?? 0);
    const list = h.split('Các vụ việc chưa giải quyết dứt điểm:</p>')[1]?.split('</table>')[0] ?? '';
    assert.equal([...list.matchAll(/<tr><td>/g)].length, said);
  });
});

describe('a report without its number', () => {
  test('keeps room to write the number by hand, in HTML too', async () => {
    const h = await html('unit=436&year=2022');
    assert.match(h, /Số \u00a0{8}-BC\/TU/, 'no-break spaces, not "Số -BC/TU"');
  });
});
