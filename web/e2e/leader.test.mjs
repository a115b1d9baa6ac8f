// What a leader meets first: the dashboard's key figures, the presentation for the conference hall,
// and the three main workflows done with the keyboard alone.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { newPage, screenshotDir, startApp, stopApp } from './browser.mjs';
import { settle, signIn, tabTo } from './pages.mjs';

let sen;
let browser;
let page;

before(async () => {
  ({ sen, browser } = await startApp());
  page = await newPage(browser, { viewport: { width: 1440, height: 900 } });
  await signIn(page, sen.url);
});
after(async () => {
  await stopApp(sen, browser);
});

const tile = (indicator) => page.getByTestId(`tile-${indicator}`);

test('the dashboard leads with the 2022 key figures: value and unit, share of whose plan, change on 2021, status', async () => {
  await settle(page, sen.url, '/tong-quan?unit=436&period=2022');
  await tile('THU_NS').getByTestId('tile-value').getByText('1.172,5 tỷ đồng').waitFor();
  await tile('THU_NS').getByTestId('tile-plan').getByText(/bằng 152% kế hoạch/).waitFor();
  await tile('THU_NS').getByText(/so với năm 2021/).waitFor();
  await tile('THU_NS').getByText('Vượt').waitFor();
  await tile('GIAI_NGAN_DTC').getByTestId('tile-value').getByText('548.291 triệu đồng').waitFor();
  await tile('GIAI_NGAN_DTC').getByText(/90,2% kế hoạch/).waitFor();
  await tile('TANG_TRUONG_GTSX').getByTestId('tile-value').getByText('11,67%').waitFor();
  await page.getByTestId('summary-title').getByText('Thành phố Hà Tĩnh, năm 2022').waitFor();
  const title = await page.getByTestId('summary-title').evaluate((h) => h.scrollWidth <= h.clientWidth);
  assert.ok(title, 'the summary title is not cut');
  await page.getByTestId('period-targets').getByText('Tổng thu ngân sách trên địa bàn').first().waitFor();
  await page.screenshot({ path: join(screenshotDir, '30-tong-quan-lanh-dao.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
});

test('a year without figures says so instead of a green "0/8", and still lists its targets', async () => {
  await settle(page, sen.url, '/tong-quan?unit=436&period=2023');
  assert.equal(await page.getByTestId('summary-count').count(), 0);
  await page.getByTestId('summary-text').waitFor();
  assert.ok((await page.getByTestId('period-targets').locator('tbody tr').count()) > 0, 'the year\'s targets are listed');
  // The two letters of 2022 still open at its end are 2023's too: its card counts them.
  await page.getByTestId('dashboard-letters-carriedLetters').getByText('2').waitFor();
  await page.getByTestId('dashboard-letters-resolvedLetters').getByText('2').waitFor();
});

test('the tasks and letters card counts the chosen unit and period, each count a link to its list', async () => {
  await settle(page, sen.url, '/tong-quan?unit=18073&period=2022');
  const overdue = page.getByTestId('dashboard-tasks-overdue');
  assert.match(await overdue.getAttribute('href'), /unit=18073&status=overdue/);
  await overdue.click();
  await page.waitForURL(/\/nhiem-vu\?unit=18073&status=overdue/);
  await page.getByTestId('task-list').waitFor();
  await page.getByTestId('unit-picker').getByText('Phường Thành Sen', { exact: false }).waitFor();
});

test('the presentation shows one group per slide, moves with the arrows and a clicker, and keeps unit and period in the corner', async () => {
  const hall = await newPage(browser, { viewport: { width: 1920, height: 1080 }, storageState: await page.context().storageState() });
  await hall.goto(`${sen.url}/tong-quan?unit=436&period=2022`);
  await hall.getByTestId('open-presentation').click();
  await hall.waitForURL(/\/trinh-chieu\?/);
  await hall.getByTestId('slide-count').getByText('25/25').waitFor();
  await hall.getByTestId('slide-corner').getByText('Thành phố Hà Tĩnh · Năm 2022').waitFor();
  await hall.screenshot({ path: join(screenshotDir, '31-trinh-chieu-ket-qua.png') });
  await hall.keyboard.press('ArrowRight');
  await hall.getByTestId('slide-keys').getByText('1.172,5 tỷ đồng').waitFor();
  const size = await hall.getByTestId('slide-keys').getByText('1.172,5 tỷ đồng').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(size >= 48, `projector type is large (${size}px)`);
  await hall.screenshot({ path: join(screenshotDir, '32-trinh-chieu-chi-tieu-chu-yeu.png') });
  await hall.keyboard.press('PageDown');
  await hall.getByTestId('slide-area').waitFor();
  await hall.getByTestId('slide-number').getByText(/^Trang 3\//).waitFor();
  await hall.keyboard.press('PageUp');
  await hall.getByTestId('slide-keys').waitFor();
  // The last slide, the party's work: the invented clauses tagged as the report marks them.
  await hall.keyboard.press('End');
  await hall.getByTestId('slide-oversight').getByText('Minh họa').first().waitFor();
  await hall.keyboard.press('Escape');
  await hall.waitForURL(/\/tong-quan\?unit=436&period=2022/);
  assert.deepEqual(hall.errors, []);
  await hall.context().close();
});

test('keyboard only: a value is entered on the targets page', async () => {
  await settle(page, sen.url, '/chi-tieu?unit=436&period=2023');
  await tabTo(page, '[data-testid="enter-DN_HTX_MOI"]');
  await page.keyboard.press('Enter');
  await page.getByTestId('value-input').waitFor();
  await page.keyboard.type('215');
  await tabTo(page, '[data-testid="value-save"]', 20);
  await page.keyboard.press('Enter');
  await page.getByTestId('actual-DN_HTX_MOI').getByText('215').waitFor();
});

test('keyboard only: a task is opened from the list and its progress reported', async () => {
  await settle(page, sen.url, '/nhiem-vu?unit=436&period=2026');
  await tabTo(page, '[data-testid^="task-"].row-link');
  await page.keyboard.press('Enter');
  await page.getByTestId('task-drawer-title').waitFor();
  await tabTo(page, '[data-testid="task-progress"]', 60);
  await page.keyboard.press('Enter');
  await page.getByTestId('progress-percent').waitFor();
  await page.keyboard.type('60');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Đã hoàn thành khảo sát hiện trạng');
  await tabTo(page, '[data-testid="task-action-save"]', 10);
  await page.keyboard.press('Enter');
  await page.getByTestId('progress-timeline').getByText('Đã hoàn thành khảo sát hiện trạng').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('task-drawer-title').waitFor({ state: 'hidden' });
});

test('keyboard only: a letter is registered, its receipt read and closed, and the letter opens', async () => {
  await settle(page, sen.url, '/don-thu');
  await tabTo(page, '[data-testid="new-petition"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid="petition-content"]', 40);
  await page.keyboard.type('Kiến nghị sửa đoạn mương thoát nước bị sụt lún trước nhà văn hóa tổ dân phố 5');
  await tabTo(page, '[data-testid="petition-handling-unit"] input', 10);
  await page.keyboard.type('Thành Sen');
  await page.locator('.ant-select-dropdown:visible').getByText('Phường Thành Sen', { exact: false }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('petition-handling-unit').getByText('Phường Thành Sen', { exact: false }).waitFor();
  await tabTo(page, '[data-testid="petitioner-name"]', 20);
  await page.keyboard.type('Ông Trần Văn Phím');
  await tabTo(page, '[data-testid="petition-save"]', 20);
  await page.keyboard.press('Enter');
  await page.getByTestId('receipt').waitFor();
  assert.match((await page.getByTestId('receipt-pin').textContent()).trim(), /^\d{4} \d{4}$/);
  await tabTo(page, '[data-testid="receipt-close"]', 20);
  await page.keyboard.press('Enter');
  await page.getByTestId('petition-code').getByText(/^HT\d{4}-/).waitFor();
  await page.getByTestId('petition-status').waitFor();
  await page.keyboard.press('Escape');
});

test('keyboard only: a letter is opened from the queue, and looked up with its code typed loosely', async () => {
  await settle(page, sen.url, '/don-thu');
  await tabTo(page, '[data-testid^="petition-"].row-link');
  const code = (await page.evaluate(() => document.activeElement.textContent)).trim();
  await page.keyboard.press('Enter');
  await page.getByTestId('petition-status').waitFor();
  await page.keyboard.press('Escape');

  const citizenContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const citizen = await citizenContext.newPage();
  await citizen.goto(`${sen.url}/tra-cuu`);
  await citizen.locator('input#code').waitFor();  // the page is loaded on demand
  await tabTo(citizen, 'input#code', 10);
  await citizen.keyboard.type(code.toLowerCase().replace('-', ''));
  await citizen.keyboard.press('Tab');
  await citizen.keyboard.type('0000 0000');
  await citizen.keyboard.press('Enter');
  await citizen.getByTestId('lookup-error').waitFor();
  assert.doesNotMatch(await citizen.getByTestId('lookup-error').innerText(), /Failed to fetch|undefined/);
  await citizenContext.close();
});

test('the directives page lists each directive with its tasks and their status; a task opens from it', async () => {
  await settle(page, sen.url, '/van-ban-chi-dao');
  const task = page.locator('[data-testid^="directive-task-"]').first();
  const card = page.locator('[data-testid^="directive-"]', { has: task }).first();
  await card.getByText(/\d+ nhiệm vụ/).first().waitFor();
  await card.getByText(/Quá hạn|Đang thực hiện|Hoàn thành đúng hạn|Hoàn thành quá hạn|Đã hủy/).first().waitFor();
  await page.screenshot({ path: join(screenshotDir, '33-van-ban-chi-dao.png') });
  const title = (await task.innerText()).trim();
  await task.click();
  await page.waitForURL(/\/nhiem-vu\?open=\d+/);
  await page.getByTestId('task-drawer-title').getByText(title).waitFor();
  await page.keyboard.press('Escape');
});

test('a 404 offers the way back; offline, the page says so and offers a retry', async () => {
  await settle(page, sen.url, '/khong-co-trang-nay');
  await page.getByText('Không có trang này').waitFor();
  await page.getByTestId('back-home').click();
  await page.waitForURL(/\/tong-quan/);
  await page.route('**/api/v1/scorecard**', (route) => route.abort('internetdisconnected'));
  await page.goto(`${sen.url}/tong-quan?unit=436&period=2022`);
  await page.getByTestId('query-error').getByText('Không kết nối được máy chủ', { exact: false }).waitFor({ timeout: 30000 });
  await page.unroute('**/api/v1/scorecard**');
  await page.getByTestId('retry').click();
  await page.getByTestId('summary-title').waitFor();
});
