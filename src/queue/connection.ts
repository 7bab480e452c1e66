import { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import type { Config } from '../config.js';
import type { Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';

/** The queue settings of the validated config. */
export type QueueConfig = Config['queue'];

/** Redis URL without its password, for messages. */
export function redisTarget(cfg: QueueConfig): string {
  return cfg.redis.replace(/\/\/[^@/]*@/, '//');
}

/**
 * A Redis client as BullMQ wants it: no per-command retry limit (workers
 * block on Redis and must wait out a restart rather than fail their jobs).
 * BullMQ's ESM build cannot load ioredis itself, so we hand it a client.
 */
export function redisClient(cfg: QueueConfig): Redis {
  const client = new Redis(cfg.redis, { maxRetriesPerRequest: null, lazyConnect: true });
  // Connection errors surface as rejected commands; unhandled 'error' events would crash the process.
  client.on('error', () => undefined);
  return client;
}

/** Connects a client, failing with E611 instead of retrying forever when Redis is not there. */
export async function connectRedis(cfg: QueueConfig): Promise<Result<Redis>> {
  const client = redisClient(cfg);
  try {
    await withTimeout(client.connect(), 5000);
    await client.ping();
    return ok(client);
  } catch (e) {
    client.disconnect();
    return fail(issue('E611', { target: redisTarget(cfg), detail: (e instanceof Error ? e.message : String(e)).replace(/\.$/, '') }));
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** The article queue on an open connection; close() it (the connection stays the caller's). */
export function articleQueue(cfg: QueueConfig, connection: Redis): Queue {
  return new Queue(cfg.name, { connection, prefix: cfg.prefix });
}

/**
 * The job id of an article: its content hash, so the same text enqueued twice
 * (from two machines, or a re-run) is one job. Prefixed because BullMQ refuses
 * all-digit custom ids.
 */
export function jobIdOf(articleId: string): string {
  return `art-${articleId}`;
}
