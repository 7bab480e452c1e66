import type { Queue } from 'bullmq';

/** One job of the dead-letter (failed) list. */
export interface FailedJob {
  id: string;
  origin: string | null;
  reason: string;
  attempts: number;
  failedAt: string | null;
}

/** What `dyadwatch queue` shows. */
export interface QueueStatus {
  name: string;
  counts: { waiting: number; active: number; delayed: number; completed: number; failed: number };
  /** Articles per minute done and failed, over the last minute and the last 15 (from BullMQ's per-minute metrics). */
  rates: { done1: number; done15: number; failed1: number; failed15: number };
  /** Jobs done and failed since the metrics began. */
  totals: { done: number; failed: number };
  workers: number;
  failures: FailedJob[];
}

/** Mean of the newest `k` per-minute points (newest first); 0 when there are none. */
export function perMinute(points: readonly number[], k: number): number {
  const xs = points.slice(0, k);
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}

/** Reads depth, rates, connected workers and the newest `failures` dead-lettered jobs. */
export async function queueStatus(queue: Queue, failures: number): Promise<QueueStatus> {
  const [c, done, failed, workers, failedJobs] = await Promise.all([
    queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed'),
    queue.getMetrics('completed', 0, 14),
    queue.getMetrics('failed', 0, 14),
    queue.getWorkersCount(),
    failures > 0 ? queue.getFailed(0, failures - 1) : Promise.resolve([]),
  ]);
  return {
    name: queue.name,
    counts: {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
    },
    rates: {
      done1: perMinute(done.data, 1),
      done15: perMinute(done.data, 15),
      failed1: perMinute(failed.data, 1),
      failed15: perMinute(failed.data, 15),
    },
    totals: { done: done.meta.count, failed: failed.meta.count },
    workers,
    failures: failedJobs.filter(Boolean).map((j) => ({
      id: String(j.id),
      origin: typeof j.data?.origin === 'string' ? j.data.origin : null,
      reason: j.failedReason ?? '',
      attempts: j.attemptsMade,
      failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
    })),
  };
}

/** The human-readable form of a status. */
export function formatStatus(s: QueueStatus): string {
  const c = s.counts;
  const r = (x: number): string => x.toFixed(x < 10 ? 1 : 0);
  const lines = [
    `queue ${s.name}: ${c.waiting} waiting, ${c.active} active, ${c.delayed} delayed (retry backoff), ${c.completed} done (kept), ${c.failed} failed`,
    `workers connected: ${s.workers}`,
    `articles/min done: ${r(s.rates.done1)} last full minute, ${r(s.rates.done15)} over 15 min; failed: ${r(s.rates.failed1)}, ${r(s.rates.failed15)}`,
    `since metrics began: ${s.totals.done} done, ${s.totals.failed} failed`,
  ];
  if (s.failures.length) {
    lines.push(`dead-letter list (newest ${s.failures.length}; \`dyadwatch queue --retry-failed\` puts them back):`);
    for (const f of s.failures) lines.push(`  ${f.id} ${f.origin ?? ''} after ${f.attempts} attempts at ${f.failedAt ?? '?'}: ${f.reason}`);
  }
  return lines.join('\n');
}
