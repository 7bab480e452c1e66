import os from 'node:os';
import { Worker, UnrecoverableError, MetricsTime } from 'bullmq';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Article } from '../core/article.js';
import type { Issue } from '../core/result.js';
import { issue } from '../core/errors.js';
import { contentId } from '../ingest/normalize.js';
import { fileStory } from '../stories/story.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import type { QueueConfig } from './connection.js';

/** What a worker has done since it started. */
export interface WorkerTally {
  /** Articles coded and newly stored. */
  stored: number;
  /** Articles found already stored (a redelivered or re-enqueued job): nothing written. */
  already: number;
  events: number;
  /** Attempts that threw (each is retried or dead-lettered by BullMQ). */
  failedAttempts: number;
}

/** A running worker: stop() finishes the articles in hand, then lets go of Redis. */
export interface WorkerHandle {
  readonly name: string;
  readonly tally: WorkerTally;
  stop(): Promise<void>;
}

/** What a job returns into Redis (kept small: done jobs are retained for dedupe). */
export interface JobOutcome {
  inserted: boolean;
  events: number;
}

const issueText = (is: Issue[]): string => is.map((i) => `${i.code} ${i.message}`).join('; ');

/**
 * Checks a job's payload is an article whose id is the hash of its text: a
 * job someone else wrote, or a truncated one, must not reach the store.
 */
export function articleOfJob(jobId: string, data: unknown): Article | Issue {
  const a = data as Partial<Article> | null;
  const bad = (detail: string): Issue => issue('E612', { job: jobId, detail });
  if (!a || typeof a !== 'object') return bad('no object');
  if (typeof a.id !== 'string' || typeof a.text !== 'string' || typeof a.origin !== 'string') return bad('id, text or origin missing');
  if (contentId(a.text) !== a.id) return bad(`id ${a.id} is not the hash of its text`);
  return a as Article;
}

/**
 * Codes one article and saves it. The save is idempotent (the article row is
 * inserted ON CONFLICT DO NOTHING in the same statement as its events), so a
 * redelivered job writes nothing twice. Input faults are unrecoverable (straight
 * to the failed list with their reason); anything else is retried with backoff.
 */
export async function processArticle(pipeline: Pipeline, store: Store, job: Pick<Job, 'id' | 'data'>, tally: WorkerTally, budgetMs?: number): Promise<JobOutcome> {
  const article = articleOfJob(String(job.id), job.data);
  if ('code' in article) throw new UnrecoverableError(issueText([article]));
  if (await store.hasArticle(article.id)) {
    tally.already++;
    return { inserted: false, events: 0 };
  }
  // Over config.limits.articleMs the article fails (E204) into the dead-letter list with its reason.
  const doc = pipeline.process(article, budgetMs);
  if (!doc.ok) throw new UnrecoverableError(issueText(doc.issues));
  const saved = await store.saveDoc(doc.value);
  if (saved.inserted) {
    // Near-copies fold into their story as with any ingest; a crash before this is filed by the next ingest or follow.
    await fileStory(store, doc.value.article, doc.value.events);
    tally.stored++;
    tally.events += saved.events;
  } else tally.already++;
  return { inserted: saved.inserted, events: saved.events };
}

/**
 * Starts a BullMQ worker on the article queue. A job is locked for
 * `lockMs` and the lock renewed while it runs; when a worker dies (kill -9,
 * a lost machine) the lock lapses and the stalled-job check of any live
 * worker puts the job back, so nothing is lost (at-least-once delivery).
 */
export function startWorker(cfg: QueueConfig, connection: Redis, pipeline: Pipeline, store: Store, budgetMs?: number): WorkerHandle {
  const tally: WorkerTally = { stored: 0, already: 0, events: 0, failedAttempts: 0 };
  const name = `${os.hostname()}:${process.pid}`;
  const worker = new Worker<Article, JobOutcome>(cfg.name, (job) => processArticle(pipeline, store, job, tally, budgetMs), {
    connection,
    prefix: cfg.prefix,
    name,
    concurrency: cfg.concurrency,
    lockDuration: cfg.lockMs,
    stalledInterval: Math.max(250, Math.floor(cfg.lockMs / 2)),
    // A job whose workers keep dying (an article that crashes the process) is failed, not retried forever.
    maxStalledCount: 3,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  worker.on('failed', () => tally.failedAttempts++);
  // Redis going away is reported by the commands that fail; the worker reconnects by itself.
  worker.on('error', () => undefined);
  return {
    name,
    tally,
    stop: () => worker.close(),
  };
}

/** The line a worker prints when it stops. */
export function formatTally(name: string, t: WorkerTally): string {
  return `worker ${name}: stored ${t.stored} articles (${t.already} already stored), ${t.events} events; ${t.failedAttempts} failed attempts`;
}
