import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { main } from '../main.js';
import type { Io } from '../context.js';
import { PACKAGE_ROOT } from '../../config.js';
import { makeConfig } from '../../config.js';
import { articleQueue, connectRedis } from '../../queue/connection.js';
import { TEST_REDIS } from '../../queue/testkit.case.js';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), isTTY: false };
}

test('queue commands without Redis fail with E611 and exit 1', async () => {
  const io = capture();
  assert.equal(await main(['queue'], io, { DYADWATCH_REDIS: 'redis://127.0.0.1:1' }), 1);
  assert.match(io.stderr.join('\n'), /^E611 /);
  assert.equal(await main(['ingest', '--queue', 'x.txt'], capture(), { DYADWATCH_REDIS: 'redis://127.0.0.1:1' }), 1);
});

test('a malformed queue setting is a usage error', async () => {
  const io = capture();
  assert.equal(await main(['queue'], io, { DYADWATCH_QUEUE_LOCK_MS: 'soon' }), 2);
  assert.match(io.stderr.join('\n'), /E903 .*queue\.lockMs/);
});

test('ingest --queue enqueues the demo articles once; queue shows them waiting', async (t) => {
  const prefix = `dwtest_cli_${process.pid}_${Date.now().toString(36)}`;
  const env = { DYADWATCH_REDIS: TEST_REDIS, DYADWATCH_QUEUE_PREFIX: prefix };
  const cfg = makeConfig({ queue: { redis: TEST_REDIS, prefix } });
  assert.ok(cfg.ok);
  const conn = await connectRedis(cfg.value.queue);
  if (!conn.ok) return t.skip(`no Redis at ${TEST_REDIS}`);
  const queue = articleQueue(cfg.value.queue, conn.value);
  try {
    const demo = path.join(PACKAGE_ROOT, 'demo', 'articles');
    const sent: number[] = [];
    for (let run = 0; run < 2; run++) {
      const io = capture();
      assert.equal(await main(['ingest', '--queue', demo], io, env), 0);
      const m = /^queued (\d+) articles on "articles"/.exec(io.stdout.join('\n'));
      assert.ok(m);
      sent.push(Number(m[1]));
    }
    const io = capture();
    assert.equal(await main(['queue', '--json'], io, env), 0);
    const status = JSON.parse(io.stdout.join('\n')) as { counts: { waiting: number } };
    const waiting = await queue.getWaitingCount();
    assert.ok(sent[0]! >= 8, 'the demo articles');
    assert.deepEqual([waiting, status.counts.waiting], [sent[0], sent[0]], 'enqueued twice, queued once (job ids are content hashes)');
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
    conn.value.disconnect();
  }
});
