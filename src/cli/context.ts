import type { Config, ConfigInput } from '../config.js';
import { makeConfig } from '../config.js';
import type { Result } from '../core/result.js';
import type { Issue } from '../core/result.js';
import { ok } from '../core/result.js';
import type { Store } from '../store/store.js';
import { openStore } from '../store/open.js';
import type { Parsed } from './args.js';

/** Where a command writes: injectable so tests run commands in-process. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
  stdin?: NodeJS.ReadableStream;
}

/** The config a command runs with: --db / --postgres over env over defaults. */
export function configFromArgs(v: Parsed['values'], env: NodeJS.ProcessEnv): Result<Config> {
  const pg = v.postgres ?? env.DYADWATCH_POSTGRES;
  const port = v.port ?? env.DYADWATCH_PORT;
  return makeConfig({
    store: pg ? { kind: 'postgres', url: pg } : { kind: 'sqlite', path: v.db ?? env.DYADWATCH_DB ?? 'dyadwatch.db' },
    queue: queueFromArgs(v, env),
    server: {
      host: v.host ?? '127.0.0.1',
      ...(port !== undefined ? { port: Number(port) } : {}),
      token: env.DYADWATCH_TOKEN ?? null,
    },
    follow: { allowHosts: (env.DYADWATCH_ALLOW_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean) },
  });
}

/** Numbers from the environment: a non-number stays NaN so validation names it. */
const num = (x: string | undefined): number | undefined => (x === undefined || x === '' ? undefined : Number(x));

/** The queue settings: --redis / --concurrency over DYADWATCH_REDIS, DYADWATCH_QUEUE_* over defaults. */
function queueFromArgs(v: Parsed['values'], env: NodeJS.ProcessEnv): NonNullable<ConfigInput['queue']> {
  const entries = {
    redis: v.redis ?? env.DYADWATCH_REDIS,
    prefix: env.DYADWATCH_QUEUE_PREFIX,
    name: env.DYADWATCH_QUEUE_NAME,
    attempts: num(env.DYADWATCH_QUEUE_ATTEMPTS),
    backoffMs: num(env.DYADWATCH_QUEUE_BACKOFF_MS),
    lockMs: num(env.DYADWATCH_QUEUE_LOCK_MS),
    concurrency: num(v.concurrency ?? env.DYADWATCH_QUEUE_CONCURRENCY),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, x]) => x !== undefined));
}

/** Opens the configured store. */
export async function storeFor(config: Config): Promise<Result<Store>> {
  return openStore(config.store);
}

/** Prints coded issues, one per line, as `CODE message (where)`. */
export function formatIssues(issues: Issue[]): string {
  return issues.map((i) => `${i.code} ${i.message}${i.where ? ` (${i.where})` : ''}`).join('\n');
}

export { ok };
