import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QueueEvents } from 'bullmq';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { makeConfig } from '../config.js';
import type { Config } from '../config.js';
import { buildDefaultPipeline } from '../pipeline/default.js';
import { ingestPaths } from '../pipeline/ingest.js';
import { openPostgresStore } from '../store/postgres/postgres.js';
import type { Store } from '../store/store.js';
import { PACKAGE_ROOT } from '../config.js';
import { articleQueue, connectRedis } from './connection.js';
import { enqueuePaths } from './enqueue.js';
import { servicesOrSkip, scratchDatabase, eventKeys, until } from './testkit.case.js';

/**
 * The queue's promise, end to end with real processes: workers started as
 * separate `dyadwatch worker` processes, one killed with SIGKILL while it
 * holds articles, must leave the PostgreSQL store with exactly the events a
 * single-process ingest of the same articles gives: nothing lost, nothing twice.
 */

const CLI = path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts');
/** Copies of each demo article (our own texts), each with a distinct closing line, so the run lasts long enough to kill a worker in it. */
const COPIES = 20;

/** Writes COPIES variants of each demo article into `dir`; distinct texts, distinct hashes, same events. */
function writeArticles(dir: string): number {
  const src = path.join(PACKAGE_ROOT, 'demo', 'articles');
  let n = 0;
  for (const f of readdirSync(src).filter((x) => x.endsWith('.txt') || x.endsWith('.md'))) {
    const text = readFileSync(path.join(src, f), 'utf8');
    for (let k = 0; k < COPIES; k++) {
      writeFileSync(path.join(dir, `${k}-${f.replace(/\.md$/, '.txt')}`), `${text.trimEnd()}\n\nArchive copy number ${k + 1}.\n`);
      n++;
    }
  }
  return n;
}

interface WorkerProc {
  child: ChildProcess;
  name: string;
  exit: Promise<number | null>;
  out: () => string;
}

function spawnWorker(env: NodeJS.ProcessEnv): WorkerProc {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, name: `${os.hostname()}:${child.pid}`, exit, out: () => out };
}

describe('queue workers as processes, one killed with kill -9', () => {
  let skip: string | null = null;
  let db: Awaited<ReturnType<typeof scratchDatabase>> | null = null;
  let redis: Redis | null = null;
  let queue: Queue | null = null;
  let dir = '';
  let config: Config;
  const procs: WorkerProc[] = [];

  before(async () => {
    skip = await servicesOrSkip();
    if (skip) return;
    db = await scratchDatabase('dw_queue_kill');
    const prefix = `dwtest_kill_${process.pid}_${Date.now().toString(36)}`;
    const made = makeConfig({ store: { kind: 'postgres', url: db.url }, queue: { prefix, name: 'articles', lockMs: 1500, concurrency: 2 } });
    assert.ok(made.ok);
    config = made.value;
    const conn = await connectRedis(config.queue);
    assert.ok(conn.ok);
    redis = conn.value;
    queue = articleQueue(config.queue, redis);
    dir = mkdtempSync(path.join(os.tmpdir(), 'dw-queue-kill-'));
  });

  after(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    redis?.disconnect();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stores every article once and the same events as a single-process ingest', async (t) => {
    if (skip) return t.skip(skip);
    const n = writeArticles(dir);
    const summary = await enqueuePaths(queue!, config.queue, [dir]);
    assert.equal(summary.sent, n);

    const env = {
      ...process.env,
      DYADWATCH_POSTGRES: db!.url,
      DYADWATCH_QUEUE_PREFIX: config.queue.prefix,
      DYADWATCH_QUEUE_NAME: config.queue.name,
      DYADWATCH_QUEUE_LOCK_MS: String(config.queue.lockMs),
      DYADWATCH_QUEUE_CONCURRENCY: String(config.queue.concurrency),
    };
    const events = new QueueEvents(config.queue.name, { connection: redis!.duplicate(), prefix: config.queue.prefix });
    const stalled = new Set<string>();
    events.on('stalled', ({ jobId }) => stalled.add(jobId));
    await events.waitUntilReady();

    // The victim works alone until it has finished a few articles and holds more.
    const victim = spawnWorker(env);
    procs.push(victim);
    let held: string[] = [];
    await until(async () => {
      const done = await queue!.getCompletedCount();
      held = (await queue!.getActive()).filter((j) => j.processedBy === victim.name).map((j) => String(j.id));
      return done >= 3 && held.length > 0;
    }, 120_000);
    victim.child.kill('SIGKILL');
    assert.equal(await victim.exit, null, 'killed by a signal, not exited');
    const waitingAtKill = await queue!.getWaitingCount();
    assert.ok(waitingAtKill > 0, 'the kill came mid-run');

    // Two survivors finish the queue, recovering the victim's jobs once its locks lapse.
    const survivors = [spawnWorker(env), spawnWorker(env)];
    procs.push(...survivors);
    await until(async () => {
      const c = await queue!.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
      return c.completed! + c.failed! === n && c.active === 0;
    }, 300_000);
    for (const s of survivors) s.child.kill('SIGTERM');
    for (const s of survivors) assert.equal(await s.exit, 0, `clean exit on SIGTERM: ${s.out()}`);
    for (const s of survivors) assert.match(s.out(), /stored \d+ articles/);
    await events.close();

    assert.equal(await queue!.getFailedCount(), 0, 'no job in the dead-letter list');
    assert.ok(held.some((id) => stalled.has(id)), `a job the victim held was recovered as stalled (held ${held.join(', ')}; stalled ${[...stalled].join(', ')})`);

    const queued = await openPostgresStore(db!.url, 'dyadwatch');
    const single = await openPostgresStore(db!.url, 'single_process');
    assert.ok(queued.ok && single.ok);
    try {
      const built = buildDefaultPipeline(config);
      assert.ok(built.ok);
      const ref = await ingestPaths(built.value, single.value, [dir]);
      assert.equal(ref.articles, n);
      const [a, b] = [await queued.value.stats(), await single.value.stats()];
      assert.equal(a.articles, n, 'every article stored, none twice');
      assert.deepEqual(a, b);
      const [got, want] = [await eventKeys(queued.value), await eventKeys(single.value)];
      assert.ok(want.length > 0);
      assert.deepEqual(got, want);
    } finally {
      await closeAll([queued.value, single.value]);
    }
  });
});

async function closeAll(stores: (Store | undefined)[]): Promise<void> {
  for (const s of stores) await s?.close();
}
