// Helpers shared by the browser tests: signing in, every page of the app, waiting for a page to
// settle, axe-core's check and the keyboard.
import { createRequire } from 'node:module';

import { adminPassword } from '../../tests/http/harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Every page a leader or an officer opens, with the demo's unit and period.
export const appPages = [
  ['tong-quan', '/tong-quan?unit=436&period=2022'],
  ['chi-tieu', '/chi-tieu?unit=436&period=2022'],
  ['doc-bao-cao', '/chi-tieu/doc-bao-cao?unit=436&period=2023'],
  ['nhiem-vu', '/nhiem-vu?unit=436&period=2026'],
  ['van-ban-chi-dao', '/van-ban-chi-dao'],
  ['du-an', '/du-an?unit=436&year=2023'],
  ['du-an-chi-tiet', '/du-an/XUAN-DIEU-KD'],
  ['kiem-tra-giam-sat', '/kiem-tra-giam-sat?unit=436&period=2022'],
  ['don-thu', '/don-thu'],
  ['bao-cao', '/bao-cao?unit=436&period=2022'],
  ['don-vi', '/don-vi'],
  ['lich', '/lich'],
  ['quan-tri', '/quan-tri'],
  ['tim-kiem', '/tim-kiem?q=xuan%20dieu'],
  ['khong-co-trang', '/khong-co-trang-nay'],
];

// Pages open to anyone, without a session.
export const publicPages = [
  ['dang-nhap', '/dang-nhap'],
  ['tra-cuu', '/tra-cuu'],
  ['du-lieu-mo', '/du-lieu-mo'],
];

export async function signIn(page, url, user = 'admin', password = adminPassword) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/tong-quan/);
}

// Opens `path` and waits until its heading shows and nothing is loading any more.
export async function settle(page, url, path) {
  await page.goto(`${url}${path}`);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-skeleton, .ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 15000 }).catch(() => undefined);
}

// axe-core's violations of WCAG 2.1 A and AA that are critical or serious, as "rule: nodes".
export async function seriousViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`);
}

// How far the page reaches beyond the window's width, in CSS pixels (0 when nothing overflows).
export const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// Presses Tab until the element `selector` has the keyboard focus (failing after `max` presses),
// as a keyboard user reaches it.
export async function tabTo(page, selector, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} is not reached with Tab`);
}
