import type { Config } from '../../config.js';
import type { Io } from '../context.js';
import { formatIssues } from '../context.js';
import { articleQueue, connectRedis } from '../../queue/connection.js';
import { enqueuePaths, formatEnqueueSummary } from '../../queue/enqueue.js';
import { formatStatus, queueStatus } from '../../queue/status.js';
import { readingHooks } from './ingest.js';
import type { Queue } from 'bullmq';

/** Opens the configured queue, runs `f`, closes both; 1 when Redis cannot be reached. */
async function withQueue(config: Config, io: Io, f: (q: Queue) => Promise<0 | 1>): Promise<0 | 1> {
  const conn = await connectRedis(config.queue);
  if (!conn.ok) {
    io.err(formatIssues(conn.issues));
    return 1;
  }
  const queue = articleQueue(config.queue, conn.value);
  try {
    return await f(queue);
  } finally {
    await queue.close();
    conn.value.disconnect();
  }
}

/** `dyadwatch ingest --queue PATH...`: reads articles as ingest does and enqueues them for `dyadwatch worker`. */
export async function enqueueCommand(config: Config, paths: string[], io: Io): Promise<0 | 1> {
  return withQueue(config, io, async (queue) => {
    const reading = readingHooks(io, 'queue');
    const summary = await enqueuePaths(queue, config.queue, paths, reading.hooks, io.stdin, config.limits);
    reading.finish();
    io.out(formatEnqueueSummary(summary, config.queue.name));
    return 0;
  });
}

/** `dyadwatch queue`: depth, rates, workers and the dead-letter list; --retry-failed requeues it. */
export async function queueCommand(config: Config, io: Io, opts: { failures: number; retryFailed: boolean; json: boolean }): Promise<0 | 1> {
  return withQueue(config, io, async (queue) => {
    if (opts.retryFailed) {
      const before = await queue.getFailedCount();
      await queue.retryJobs({ state: 'failed' });
      io.err(`queue: ${before} failed jobs put back in the queue`);
    }
    const status = await queueStatus(queue, opts.failures);
    io.out(opts.json ? JSON.stringify(status, null, 2) : formatStatus(status));
    return 0;
  });
}
