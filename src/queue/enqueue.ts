import type { JobsOptions, Queue } from 'bullmq';
import type { Article } from '../core/article.js';
import type { Issue } from '../core/result.js';
import { toArticle } from '../ingest/article.js';
import { readInputs } from '../ingest/read.js';
import type { QueueConfig } from './connection.js';
import type { Limits } from '../config.js';
import { DEFAULT_LIMITS } from '../config.js';
import { jobIdOf } from './connection.js';

/** Jobs per Redis round trip when enqueueing. */
const ENQUEUE_BATCH = 200;

/** What `ingest --queue` did. */
export interface EnqueueSummary {
  /** Articles handed to the queue (a job id already queued or kept as done is not added again). */
  sent: number;
  /** Same text twice in this run: sent once. */
  repeats: number;
  skipped: Issue[];
}

/**
 * Retry and retention of every article job: exponential backoff, failed jobs
 * kept (the dead-letter list, with their reason) until retried or cleaned,
 * done jobs kept for a while so re-enqueueing the same text is a no-op.
 */
export function jobOptions(cfg: QueueConfig): JobsOptions {
  return {
    attempts: cfg.attempts,
    backoff: { type: 'exponential', delay: cfg.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 50_000 },
    removeOnFail: false,
  };
}

/** Enqueues articles; job ids are content hashes, so duplicates collapse in Redis. */
export async function enqueueArticles(queue: Pick<Queue, 'addBulk'>, cfg: QueueConfig, articles: Article[]): Promise<void> {
  const opts = jobOptions(cfg);
  await queue.addBulk(articles.map((a) => ({ name: 'code', data: a, opts: { ...opts, jobId: jobIdOf(a.id) } })));
}

/** Hooks so the CLI can show progress without this module knowing terminals. */
export interface EnqueueHooks {
  onArticle?(): void;
  onSkip?(issue: Issue): void;
  onWarning?(issue: Issue): void;
}

/**
 * Reads files, folders, feeds or stdin exactly as `ingest` does, with the
 * same `limits` (config.limits: file bytes, article characters), and
 * enqueues each article.
 */
export async function enqueuePaths(
  queue: Pick<Queue, 'addBulk'>,
  cfg: QueueConfig,
  paths: string[],
  hooks: EnqueueHooks = {},
  stdin?: NodeJS.ReadableStream,
  limits: Limits = DEFAULT_LIMITS,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { sent: 0, repeats: 0, skipped: [] };
  const skip = (i: Issue): void => {
    summary.skipped.push(i);
    hooks.onSkip?.(i);
  };
  const seen = new Set<string>();
  let batch: Article[] = [];
  const flush = async (): Promise<void> => {
    await enqueueArticles(queue, cfg, batch);
    summary.sent += batch.length;
    batch = [];
  };
  for await (const item of readInputs(paths, stdin ? { stdin, limits } : { limits })) {
    if (item.kind === 'skip') {
      skip(item.issue);
      continue;
    }
    for (const w of item.warnings ?? []) hooks.onWarning?.({ ...w, where: w.where ?? item.raw.origin });
    const art = toArticle(item.raw, limits.articleChars);
    if (!art.ok) {
      for (const i of art.issues) skip({ ...i, where: i.where ?? item.raw.origin });
      continue;
    }
    // A cut article (E114) is queued cut, and said so, as ingest does.
    for (const w of art.warnings ?? []) hooks.onWarning?.({ ...w, where: w.where ?? item.raw.origin });
    hooks.onArticle?.();
    if (seen.has(art.value.id)) {
      summary.repeats++;
      continue;
    }
    seen.add(art.value.id);
    batch.push(art.value);
    if (batch.length >= ENQUEUE_BATCH) await flush();
  }
  if (batch.length) await flush();
  return summary;
}

/** The one-line summary of `ingest --queue`. */
export function formatEnqueueSummary(s: EnqueueSummary, queueName: string): string {
  const byCode = new Map<string, number>();
  for (const i of s.skipped) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
  const reasons = [...byCode].map(([c, n]) => `${c}×${n}`).join(', ');
  return (
    `queued ${s.sent} articles on "${queueName}" (${s.repeats} repeated in the input); skipped ${s.skipped.length}` +
    (reasons ? ` (${reasons})` : '')
  );
}
