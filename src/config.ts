import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Result } from './core/result.js';
import { ok, fail } from './core/result.js';
import { issue } from './core/errors.js';

/** Root of the installed package (holds dictionaries/, demo/, web/dist). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Limits on input size and time; each crossing is a coded skip or a coded warning, never a hang. */
export const LimitsSchema = z.object({
  /** Bytes read from one file (a JSON Lines file: from one line); a larger one is refused (E113). */
  fileBytes: z.number().int().positive().default(32 * 1024 * 1024),
  /** Characters of one article; a longer one is cut at a paragraph or sentence end, with warning E114. */
  articleChars: z.number().int().positive().default(200_000),
  /** Characters of one token (a run without whitespace); longer runs are hidden from the NLP, with warning E203. */
  tokenChars: z.number().int().positive().default(500),
  /** Wall-clock milliseconds to code one article; past it the article is skipped (E204) (on a worker thread, the thread is replaced). */
  articleMs: z.number().int().positive().default(20_000),
});

export type Limits = z.infer<typeof LimitsSchema>;

/** The default limits (tests, and callers that build articles by hand). */
export const DEFAULT_LIMITS: Limits = LimitsSchema.parse({});

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
  /** The tagger+parser model (trained on UD English EWT by `npm run train:parser`). */
  parserModel: z.string().default(path.join(PACKAGE_ROOT, 'models', 'en-ewt.parser.bin')),
  /** Learned models (models/plv-pairs.json: the PLOVER pair classifier). */
  modelsDir: z.string().default(path.join(PACKAGE_ROOT, 'models')),
  /** Bounds on the work one input may cause (README, "Limits and failure behaviour"). */
  limits: LimitsSchema.prefault({}),
  server: z
    .object({
      host: z.string().default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(8787),
      token: z.string().nullable().default(null),
      /** Bytes of all request headers together; more is answered 431. */
      maxHeaderBytes: z.number().int().positive().default(16 * 1024),
      /** Milliseconds a client may take to send its headers; a slower one is answered 408 and cut. */
      headersTimeoutMs: z.number().int().positive().default(10_000),
      /** Milliseconds a client may take to send its whole request (headers and body). */
      requestTimeoutMs: z.number().int().positive().default(30_000),
      /** Live /api/stream clients at once; one more is answered 503 (E812) until one leaves. */
      maxStreams: z.number().int().positive().default(100),
    })
    .prefault({}),
  follow: z
    .object({
      /**
       * Addresses or CIDR ranges the SSRF guard lets URLs from the API reach
       * although they are loopback or private (tests: 127.0.0.1).
       */
      allowHosts: z.array(z.string()).default([]),
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
