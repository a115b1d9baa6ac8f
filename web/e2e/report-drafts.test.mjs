// A report draft in a real browser: an officer writes a part beside the preview, issues the report
// with its number, date and signer, and the downloaded DOCX holds the text as issued.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { adminPassword } from '../../tests/http/harness.mjs';
import { newPage, screenshotDir, startApp, stopApp } from './browser.mjs';

let sen;
let browser;
let page;

before(async () => {
  ({ sen, browser } = await startApp());
  page = await newPage(browser, { viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  await page.goto(`${sen.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(adminPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/tong-quan\?/);
});
after(async () => {
  await stopApp(sen, browser);
});

const assessment = 'Công tác kiểm tra, giám sát, thi hành kỷ luật Đảng ở một số cấp ủy chưa thường xuyên, hiệu quả chưa cao.';

test('an officer writes the limitations, issues the 2022 report, and the downloaded DOCX holds the text', async () => {
  await page.goto(`${sen.url}/bao-cao?unit=436&period=2022`);
  await page.getByTestId('new-draft').click();
  await page.getByTestId('text-limitations').fill(assessment);
  await page.getByTestId('save-limitations').click();
  await page.getByText('Đã lưu').first().waitFor();
  // The preview, as it will print, shows the text in its place.
  const preview = page.frameLocator('[data-testid="draft-preview"]');
  await preview.getByText(assessment).waitFor();
  await preview.getByText('ĐÁNH GIÁ CHUNG', { exact: false }).waitFor();
  await page.screenshot({ path: join(screenshotDir, '24-du-thao-bao-cao.png'), fullPage: true });

  await page.getByTestId('issue-draft').click();
  await page.getByTestId('issue-number').fill('123');
  await page.getByTestId('issue-date').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('27/12/2022');
  await page.keyboard.press('Enter');
  await page.getByTestId('issue-signer').fill('Dương Tất Thắng');
  await page.getByTestId('confirm-issue').click();
  await page.getByTestId('draft-status').getByText('Đã ban hành').waitFor();
  await page.getByTestId('issued-info').getByText('Số 123 · 27/12/2022', { exact: false }).waitFor();
  assert.equal(await page.getByTestId('text-limitations').getAttribute('readonly'), '');
  await page.screenshot({ path: join(screenshotDir, '25-bao-cao-da-ban-hanh.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('draft-docx').click()]);
  assert.equal(download.suggestedFilename(), 'bao-cao-436-2022-so-123.docx');
  const dir = mkdtempSync(join(tmpdir(), 'sen-e2e-'));
  const file = join(dir, 'issued.docx');
  writeFileSync(file, Buffer.concat(await (await download.createReadStream()).toArray()));
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  assert.ok(xml.includes(assessment), 'the officer\'s text is in the issued DOCX');
  assert.ok(xml.includes('Số 123-BC/TU'));
  assert.ok(xml.includes('Dương Tất Thắng'));
  assert.ok(xml.includes('Hà Tĩnh, ngày 27 tháng 12 năm 2022'));
  assert.deepEqual(page.errors, []);
});
