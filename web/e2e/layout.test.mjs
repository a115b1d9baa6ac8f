// Every page on a 360 px phone (no sideways scrolling, the menu a drawer that closes on choosing,
// tables as cards) and under axe-core (no critical or serious violation of WCAG 2.1 AA), with a
// main landmark and one h1.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { newPage, screenshotDir, startApp, stopApp } from './browser.mjs';
import { appPages, overflow, publicPages, seriousViolations, settle, signIn } from './pages.mjs';

let sen;
let browser;
let desktop;
let phone;
let visitor;

before(async () => {
  ({ sen, browser } = await startApp());
  // axe-core is added to the page as a script, which the app's Content-Security-Policy refuses.
  desktop = await newPage(browser, { bypassCSP: true });
  await signIn(desktop, sen.url);
  const storageState = await desktop.context().storageState();
  phone = await newPage(browser, { viewport: { width: 360, height: 780 }, storageState, isMobile: true, hasTouch: true, bypassCSP: true });
  visitor = await newPage(browser, { bypassCSP: true });
});
after(async () => {
  await stopApp(sen, browser);
});

describe('on a 360 px phone', () => {
  for (const [name, path] of [...appPages, ...publicPages.filter(([n]) => n !== 'dang-nhap')]) {
    test(`${name} does not scroll sideways, and axe-core finds nothing critical or serious`, async () => {
      await settle(phone, sen.url, path);
      await phone.screenshot({ path: join(screenshotDir, `phone-${name}.png`), fullPage: true });
      assert.equal(await overflow(phone), 0, `${path} is wider than the screen`);
      assert.deepEqual(await seriousViolations(phone), []);
    });
  }

  test('the menu is a drawer over the page that closes once a page is chosen', async () => {
    await settle(phone, sen.url, '/tong-quan?unit=436&period=2022');
    await phone.getByTestId('open-menu').click();
    const drawer = phone.getByRole('dialog');
    await drawer.getByRole('link', { name: 'Nhiệm vụ' }).waitFor();
    assert.equal(await overflow(phone), 0, 'the open menu does not push the page sideways');
    await phone.waitForTimeout(500);  // the drawer's sliding in, for the picture only
    await phone.screenshot({ path: join(screenshotDir, 'phone-menu.png') });
    await drawer.getByRole('link', { name: 'Nhiệm vụ' }).click();
    await phone.waitForURL(/\/nhiem-vu/);
    await drawer.waitFor({ state: 'hidden' });
  });

  test('the header keeps the menu, the name and the language on one row', async () => {
    await settle(phone, sen.url, '/tong-quan?unit=436&period=2022');
    const header = await phone.locator('.app-header').boundingBox();
    assert.ok(header.y >= 0 && header.height <= 64, `header at ${header.y}, ${header.height} px high`);
  });

  test('lists are cards, each with its status', async () => {
    await settle(phone, sen.url, '/chi-tieu?unit=436&period=2022');
    assert.equal(await phone.locator('table').count(), 0, 'no table on a phone');
    await phone.getByTestId('actual-THU_NS').getByText('1.172,5').waitFor();
    await settle(phone, sen.url, '/don-thu');
    await phone.locator('.card-list').first().getByText('Trạng thái').first().waitFor();
  });
});

describe('axe-core finds no critical or serious violation', () => {
  for (const [name, path] of appPages) {
    test(name, async () => {
      await settle(desktop, sen.url, path);
      assert.equal(await desktop.locator('main, [role=main]').count(), 1, 'one main landmark');
      assert.equal(await desktop.locator('h1').count(), 1, 'one h1');
      assert.deepEqual(await seriousViolations(desktop), []);
    });
  }
  for (const [name, path] of publicPages) {
    test(`${name} (no session)`, async () => {
      await settle(visitor, sen.url, path);
      assert.deepEqual(await seriousViolations(visitor), []);
    });
  }
  test('in English too', async () => {
    await settle(desktop, sen.url, '/tong-quan?unit=436&period=2022');
    await desktop.getByTestId('language').click();
    await desktop.getByRole('heading', { name: 'Overview' }).waitFor();
    assert.deepEqual(await seriousViolations(desktop), []);
    await desktop.getByTestId('language').click();
  });
  test('the dialogs: receiving a letter, a task, entering a value', async () => {
    const check = async (what) => {
      await desktop.waitForTimeout(500);  // past the opening animation, whose fading text axe would measure
      assert.deepEqual(await seriousViolations(desktop), [], what);
      await desktop.keyboard.press('Escape');
    };
    await settle(desktop, sen.url, '/don-thu');
    await desktop.getByTestId('new-petition').click();
    await desktop.getByTestId('petition-content').waitFor();
    await check('receiving a letter');
    await settle(desktop, sen.url, '/nhiem-vu?unit=436&period=2026');
    await desktop.locator('[data-testid^="task-"].row-link').first().click();
    await desktop.getByTestId('task-drawer-title').waitFor();
    await check('a task');
    await settle(desktop, sen.url, '/chi-tieu?unit=436&period=2023');
    await desktop.getByTestId('enter-DN_HTX_MOI').click();
    await desktop.getByTestId('value-input').waitFor();
    await check('entering a value');
  });
  test('the presentation', async () => {
    await settle(desktop, sen.url, '/trinh-chieu?unit=436&period=2022&slide=2');
    assert.deepEqual(await seriousViolations(desktop), []);
  });
});
