import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Result } from './core/result.js';
import { ok, fail } from './core/result.js';
import { issue } from './core/errors.js';

/** Root of the installed package (holds dictionaries/, demo/, web/dist). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The one validated configuration object. Defaults sit under user options;
 * it is passed explicitly to whatever needs it (no module-level mutable state).
 */
export const ConfigSchema = z.object({
  store: z
    .object({
      kind: z.enum(['sqlite', 'postgres']).default('sqlite'),
      /** SQLite file path; ":memory:" for tests. */
      path: z.string().default('dyadwatch.db'),
      /** PostgreSQL connection string when kind is postgres. */
      url: z.string().default('postgres://127.0.0.1:5432/test'),
      /** PostgreSQL schema, so tests can isolate themselves. */
      schema: z.string().default('dyadwatch'),
    })
    .prefault({}),
  /** The Redis-backed job queue of `ingest --queue`, `worker` and `queue` (BullMQ). */
  queue: z
    .object({
      /** Redis connection URL, e.g. redis://:password@host:6379/0. */
      redis: z.string().default('redis://127.0.0.1:6379'),
      /** Key prefix in Redis, so several deployments (or test runs) can share one server. */
      prefix: z.string().regex(/^[A-Za-z0-9_.-]+$/).default('dyadwatch'),
      /** Queue name under the prefix. */
      name: z.string().regex(/^[A-Za-z0-9_.-]+$/).default('articles'),
      /** Tries per job before it lands in the dead-letter (failed) list. */
      attempts: z.number().int().min(1).max(100).default(5),
      /** First retry delay; each further retry doubles it (exponential backoff). */
      backoffMs: z.number().int().min(0).default(2000),
      /** How long a worker's lock on a job lasts unrenewed: a killed worker's job is recovered after about this long. */
      lockMs: z.number().int().min(500).default(30000),
      /** Articles one worker process codes at once (coding is on one thread; more overlaps the database round trips). */
      concurrency: z.number().int().min(1).max(64).default(4),
    })
    .prefault({}),
  dictionariesDir: z.string().default(path.join(PACKAGE_ROOT, 'dictionaries')),
  /** Learned models (models/plv-pairs.json: the PLOVER pair classifier). */
  modelsDir: z.string().default(path.join(PACKAGE_ROOT, 'models')),
  server: z
    .object({
      host: z.string().default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(8787),
      token: z.string().nullable().default(null),
    })
    .prefault({}),
});

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

/** Validates user options and fills defaults. */
export function makeConfig(input: ConfigInput = {}): Result<Config> {
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return fail(issue('E903', { detail }));
  }
  return ok(parsed.data);
}
