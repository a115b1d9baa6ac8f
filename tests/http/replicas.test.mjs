// Read replicas (the replica suite only: SEN_TEST_PG_STANDBY_PORT_FILE). Every server of this
// suite is two `sen serve` processes sending reads to a streaming standby; here: the standby does
// serve reads, a write is read back at once through the other process even while the standby
// replays nothing, and killing the standby in the middle of traffic fails no request.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { after, before, test } from 'node:test';

import { standbyUrl, startSen } from './harness.mjs';

const portFile = process.env.SEN_TEST_PG_STANDBY_PORT_FILE;
const skip = portFile ? false : 'only in the replica suite (SEN_TEST_PG_STANDBY_PORT_FILE)';
const script = new URL('../../scripts/test-postgres', import.meta.url).pathname;
const standby = (action) => {
  const r = spawnSync(script, [action, dirname(portFile)], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
};
const onStandby = (db, statement) => {
  const r = spawnSync('psql', ['-qAt', '-v', 'ON_ERROR_STOP=1', standbyUrl(db), '-c', statement], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let sen;
before(async () => {
  if (!skip) sen = await startSen({ demo: true });
});
after(async () => sen?.stop());

test('reads are answered by the standby', { skip }, async () => {
  const commits = () => Number(onStandby(sen.db, 'SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()'));
  const first = commits();
  for (let i = 0; i < 30; ++i) {
    assert.equal((await sen.request('GET', `/api/v1/scorecard?unit=436&period=202${i % 3}`)).status, 200);
  }
  let seen = commits();
  for (let i = 0; i < 50 && seen - first < 20; ++i, seen = commits()) await sleep(100);
  assert.ok(seen - first >= 20, `the standby committed ${seen - first} read transactions for 30 reads`);
});

test('a write is read back at once through the other process, even while the standby replays nothing', { skip }, async () => {
  onStandby(sen.db, 'SELECT pg_wal_replay_pause()');
  try {
    for (let i = 1; i <= 4; ++i) {
      const code = `REPLICA-${i}`;
      const made = await sen.request('POST', '/api/v1/units', { code, name: `Xã Bản Sao ${i}`, kind: 'commune', parent: '42', valid_from: '2026-01-01' });
      assert.equal(made.status, 201, made.text);
      const read = await sen.request('GET', `/api/v1/units/${code}`);  // the other process
      assert.equal(read.status, 200, read.text);
      assert.equal(read.json.name, `Xã Bản Sao ${i}`);
    }
  } finally {
    onStandby(sen.db, 'SELECT pg_wal_replay_resume()');
  }
});

test('killing the standby in the middle of reads and writes fails no request', { skip }, async () => {
  const failures = [];
  let sent = 0;
  const one = async (i) => {
    const r = i % 5 === 0
      ? await sen.request('POST', '/api/v1/tasks', { title: `Việc số ${i}`, lead_unit: '18073', deadline: '2026-12-31' })
      : await sen.request('GET', ['/api/v1/units?at=2022-12-31', '/api/v1/scorecard?unit=436&period=2022', '/api/v1/tasks?limit=50', '/api/v1/petitions'][i % 4]);
    ++sent;
    if (r.status >= 300) failures.push(`${r.status} ${r.text.slice(0, 200)}`);
  };
  const traffic = (async () => {
    for (let i = 0; i < 240; i += 4) await Promise.all([one(i), one(i + 1), one(i + 2), one(i + 3)]);
  })();
  while (sent < 60) await sleep(10);
  standby('standby-kill');
  await traffic;
  standby('standby-start');  // for the suite's later files
  assert.deepEqual(failures, []);
  assert.match(sen.stderr(), /read replica .* skipped/);
});
