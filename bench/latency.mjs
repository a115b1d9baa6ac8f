// node bench/latency.mjs URL TOKEN N: N GETs one after another with the bearer TOKEN; prints the
// p50 and p99 in ms, the items of the last answer (0 when it has no `items`) and its bytes.
const [url, token, n] = process.argv.slice(2);
const times = [];
let items = 0;
let bytes = 0;
for (let i = 0; i < Number(n); i++) {
  const started = performance.now();
  const r = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = await r.text();
  if (r.status !== 200) throw new Error(`${r.status} ${body.slice(0, 300)}`);
  times.push(performance.now() - started);
  bytes = body.length;
  items = JSON.parse(body).items?.length ?? 0;
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`${at(0.5).toFixed(0)} ${at(0.99).toFixed(0)} ${items} ${bytes}`);
