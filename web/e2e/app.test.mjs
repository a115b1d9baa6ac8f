// The web app in a real browser against the real `sen serve` with the demo data.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { addUser, adminPassword } from '../../tests/http/harness.mjs';
import { newPage, screenshotDir, startApp, stopApp } from './browser.mjs';

let sen;
let browser;
let page;

// Chooses the option `title` of the select or tree select `testId`, typing `search` first when
// given (on `on`, the test's page unless another is given). On a busy machine a click may land while a dialog or the dropdown is still moving, or
// the dropdown may stay open over the next control: each step has a short timeout, and the choice
// is checked to show with its dropdown closed, else tried again.
async function choose(testId, title, search = '', on = page) {
  const field = on.getByTestId(testId);
  const dropdown = on.locator('.ant-select-dropdown:visible');
  const closed = () => dropdown.first().waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false);
  for (let attempt = 1; ; attempt++) {
    try {
      if (await closed()) await field.click({ timeout: 5000 });
      if (search) {
        await on.keyboard.press('Control+A');
        await on.keyboard.type(search);
      }
      await dropdown.getByTitle(title, { exact: true }).click({ timeout: 5000 });
      await field.getByTitle(title, { exact: true }).waitFor({ timeout: 3000 });
      if (!(await closed())) await field.click({ timeout: 5000 });
      if (await closed()) return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
    if (attempt === 3) throw new Error(`choosing ${title} left its dropdown open`);
  }
}

// A page of the menu (the side column's links).
const menu = (name, on = page) => on.getByRole('navigation', { name: /Các trang|Pages/ }).getByRole('link', { name, exact: true });

