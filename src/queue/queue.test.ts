import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { makeConfig } from '../config.js';
import type { Config } from '../config.js';
import { buildDefaultPipeline } from '../pipeline/default.js';
import type { DefaultPipeline } from '../pipeline/default.js';
import { toArticle } from '../ingest/article.js';
import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import type { SaveResult, Store } from '../store/store.js';
import { articleQueue, connectRedis, jobIdOf } from './connection.js';
import { enqueueArticles } from './enqueue.js';
import { articleOfJob, startWorker } from './work.js';
import { perMinute, queueStatus, formatStatus } from './status.js';
import { TEST_REDIS, until } from './testkit.case.js';

function article(text: string): Article {
  const a = toArticle({ text, origin: 'test' });
  assert.ok(a.ok);
  return a.value;
}

describe('queue pieces without Redis', () => {
  it('accepts only an article whose id is the hash of its text', () => {
    const a = article('Our own sentence: the ministry met the envoy on Monday.');
    assert.equal(articleOfJob('j', a), a);
    const forged = articleOfJob('j', { ...a, text: a.text + ' More.' });
    assert.ok('code' in forged && forged.code === 'E612');
    const empty = articleOfJob('j', null);
    assert.ok('code' in empty && empty.code === 'E612');
  });

  it('derives job ids from the content hash, never all digits', () => {
    assert.equal(jobIdOf('0123'), 'art-0123');
  });

  it('averages the newest per-minute points', () => {
    assert.equal(perMinute([6, 2, 4], 2), 4);
    assert.equal(perMinute([], 15), 0);
  });

  it('rejects a malformed queue setting as a coded issue', () => {
    const c = makeConfig({ queue: { lockMs: Number('soon') } });
    assert.ok(!c.ok && c.issues[0]!.code === 'E903');
  });

  it('fails with E611 when Redis cannot be reached', async () => {
    const c = makeConfig({ queue: { redis: 'redis://127.0.0.1:1' } });
    assert.ok(c.ok);
    const r = await connectRedis(c.value.queue);
    assert.ok(!r.ok && r.issues[0]!.code === 'E611');
  });
});

/** A store that refuses the first `refusals` saves (a database going away), then takes them. */
function flakyStore(refusals: number): Store & { saved: Doc[] } {
  const saved: Doc[] = [];
  let left = refusals;
  const stub = {
    kind: 'postgres' as const,
    saved,
    hasArticle: async (id: string) => saved.some((d) => d.article.id === id),
    saveDoc: async (doc: Doc): Promise<SaveResult> => {
      if (left-- > 0) throw new Error('connection terminated');
      saved.push(doc);
      return { inserted: true, sentences: doc.sentences.length, events: doc.events.length };
    },
    // Filing the stored article into its story: no earlier copies here.
    storyCandidates: async () => [],
    setStories: async () => undefined,
  };
  // Only the methods a worker calls exist; any other call is a bug this test should see.
  return stub as unknown as Store & { saved: Doc[] };
}

describe('queue retries and dead letters (Redis)', () => {
  let skip: string | null = null;
  let redis: Redis | null = null;
  let config: Config;
  let pipeline: DefaultPipeline;
  const queues: Queue[] = [];

  before(async () => {
    const made = makeConfig({
      queue: { redis: TEST_REDIS, prefix: `dwtest_retry_${process.pid}_${Date.now().toString(36)}`, attempts: 3, backoffMs: 20, lockMs: 2000 },
    });
    assert.ok(made.ok);
    config = made.value;
    const conn = await connectRedis(config.queue);
    if (!conn.ok) {
      skip = `no Redis at ${TEST_REDIS}: ${conn.issues[0]!.message}`;
      return;
    }
    redis = conn.value;
    const p = buildDefaultPipeline(config);
    assert.ok(p.ok);
    pipeline = p.value;
  });

  after(async () => {
    for (const q of queues) {
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
    }
    redis?.disconnect();
  });

  /** A fresh queue of its own per test, and a worker on it over `store`. */
  async function run(name: string, store: Store, jobs: (q: Queue, cfg: Config['queue']) => Promise<void>, settled: (q: Queue) => Promise<boolean>) {
    const cfg = { ...config.queue, name };
    const q = articleQueue(cfg, redis!);
    queues.push(q);
    await jobs(q, cfg);
    const w = startWorker(cfg, redis!, pipeline, store);
    await until(() => settled(q), 60_000);
    await w.stop();
    return { q, tally: w.tally };
  }

  it('retries a failed save with backoff, then stores the article once', async (t) => {
    if (skip) return t.skip(skip);
    const store = flakyStore(2);
    const a = article('Our own text. Ruritania delivered drones to Freedonia on Monday, officials said.');
    const { q } = await run('flaky', store, (q, cfg) => enqueueArticles(q, cfg, [a, a]), async (q) => (await q.getCompletedCount()) === 1);
    const job = await q.getJob(jobIdOf(a.id));
    assert.equal(job?.attemptsMade, 3, 'two refusals, then the save');
    assert.equal(store.saved.length, 1, 'the same text enqueued twice is one job');
  });

  it('dead-letters a job that keeps failing, with its reason, and one that is not an article at once', async (t) => {
    if (skip) return t.skip(skip);
    const a = article('Our own text about a meeting that the store will never take.');
    const { q, tally } = await run(
      'dead',
      flakyStore(Infinity),
      async (q, cfg) => {
        await enqueueArticles(q, cfg, [a]);
        await q.add('code', { text: 'not hashed' }, { jobId: 'art-forged', attempts: 3 });
      },
      async (q) => (await q.getFailedCount()) === 2,
    );
    const dead = await q.getJob(jobIdOf(a.id));
    assert.equal(dead?.attemptsMade, 3);
    assert.match(dead?.failedReason ?? '', /connection terminated/);
    const forged = await q.getJob('art-forged');
    assert.equal(forged?.attemptsMade, 1, 'input faults are not retried');
    assert.match(forged?.failedReason ?? '', /^E612 /);
    assert.equal(tally.failedAttempts, 4);
    const status = await queueStatus(q, 10);
    assert.equal(status.counts.failed, 2);
    assert.deepEqual(status.failures.map((f) => f.id).sort(), [jobIdOf(a.id), 'art-forged'].sort());
    assert.match(formatStatus(status), /dead-letter list/);
  });
});
