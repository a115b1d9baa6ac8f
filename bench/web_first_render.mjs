// The web app's first page: gzipped JavaScript it loads, and the time from navigation to the
// dashboard's scorecard being on screen, in headless Chromium on localhost (median of RUNS).
// Usage: node bench/web_first_render.mjs   (after make build)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { adminPassword, startSen } from '../tests/http/harness.mjs';
import { launch } from '../web/e2e/browser.mjs';

const runs = Number(process.env.RUNS ?? 7);
const dist = new URL('../web/dist', import.meta.url).pathname;

const sen = await startSen({ demo: true, args: ['--web-root', dist] });
const browser = await launch();
try {
  const login = await fetch(`${sen.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0].split('=');
  const times = [];
  let firstPage = null;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addCookies([{ name: cookie[0], value: cookie[1], url: sen.url }]);
    const page = await context.newPage();
    const scripts = new Map();
    const reads = [];  // header reads still running; awaited before the context closes
    page.on('response', (r) => {
      if (!r.url().endsWith('.js')) return;
      reads.push(r.headerValue('content-length').then((n) => scripts.set(r.url(), Number(n ?? 0)), () => {}));
    });
    const start = Date.now();
    await page.goto(`${sen.url}/tong-quan?unit=436&period=2022`);
    await page.getByTestId('summary-text').waitFor();
    times.push(Date.now() - start);
    await Promise.all(reads);
    if (!firstPage) firstPage = scripts;
    await context.close();
  }
  times.sort((a, b) => a - b);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log('| chunk | gzip KB |\n|---|---:|');
  const assets = join(dist, 'assets');
  for (const f of readdirSync(assets).filter((f) => f.endsWith('.js.gz')).sort()) {
    console.log(`| ${f.replace(/\.gz$/, '')} | ${kb(statSync(join(assets, f)).size)} |`);
  }
  // What the first page needs before anything is on demand: the scripts index.html names.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const initialGz = initial.reduce((sum, f) => sum + statSync(join(dist, `${f}.gz`)).size, 0);
  console.log(`\nFirst page, before anything loaded on demand: ${kb(initialGz)} KB gzip in ${initial.length} files (${initial.join(', ')})`);
  const loaded = [...firstPage.values()].reduce((a, b) => a + b, 0);
  console.log(`All JavaScript the dashboard fetched, charts included (as sent, brotli): ${kb(loaded)} KB in ${firstPage.size} files`);
  console.log(`Time to the scorecard on screen: median ${times[Math.floor(times.length / 2)]} ms, best ${times[0]} ms, worst ${times.at(-1)} ms (${runs} runs)`);
} finally {
  await browser.close();
  await sen.stop();
}
