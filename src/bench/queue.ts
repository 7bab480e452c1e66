/**
 * `npm run bench:queue`: articles/s through the Redis queue into PostgreSQL
 * with 1 and 2 `dyadwatch worker` processes (compiled CLI), on a slice of the
 * news corpus. Each run gets a fresh database and queue prefix of its own.
 * Usage: npm run bench:queue [-- CORPUS.jsonl.gz] [--limit 2000] [--workers 1,2]
 * Needs Redis and PostgreSQL (DYADWATCH_REDIS, DYADWATCH_TEST_PG for the server to create databases on).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { makeConfig, PACKAGE_ROOT } from '../config.js';
import type { Config } from '../config.js';
import type { Article } from '../core/article.js';
import { toArticle } from '../ingest/article.js';
import { articleQueue, connectRedis } from '../queue/connection.js';
import { enqueueArticles } from '../queue/enqueue.js';
import { scratchDatabase } from '../queue/scratch.js';

/** The first `limit` distinct articles of a JSONL(.gz) corpus. */
async function readArticles(file: string, limit: number): Promise<Article[]> {
  const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const byId = new Map<string, Article>();
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { text?: string; date?: string; published?: string; title?: string };
    if (typeof o.text !== 'string') continue;
    const a = toArticle({ text: o.text, published: o.published ?? o.date ?? null, title: o.title ?? null, origin: `${file}:${byId.size + 1}` });
    if (a.ok) byId.set(a.value.id, a.value);
    if (byId.size >= limit) break;
  }
  return [...byId.values()];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU seconds a process has used (Linux /proc; 0 elsewhere): worker CPU per article does not move with the machine's load. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
const workersCpu = (ws: ChildProcess[]) => ws.reduce((s, w) => s + cpuSeconds(w.pid), 0);

/** Starts `k` compiled workers on `config`'s queue and store; resolves when all are connected. */
function startWorkers(k: number, config: Config, pgUrl: string): ChildProcess[] {
  const env = {
    ...process.env,
    DYADWATCH_POSTGRES: pgUrl,
    DYADWATCH_REDIS: config.queue.redis,
    DYADWATCH_QUEUE_PREFIX: config.queue.prefix,
    DYADWATCH_QUEUE_NAME: config.queue.name,
  };
  const bin = path.join(PACKAGE_ROOT, 'bin', 'dyadwatch.js');
  // Their start and stop lines are not the benchmark's output; errors would show as failed jobs.
  return Array.from({ length: k }, () => spawn(process.execPath, [bin, 'worker'], { env, stdio: 'ignore' }));
}

/** One measured run: k workers, a fresh database and queue; returns articles/s. */
async function run(k: number, articles: Article[]): Promise<number> {
  const db = await scratchDatabase(`dw_queue_bench_${k}`);
  const made = makeConfig({ queue: { redis: process.env.DYADWATCH_REDIS ?? 'redis://127.0.0.1:6379', prefix: `dwbench_${process.pid}_${k}` } });
  if (!made.ok) throw new Error('bad config');
  const config = made.value;
  const conn = await connectRedis(config.queue);
  if (!conn.ok) throw new Error(conn.issues[0]!.message);
  const queue = articleQueue(config.queue, conn.value);
  const workers = startWorkers(k, config, db.url);
  try {
    // Timing starts once every worker is connected and idle: start-up (dictionaries, migrations) is not throughput.
    while ((await queue.getWorkersCount()) < k) await sleep(100);
    const cpu0 = workersCpu(workers);
    const t0 = performance.now();
    for (let i = 0; i < articles.length; i += 500) await enqueueArticles(queue, config.queue, articles.slice(i, i + 500));
    let done = 0;
    while (done < articles.length) {
      await sleep(50);
      const c = await queue.getJobCounts('completed', 'failed');
      done = (c.completed ?? 0) + (c.failed ?? 0);
    }
    const ms = performance.now() - t0;
    const cpuMs = ((workersCpu(workers) - cpu0) * 1000) / articles.length;
    const failed = await queue.getFailedCount();
    console.log(`bench:queue: ${k} worker process${k > 1 ? 'es' : ''}: ${articles.length} articles in ${(ms / 1000).toFixed(1)} s, ` +
      `${Math.round((articles.length * 1000) / ms)} articles/s, worker CPU ${cpuMs.toFixed(1)} ms per article, ${failed} failed ` +
      `(load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
    return (articles.length * 1000) / ms;
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
    await queue.obliterate({ force: true });
    await queue.close();
    conn.value.disconnect();
    await db.drop();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { limit: { type: 'string', default: '2000' }, workers: { type: 'string', default: '1,2' } },
    allowPositionals: true,
  });
  const file = positionals[0] ?? path.resolve('..', 'shared', 'corpus', 'news-20k.jsonl.gz');
  if (!existsSync(file)) {
    console.error(`bench:queue: corpus not found at ${file}; pass a .jsonl(.gz) path`);
    process.exitCode = 1;
    return;
  }
  const articles = await readArticles(file, Number(values.limit));
  const rates: number[] = [];
  for (const k of values.workers.split(',').map(Number)) rates.push(await run(k, articles));
  if (rates.length > 1) console.log(`bench:queue: speed-up of the last over the first: ${(rates[rates.length - 1]! / rates[0]!).toFixed(2)}x`);
}

await main();
