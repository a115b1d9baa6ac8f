// Draws how the national benchmark's costs grow with the values loaded (bench/national.sh with
// GROWTH=bench/growth.csv): loading time, a province's scorecard and the nation's, one line per
// engine, on logarithmic axes. Usage: node bench/plot_growth.mjs bench/growth.csv > docs/images/national-growth.svg
import { readFileSync } from 'node:fs';

const [header, ...lines] = readFileSync(process.argv[2], 'utf8').trim().split('\n');
const names = header.split(',');
const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], i ? Number(v) : v])));

const panels = [
  { title: 'sen import values (s)', y: (r) => r.import_s },
  { title: 'a province’s scorecard, p50 (ms)', y: (r) => r.province_p50_ms },
  { title: 'the nation’s scorecard, p50 (ms)', y: (r) => r.nation_p50_ms },
];
const colours = { sqlite: '#1677ff', postgresql: '#d4380d' };
const W = 300, H = 220, M = { left: 48, right: 12, top: 28, bottom: 40 };
const log = Math.log10;
const xs = rows.map((r) => r.values);
const [x0, x1] = [Math.floor(log(Math.min(...xs))), Math.ceil(log(Math.max(...xs)))];
const vi = (n) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const power = (e) => '10' + [...String(e)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[d]).join('');

let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W * panels.length}" height="${H + 24}" font-family="sans-serif" font-size="11">\n`;
panels.forEach((panel, k) => {
  const ys = rows.map(panel.y).filter((v) => v > 0);
  const [y0, y1] = [Math.floor(log(Math.min(...ys))), Math.ceil(log(Math.max(...ys)))];
  const px = (v) => k * W + M.left + ((log(v) - x0) / Math.max(1, x1 - x0)) * (W - M.left - M.right);
  const py = (v) => H - M.bottom - ((log(v) - y0) / Math.max(1, y1 - y0)) * (H - M.top - M.bottom);
  svg += `<text x="${k * W + M.left}" y="16" font-weight="bold">${panel.title}</text>\n`;
  for (let e = x0; e <= x1; e++) {
    svg += `<line x1="${px(10 ** e)}" x2="${px(10 ** e)}" y1="${M.top}" y2="${H - M.bottom}" stroke="#eee"/>`;
    svg += `<text x="${px(10 ** e)}" y="${H - M.bottom + 14}" text-anchor="middle">${power(e)}</text>\n`;
  }
  for (let e = y0; e <= y1; e++) {
    svg += `<line x1="${k * W + M.left}" x2="${(k + 1) * W - M.right}" y1="${py(10 ** e)}" y2="${py(10 ** e)}" stroke="#eee"/>`;
    svg += `<text x="${k * W + M.left - 4}" y="${py(10 ** e) + 4}" text-anchor="end">${vi(10 ** e)}</text>\n`;
  }
  svg += `<text x="${k * W + W / 2}" y="${H - 8}" text-anchor="middle">giá trị (values)</text>\n`;
  for (const engine of Object.keys(colours)) {
    const points = rows.filter((r) => r.engine === engine && panel.y(r) > 0).sort((a, b) => a.values - b.values);
    if (!points.length) continue;
    svg += `<polyline fill="none" stroke="${colours[engine]}" stroke-width="2" points="${points.map((r) => `${px(r.values)},${py(panel.y(r))}`).join(' ')}"/>\n`;
    for (const r of points) svg += `<circle cx="${px(r.values)}" cy="${py(panel.y(r))}" r="3" fill="${colours[engine]}"/>\n`;
  }
});
Object.entries(colours).forEach(([engine, colour], i) => {
  svg += `<rect x="${12 + i * 110}" y="${H + 8}" width="10" height="10" fill="${colour}"/><text x="${26 + i * 110}" y="${H + 17}">${engine}</text>\n`;
});
svg += '</svg>\n';
process.stdout.write(svg);
