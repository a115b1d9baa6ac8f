// A headless Chromium (Debian's) driven by playwright-core, for the end-to-end tests.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

import { startSen } from '../../tests/http/harness.mjs';

export const screenshotDir = process.env.SEN_E2E_OUTPUT ?? new URL('../../build/e2e-screenshots', import.meta.url).pathname;
mkdirSync(screenshotDir, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

// A page on a 1366×768 laptop screen that fails the test on any uncaught error in the app.
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.errors = errors;
  return page;
}

// The demo served with the built web app (on the real clock), and a browser: what each file of
// browser tests starts before its tests and stops after them.
export async function startApp() {
  const sen = await startSen({ demo: true, args: ['--web-root', new URL('../dist', import.meta.url).pathname], today: null });
  return { sen, browser: await launch() };
}

export async function stopApp(sen, browser) {
  await browser?.close();
  await sen?.stop();
}
