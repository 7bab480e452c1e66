import type { Config } from '../../config.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import type { Store } from '../../store/store.js';
import type { Io } from '../context.js';
import { formatIssues } from '../context.js';
import { connectRedis, redisTarget } from '../../queue/connection.js';
import { formatTally, startWorker } from '../../queue/work.js';

/** Resolves on the first SIGTERM or SIGINT (Ctrl-C); a second one is left to Node (immediate exit). */
export function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string): void => {
      process.off('SIGTERM', on);
      process.off('SIGINT', on);
      resolve(sig);
    };
    process.once('SIGTERM', on);
    process.once('SIGINT', on);
  });
}

/**
 * `dyadwatch worker`: codes queued articles into the store until stopped.
 * On SIGTERM it takes no new job, finishes (and acknowledges) the ones in
 * hand, then exits 0; anything it could not finish is redelivered elsewhere.
 */
export async function workerCommand(config: Config, pipeline: Pipeline, store: Store, io: Io, stop: Promise<string> = stopSignal()): Promise<0 | 1> {
  const conn = await connectRedis(config.queue);
  if (!conn.ok) {
    io.err(formatIssues(conn.issues));
    return 1;
  }
  const q = config.queue;
  const handle = startWorker(q, conn.value, pipeline, store, config.limits.articleMs);
  io.err(`worker ${handle.name}: queue ${q.prefix}:${q.name} at ${redisTarget(q)}, ${store.kind} store, ${q.concurrency} at a time; SIGTERM stops it cleanly`);
  const sig = await stop;
  io.err(`worker ${handle.name}: ${sig}, finishing the articles in hand`);
  await handle.stop();
  conn.value.disconnect();
  io.out(formatTally(handle.name, handle.tally));
  return 0;
}