async function shot(name) {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

before(async () => {
  ({ sen, browser } = await startApp());
  page = await newPage(browser);
});
after(async () => {
  await stopApp(sen, browser);
});

test('a wrong password shows the server\'s message; the right one opens the dashboard', async () => {
  await page.goto(`${sen.url}/`);
  await page.waitForURL(/\/dang-nhap/);
  await shot('01-dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill('sai mật khẩu');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('login-error').getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
  await page.getByLabel('Mật khẩu').fill(adminPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/tong-quan\?.*unit=436.*period=2022|\/tong-quan\?.*period=2022.*unit=436/);
});

test('the dashboard shows the 2022 scorecard of Hà Tĩnh City in Vietnamese', async () => {
  await page.getByTestId('summary-text').getByText('25/25 chỉ tiêu đạt và vượt kế hoạch').waitFor();
  await page.getByTestId('summary-title').getByText('Thành phố Hà Tĩnh, năm 2022').waitFor();
  await page.getByRole('img', { name: 'Đánh giá chỉ tiêu' }).waitFor();
  await page.getByText('Xây dựng Đảng và hệ thống chính trị').first().waitFor();
  await shot('02-tong-quan');
  assert.deepEqual(page.errors, []);
});

test('the targets page shows figures in Vietnamese format, with vintage and status', async () => {
  await menu('Chỉ tiêu', page).click();
  await page.waitForURL(/\/chi-tieu\?/);
  await page.getByTestId('actual-THU_NS').getByText('1.172,5').waitFor();
  const row = page.locator('tr', { has: page.getByTestId('actual-THU_NS') });
  await row.getByRole('cell', { name: '152%', exact: true }).waitFor();
  await row.getByText('Ước').waitFor();
  await row.getByText('Vượt').waitFor();
  // % KH of the target shown, as in the report; the year's capital plan named with its own share.
  await page.getByTestId('pct-GIAI_NGAN_DTC').getByText('100,2%').waitFor();
  await page.getByTestId('pct-GIAI_NGAN_DTC').getByText('90,2% kế hoạch năm 607.861 triệu đồng').waitFor();
  // The reported figure, with what the projects' records give beside it.
  await page.getByTestId('records-GIAI_NGAN_DTC').getByText('theo hồ sơ các dự án trên Sen (mọi nguồn vốn của kế hoạch năm, kể cả thời gian kéo dài): 12.200').waitFor();
  // A ceiling kept reads "Đạt", as in the report, never "Vượt"; no share of it is shown.
  await page.getByTestId('status-TAI_NAN_GT').getByText('Đạt').waitFor();
  assert.equal(await page.getByTestId('pct-TAI_NAN_GT').count(), 0);
  await shot('03-chi-tieu-2022');
});

test('entering a value changes its status', async () => {
  await choose('period-picker', 'Năm 2023');
  await page.waitForURL(/period=2023(&|$)/, { waitUntil: 'commit' });
  await page.getByTestId('status-KET_NAP_DV').getByText('Chưa có số liệu').waitFor();
  await page.getByTestId('enter-KET_NAP_DV').click();
  await page.getByTestId('value-input').fill('12a');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Giá trị không hợp lệ; viết như 1.172,5').waitFor();
  await page.getByTestId('value-input').fill('125');
  await shot('04-nhap-so-lieu');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByTestId('status-KET_NAP_DV').getByText('Vượt').waitFor();
  await page.getByTestId('actual-KET_NAP_DV').getByText('125').waitFor();
});

test('a CSV import with a bad row shows that row and writes nothing', async () => {
  const file = join(sen.dir, 'so-lieu.csv');
  writeFileSync(file, 'indicator,unit,period,vintage,value\nTHU_NS,436,2023,estimate,"1.100,5"\nDN_HTX_MOI,436,2023,estimate,ba trăm\n');
  await page.getByTestId('open-import').click();
  await page.locator('.ant-modal input[type=file]').setInputFiles(file);
  await page.getByTestId('csv-check').click();
  const bad = page.getByTestId('csv-bad-rows');
  await bad.getByText('3').first().waitFor();
  await bad.getByText("'ba trăm' không phải số dạng 1.172,5").waitFor();
  await shot('05-nhap-csv-loi');
  await page.keyboard.press('Escape');
  const values = await sen.request('GET', '/api/v1/values?unit=436&period=2023');
  assert.ok(!values.json.items.some((v) => v.indicator === 'THU_NS'), 'nothing written');
});

test('a report pasted in "Đọc báo cáo" yields its figures for review; the one accepted shows in the scorecard', async () => {
  await page.getByTestId('open-read-report').click();
  await page.waitForURL(/\/chi-tieu\/doc-bao-cao\?/);
  await page.getByTestId('report-text').fill(
    'Năm 2023, tổng thu ngân sách trên địa bàn ước đạt 1.180,4 tỷ đồng, bằng 113,6% dự toán. ' +
    'Trồng mới 24.350 cây xanh. Thu thuế ngoài quốc doanh đạt 210 tỷ đồng.');
  await page.getByTestId('read-report').click();
  await page.getByTestId('proposed-TRONG_CAY').waitFor();
  await page.locator('mark', { hasText: 'Trồng mới 24.350 cây xanh' }).waitFor();
  await page.getByText('Thu thuế ngoài quốc doanh: 210 tỷ đồng').waitFor();
  await page.getByTestId('choose-THU_NS').uncheck();
  await shot('06-doc-bao-cao');
  await page.getByTestId('accept-figures').click();
  await page.getByText('Đã ghi 1 số liệu').waitFor();
  await menu('Chỉ tiêu', page).click();
  await page.getByTestId('actual-TRONG_CAY').getByText('24.350').waitFor();
  const values = await sen.request('GET', '/api/v1/values?unit=436&period=2023');
  assert.ok(!values.json.items.some((v) => v.indicator === 'THU_NS'), 'the figure left out is not written');
});

test('units at a date, and the closed ones', async () => {
  await menu('Đơn vị', page).click();
  await page.waitForURL(/\/don-vi/);
  await page.getByText('Phường Thành Sen').first().waitFor();
  await page.getByText('Đơn vị đã giải thể, sáp nhập').waitFor();
  await page.getByRole('cell', { name: /Thành phố Hà Tĩnh \(436\)/ }).waitFor();
  await shot('06-don-vi');
});

test('a unit’s lineage: the old city went to three wards, with illustrative population shares', async () => {
  await page.getByRole('cell', { name: /Thành phố Hà Tĩnh \(436\)/ }).click();
  const card = page.getByTestId('lineage');
  await card.getByText('Kế thừa — 436').waitFor();
  await card.getByTestId('lineage-18073').getByText('42% theo dân số (minh họa)').waitFor();
  await card.getByTestId('lineage-18652').getByText('01/07/2025').waitFor();
  await shot('06b-ke-thua');
});

test('Thành Sen’s 2024 targets: a rate entered as such is not comparable across the reorganisation, and says why', async () => {
  await page.goto(`${sen.url}/chi-tieu?unit=18073&period=2024`);
  const tag = page.getByTestId('not-comparable-TY_LE_BHYT');
  await tag.getByText('không so sánh được').waitFor();
  await tag.hover();
  await page.getByRole('tooltip').getByText(/TY_LE_BHYT không cộng được theo phần chia/).waitFor();
});

test('Thành Sen’s trend runs back before 2025 on figures derived from the old city, marked as such', async () => {
  await page.goto(`${sen.url}/tong-quan?unit=18073&period=2024`);
  await page.getByRole('img', { name: 'Diễn biến qua các năm' }).waitFor();
  await page.getByTestId('trend-derived').getByText(/số suy ra qua kế thừa/).waitFor();
  await shot('06c-ke-thua-dien-bien');
  assert.deepEqual(page.errors, []);
  await page.goto(`${sen.url}/tong-quan?unit=436&period=2022`);  // back to the city for the tests after
  await page.getByText('Thành phố Hà Tĩnh, Năm 2022').first().waitFor();
});

test('administration lists users', async () => {
  await menu('Quản trị', page).click();
  await page.getByRole('cell', { name: 'admin', exact: true }).first().waitFor();  // the users' table, and the tokens' once loaded
  await shot('07-quan-tri');
});

test('switching to English is applied and remembered', async () => {
  await page.getByTestId('language').click();
  await menu('Targets', page).waitFor();
  await page.reload();
  await menu('Overview', page).click();
  await page.getByTestId('summary-text').waitFor();
  await menu('Targets', page).waitFor();
  await shot('08-english');
  await page.getByTestId('language').click();
  assert.deepEqual(page.errors, []);
});

test('on a phone the dashboard still reads', async () => {
  const phone = await newPage(browser, { viewport: { width: 390, height: 844 }, storageState: await page.context().storageState() });
  await phone.goto(`${sen.url}/tong-quan?unit=436&period=2022`);
  await phone.getByTestId('summary-text').getByText('25/25').waitFor();
  await phone.getByRole('img', { name: /Đánh giá chỉ tiêu/ }).locator('canvas').waitFor();
  await phone.screenshot({ path: join(screenshotDir, '09-dien-thoai.png') });  // the first screen
  await phone.context().close();
});

test('a task with a past deadline is overdue; reported done, it is done late', async () => {
  await page.goto(`${sen.url}/nhiem-vu`);
  await page.getByTestId('new-task').click();
  await page.getByTestId('task-title').fill('Kiểm tra hồ sơ thử nghiệm');
  await choose('task-lead-unit', 'Phường Thành Sen (18073)', 'Thành Sen');
  const past = new Date(Date.now() - 10 * 86400000);
  const ddmmyyyy = `${String(past.getDate()).padStart(2, '0')}/${String(past.getMonth() + 1).padStart(2, '0')}/${past.getFullYear()}`;
  await page.getByTestId('task-deadline').click();
  await page.keyboard.type(ddmmyyyy);
  await page.keyboard.press('Enter');
  // A file chosen before the task exists is uploaded at once and attached when the task is saved.
  await page.locator('.ant-modal input[type=file]').setInputFiles({ name: 'Biên bản kiểm tra.txt', mimeType: 'text/plain', buffer: Buffer.from('Biên bản kiểm tra hồ sơ') });
  await page.locator('.ant-modal .ant-upload-list-item-done').waitFor();
  await shot('09b-nhiem-vu-moi-kem-tep');
  await page.getByTestId('task-save').click();
  await page.getByTestId('task-drawer-title').getByText('Kiểm tra hồ sơ thử nghiệm').waitFor();
  await page.locator('.ant-drawer').getByText('Biên bản kiểm tra.txt').waitFor();
  await page.getByTestId('task-status').getByText('Quá hạn').waitFor();
  await shot('10-nhiem-vu-qua-han');
  await page.getByTestId('task-complete').click();
  await page.getByTestId('task-action-save').click();
  await page.getByTestId('task-status').getByText('Hoàn thành quá hạn').waitFor();
  await shot('11-nhiem-vu-hoan-thanh-qua-han');
  await page.keyboard.press('Escape');
  assert.deepEqual(page.errors, []);
});

test('the calendar page gives lunar dates and legal deadlines', async () => {
  await menu('Lịch', page).click();
  await page.waitForURL(/\/lich/);
  await page.getByTestId('lunar-text').waitFor();
  await choose('rule-picker', 'Phân loại và xử lý đơn');
  await page.getByRole('button', { name: 'Tính' }).click();
  await page.getByTestId('deadline-due').waitFor();
  await page.getByText('Thông tư 05/2021/TT-TTCP', { exact: false }).first().waitFor();
  await shot('12-lich');
  assert.deepEqual(page.errors, []);
});

test('a denunciation shows its legal deadline; an ordinary officer never sees who denounced', async () => {
  await page.goto(`${sen.url}/don-thu`);
  await page.getByTestId('new-petition').click();
  await page.getByTestId('petition-types').getByText('Kiến nghị').click();
  await page.getByTestId('petition-types').getByText('Tố cáo').click();
  await page.getByTestId('petition-content').fill('Tố cáo cán bộ địa chính nhận tiền để làm nhanh hồ sơ cấp giấy chứng nhận');
  await choose('petition-handling-unit', 'Tỉnh Hà Tĩnh (42)', 'Tỉnh Hà');
  await page.getByTestId('petitioner-name').fill('Bà Nguyễn Thị Mật');
  await page.getByTestId('petitioner-phone').fill('0915 246 810');
  await page.getByTestId('petition-save').click();
  const receipt = page.getByTestId('receipt');
  await receipt.waitFor();
  const pin = (await page.getByTestId('receipt-pin').textContent()).trim();
  assert.match(pin, /^\d{4} \d{4}$/);
  assert.doesNotMatch(await receipt.textContent(), /Nguyễn Thị Mật|0915 246 810/);
  await shot('13a-bien-nhan');
  await page.getByTestId('receipt-close').click();
  const code = (await page.getByTestId('petition-code').textContent()).trim();
  assert.match(code, /^HT\d{4}-/);
  await page.getByTestId('petition-status').getByText('Đang xem xét, phân loại').waitFor();
  const today = new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
  const due = await sen.request('GET', `/api/v1/calendar/deadline?rule=denunciation_acceptance&start=${today}`);
  const [y, m, d] = due.json.due.split('-');
  await page.getByTestId('petition-due').getByText(`${d}/${m}/${y}`).waitFor();
  await choose('petition-step', 'Thụ lý');
  await page.getByTestId('petition-step-save').click();
  await page.getByTestId('petition-status').getByText('Đang giải quyết').waitFor();
  const resolve = await sen.request('GET', `/api/v1/calendar/deadline?rule=denunciation_resolution&start=${today}`);
  const [ry, rm, rd] = resolve.json.due.split('-');
  await page.getByTestId('petition-due').getByText(`${rd}/${rm}/${ry}`).waitFor();
  await shot('13-don-thu-to-cao');
  await page.keyboard.press('Escape');

  addUser(sen.store, 'canbo.tiepdan', 'petition_officer', '42');
  const officerContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const officer = await officerContext.newPage();
  await officer.goto(`${sen.url}/dang-nhap`);
  await officer.getByLabel('Tên đăng nhập').fill('canbo.tiepdan');
  await officer.getByLabel('Mật khẩu').fill('canbo.tiepdan mật khẩu');
  await officer.getByRole('button', { name: 'Đăng nhập' }).click();
  await officer.waitForURL(/tong-quan/);
  await officer.goto(`${sen.url}/don-thu`);
  await officer.getByText(code).click();
  await officer.getByTestId('petition-status').waitFor();
  assert.equal(await officer.getByText('Bà Nguyễn Thị Mật').count(), 0);
  assert.equal(await officer.getByTestId('show-denouncers').count(), 0);
  assert.doesNotMatch(await officer.content(), /Nguyễn Thị Mật|0915 246 810/);
  await officer.screenshot({ path: join(screenshotDir, '14-don-thu-can-bo.png'), fullPage: true });
  await officerContext.close();

  const citizenContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const citizen = await citizenContext.newPage();
  await citizen.goto(`${sen.url}/tra-cuu`);
  await citizen.getByLabel('Mã hồ sơ').fill(code.toLowerCase().replace('-', ' '));
  await citizen.getByLabel('Mã tra cứu').fill(pin);
  await citizen.getByRole('button', { name: 'Tra cứu đơn' }).click();
  await citizen.getByTestId('lookup-status').getByText('Đang giải quyết').waitFor();
  assert.doesNotMatch(await citizen.content(), /Nguyễn Thị Mật|địa chính/);
  await citizen.screenshot({ path: join(screenshotDir, '15-tra-cuu.png'), fullPage: true });
  await citizenContext.close();
  assert.deepEqual(page.errors, []);
});

test('recording a disbursement moves the project\'s rate; one beyond the plan is refused with the reason', async () => {
  // The dashboard settles first: it writes its unit and period into the address, which would
  // otherwise land after the menu's navigation and take the page back.
  await page.goto(`${sen.url}/tong-quan`);
  await page.waitForURL(/\/tong-quan\?.*period=/);
  await page.waitForLoadState('networkidle');
  await menu('Đầu tư công', page).click();
  await page.waitForURL(/\/du-an\?.*year=2023/);
  await page.getByTestId('rate-XUAN-DIEU-KD').getByText('80%').waitFor();
  await shot('16-du-an');
  await page.getByTestId('project-XUAN-DIEU-KD').click();
  await page.getByTestId('project-title').getByText('Đường Xuân Diệu kéo dài', { exact: false }).waitFor();
  await page.getByTestId('project-rate').getByText('80%').waitFor();
  await page.getByRole('img', { name: 'Giải ngân lũy kế' }).waitFor();

  await page.getByTestId('new-disbursement').click();
  await page.getByTestId('disbursement-amount').fill('6.000');
  await page.getByTestId('disbursement-save').click();
  await page.getByTestId('project-rate').getByText('100%').waitFor();
  await shot('17-du-an-giai-ngan');

  await page.getByTestId('new-disbursement').click();
  await page.getByTestId('disbursement-amount').fill('1');
  await page.getByTestId('disbursement-save').click();
  await page.getByTestId('disbursement-error').getByText('Giải ngân vượt kế hoạch vốn năm 2023', { exact: false }).waitFor();
  await page.keyboard.press('Escape');

  await page.goto(`${sen.url}/du-an?unit=436&year=2023&view=portfolio`);
  await page.getByRole('img', { name: 'Tỷ lệ giải ngân so với kế hoạch năm' }).waitFor();
  await page.getByTestId('lagging-title').waitFor();
  await page.getByTestId('indicator-GIAI_NGAN_DTC').getByText('254.000 triệu đồng', { exact: false }).waitFor();
  await shot('18-tong-hop-giai-ngan');
  assert.deepEqual(page.errors, []);
});

test('a project registered in the app opens on its page; funding beyond its total is refused', async () => {
  await page.goto(`${sen.url}/du-an?unit=436&year=2023`);
  await page.getByTestId('new-project').click();
  await page.getByTestId('project-code').fill('KE-SONG-RAO-CAI');
  await page.getByTestId('project-name').fill('Kè chống sạt lở sông Rào Cái');
  await page.getByTestId('project-investor').fill('UBND phường Thành Sen');
  await choose('project-managing-unit', 'Phường Thành Sen (18073)', 'Thành Sen');
  await page.getByTestId('project-total').fill('45.000');
  await page.getByTestId('project-funding-0').fill('50.000');
  await page.getByTestId('project-save').click();
  await page.getByText('vượt tổng mức đầu tư', { exact: false }).waitFor();
  await page.getByTestId('project-funding-0').fill('45.000');
  await page.getByTestId('project-save').click();
  await page.waitForURL(/\/du-an\/KE-SONG-RAO-CAI/);
  await page.getByTestId('project-title').getByText('Kè chống sạt lở sông Rào Cái').waitFor();
  await page.getByText('45 tỷ đồng').first().waitFor();
  assert.deepEqual(page.errors, []);
});

test('party oversight: the 2022 statistics read as the report; a rating breaking the 20% cap is refused with its message', async () => {
  await page.goto(`${sen.url}/tong-quan?unit=436&period=2022`);
  await menu('Kiểm tra, giám sát', page).click();
  await page.waitForURL(/\/kiem-tra-giam-sat\?/);
  await page.getByTestId('oversight-sentence').getByText('Kiểm tra 118 tổ chức đảng, 45 đảng viên', { exact: false }).waitFor();
  // Supervision and the split by form are the demo's, not the report's: tagged in the sentence as in the report.
  assert.equal(await page.getByTestId('oversight-sentence').getByText('Minh họa').count(), 2);
  await page.getByText('thi hành kỷ luật 28 đảng viên', { exact: false }).waitFor();
  assert.equal(await page.getByTestId('oversight-views').getByText('Kết nạp đảng viên').count(), 0, 'admissions need the oversight.members grant');
  await shot('19-kiem-tra-giam-sat');
  await page.getByTestId('oversight-views').getByText('Chương trình').click();
  await page.getByText('Chương trình kiểm tra, giám sát năm 2022 của Ủy ban Kiểm tra Thành ủy', { exact: false }).waitFor();
  await page.getByTestId('oversight-views').getByText('Kỷ luật').click();
  await page.getByText('Khai trừ').first().waitFor();
  await page.getByTestId('oversight-views').getByText('Kiểm tra, giám sát').click();
  await page.getByText('01-QĐ/UBKTTU').click();
  await page.locator('.ant-drawer').getByText('Đảng bộ phường Bắc Hà').first().waitFor();
  await page.keyboard.press('Escape');

  await page.goto(`${sen.url}/kiem-tra-giam-sat?unit=436&period=2024&view=ratings`);
  await page.getByTestId('rating-shares').getByText('Đảng viên: 90%', { exact: false }).waitFor();
  await page.getByTestId('new-rating').click();
  await page.getByTestId('rating-subject-member').fill('DV-0016');
  await choose('rating-level', 'Hoàn thành xuất sắc nhiệm vụ');
  await page.getByTestId('rating-save').click();
  await page.getByTestId('rating-error').getByText('vượt quá 20% số xếp loại "Hoàn thành tốt nhiệm vụ" (8) trong Đảng bộ phường Bắc Hà', { exact: false }).waitFor();
  await shot('20-xep-loai-vuot-ty-le');
  await choose('rating-level', 'Hoàn thành tốt nhiệm vụ');
  await page.getByTestId('rating-save').click();
  await page.getByTestId('rating-shares').getByText('Đảng viên: 90,9% (10/11)', { exact: false }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('an inspector granted membership records registers a member; the reading is audited', async () => {
  addUser(sen.store, 'ubkt.canbo', 'inspector', '42', ['oversight.members']);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const inspector = await context.newPage();
  await inspector.goto(`${sen.url}/dang-nhap`);
  await inspector.getByLabel('Tên đăng nhập').fill('ubkt.canbo');
  await inspector.getByLabel('Mật khẩu').fill('ubkt.canbo mật khẩu');
  await inspector.getByRole('button', { name: 'Đăng nhập' }).click();
  await inspector.waitForURL(/tong-quan/);
  await inspector.goto(`${sen.url}/kiem-tra-giam-sat?unit=42&period=2026&view=members`);
  await inspector.getByText('mọi lần xem đều được ghi nhật ký', { exact: false }).waitFor();
  await inspector.getByTestId('new-member').click();
  await inspector.getByLabel('Mã đảng viên').fill('DV-0777');
  await inspector.getByLabel('Tên').fill('Đảng viên mới minh họa');
  await inspector.getByLabel('Năm sinh').fill('1998');
  await choose('member-organisation', 'Chi bộ tổ dân phố 1, phường Thành Sen (18073-DB-01)', 'tổ dân phố 1, phường Thành', inspector);
  await inspector.getByTestId('member-save').click();
  await inspector.getByPlaceholder('Mã đảng viên').fill('DV-0777');
  await inspector.getByRole('cell', { name: 'DV-0777', exact: true }).waitFor();
  await inspector.getByRole('cell', { name: 'Chi bộ tổ dân phố 1, phường Thành Sen' }).waitFor();
  await inspector.screenshot({ path: join(screenshotDir, '23-dang-vien.png'), fullPage: true });
  await context.close();
  const audit = await sen.request('GET', '/api/v1/audit?entity=party_members');
  assert.ok(audit.json.items.some((a) => a.action === 'read_members' && a.user === 'ubkt.canbo'));
});

test('the annual report downloads as a Word document; released figures are open to anyone', async () => {
  await page.goto(`${sen.url}/tong-quan?unit=436&period=2022`);
  await menu('Báo cáo', page).click();
  await page.waitForURL(/\/bao-cao\?/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()]);
  assert.equal(download.suggestedFilename(), 'bao-cao-436-2022.docx');
  const bytes = await (await download.createReadStream()).toArray();
  assert.equal(Buffer.concat(bytes).subarray(0, 2).toString(), 'PK');
  await page.getByTestId('released-on').getByText('Đã công bố ngày', { exact: false }).waitFor();
  await shot('21-bao-cao');

  const citizenContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const citizen = await citizenContext.newPage();
  await citizen.goto(`${sen.url}/du-lieu-mo`);
  const row = citizen.getByRole('row').filter({ hasText: 'Tổng thu ngân sách trên địa bàn' });
  await row.getByRole('cell', { name: '1.172,5', exact: true }).waitFor();
  await row.getByRole('cell', { name: '152%', exact: true }).waitFor();
  await citizen.screenshot({ path: join(screenshotDir, '22-du-lieu-mo.png'), fullPage: true });
  await citizenContext.close();
  assert.deepEqual(page.errors, []);
});

test('a PDF attached to a project is listed, previewed and downloaded with its name; the search box finds it without marks', async () => {
  const report = await fetch(`${sen.url}/api/v1/reports/annual?unit=436&year=2022&format=pdf`, { headers: { authorization: `Bearer ${sen.adminToken}` } });
  const pdf = Buffer.from(await report.arrayBuffer());
  await page.goto(`${sen.url}/du-an/XUAN-DIEU-KD?year=2023`);
  const panel = page.getByTestId('files-panel');
  await panel.getByText('Chưa có tệp').waitFor();
  await panel.locator('input[type=file]').setInputFiles({ name: 'Quyết định phê duyệt.pdf', mimeType: 'application/pdf', buffer: pdf });
  await panel.getByTestId('file-name').getByText('Quyết định phê duyệt.pdf').waitFor();
  await panel.getByTestId('file-preview').click();
  await page.getByTestId('pdf-preview').waitFor();
  await shot('25-tep-dinh-kem');
  await page.keyboard.press('Escape');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('file-name').click()]);
  assert.equal(download.suggestedFilename(), 'Quyết định phê duyệt.pdf');
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  assert.ok(bytes.equals(pdf), 'the same bytes come back');

  await page.getByTestId('search-box').locator('input').fill('quyet dinh phe duyet');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/tim-kiem\?q=/);
  const results = page.getByTestId('search-results');
  await results.getByText('Tệp', { exact: true }).waitFor();
  await results.locator('mark').getByText('Quyết', { exact: true }).first().waitFor();
  await shot('26-tim-kiem');
  await page.getByTestId('search-box').locator('input').fill('xuan dieu');
  await page.keyboard.press('Enter');
  await results.getByRole('link', { name: 'Đường Xuân Diệu kéo dài', exact: false }).first().click();
  await page.getByTestId('project-title').getByText('Đường Xuân Diệu kéo dài', { exact: false }).waitFor();
  assert.deepEqual(page.errors, []);
});
