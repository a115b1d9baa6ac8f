// After the 2025 reorganisation: a closed unit's open work is listed on its page and handed over to
// a ward that took over, at desktop and phone width.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { newPage, screenshotDir, startApp, stopApp } from './browser.mjs';
import { settle, signIn } from './pages.mjs';

let sen;
let browser;
let page;

before(async () => {
  ({ sen, browser } = await startApp());
  page = await newPage(browser);
  await signIn(page, sen.url);
});
after(async () => {
  await stopApp(sen, browser);
});

test('the old city lists the open work of its offices, each with the wards that took over', async () => {
  await settle(page, sen.url, '/don-vi?unit=436');
  const card = page.getByTestId('open-work');
  await card.getByText('Việc còn dở cần bàn giao — Thành phố Hà Tĩnh').waitFor();
  await card.getByText(/kết thúc hoạt động ngày 30\/06\/2025/).waitFor();
  await card.getByRole('link', { name: /Tăng cường quản lý trật tự đô thị/ }).waitFor();
  await card.getByText('Phòng Quản lý đô thị (436-QLDT)').waitFor();
  await card.getByText(/Quá hạn/).first().waitFor();
  await card.screenshot({ path: join(screenshotDir, '40-ban-giao.png') });
  assert.deepEqual(page.errors, []);
});

test('handing a task over to Thành Sen: it leaves the list and the ward leads it, with an audit row', async () => {
  const open = await sen.request('GET', '/api/v1/units/436/open-work');
  const task = open.json.items.find((i) => i.kind === 'task' && i.unit === '436-QLDT');
  const card = page.getByTestId('open-work');
  await card.getByTestId(`to-task:${task.key}`).click();
  await page.locator('.ant-select-item-option[title="Phường Thành Sen (18073)"]').click();
  await card.getByTestId('hand-over').getByText('Bàn giao 1 việc').click();
  await page.getByText('Đã bàn giao 1 việc').waitFor();
  await card.getByRole('link', { name: task.title }).waitFor({ state: 'detached' });

  const after = await sen.request('GET', `/api/v1/tasks/${task.key}`);
  assert.equal(after.json.lead_unit, '18073');
  const audit = await sen.request('GET', '/api/v1/audit?entity=task&limit=5');
  const row = audit.json.items.find((a) => a.action === 'hand_over' && a.key === task.key);
  assert.deepEqual([row.before.lead_unit, row.after.lead_unit, row.after.effective], ['436-QLDT', '18073', '2025-07-01']);
  assert.deepEqual(page.errors, []);
});

test('on a phone the open work reads as cards, each with its receiving unit to choose', async () => {
  const phone = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(phone, sen.url);
  await settle(phone, sen.url, '/don-vi?unit=436-BQLDA');
  const card = phone.getByTestId('open-work');
  await card.getByText(/Đường vành đai phía Đông/).waitFor();
  const wide = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(wide, false, 'nothing runs off the side of the screen');
  await card.screenshot({ path: join(screenshotDir, '41-ban-giao-dien-thoai.png') });
  assert.deepEqual(phone.errors, []);
  await phone.context().close();
});
