import pg from 'pg';
import { makeConfig } from '../config.js';
import { pgConnectionConfig } from '../store/postgres/postgres.js';
import type { Store } from '../store/store.js';
import type { CodedEvent } from '../core/event.js';
import { connectRedis } from './connection.js';
export { scratchDatabase } from './scratch.js';

/** The PostgreSQL server of the queue tests; override with DYADWATCH_TEST_PG (a database URL to connect to for CREATE DATABASE). */
export const TEST_PG = process.env.DYADWATCH_TEST_PG ?? 'postgres://127.0.0.1:5432/test';
/** The Redis of the queue tests; override with DYADWATCH_TEST_REDIS. */
export const TEST_REDIS = process.env.DYADWATCH_TEST_REDIS ?? 'redis://127.0.0.1:6379';

/** null when Redis and PostgreSQL both answer; otherwise the reason to skip. */
export async function servicesOrSkip(): Promise<string | null> {
  const cfg = makeConfig({ queue: { redis: TEST_REDIS } });
  if (!cfg.ok) return 'bad test configuration';
  const r = await connectRedis(cfg.value.queue);
  if (!r.ok) return `no Redis at ${TEST_REDIS}: ${r.issues[0]!.message}`;
  r.value.disconnect();
  const client = new pg.Client({ ...pgConnectionConfig(TEST_PG), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return null;
  } catch (e) {
    return `no PostgreSQL at ${TEST_PG}: ${e instanceof Error ? e.message : String(e)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** JSON with keys in a fixed order, so equal events give equal strings. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/**
 * Every stored event as one sorted string each: article, sentence,
 * source/target/code first (readable diffs), then every other field.
 * Sorted, not deduplicated: an event stored twice shows as two entries.
 */
export async function eventKeys(store: Store): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.events({ limit: 1000, cursor });
    for (const e of page.items) out.push(eventKey(e));
    cursor = page.nextCursor;
  } while (cursor);
  return out.sort();
}

function eventKey(e: CodedEvent): string {
  // reportOf names whichever copy of a story was filed first: with workers in parallel that order is not the single process's.
  const { articleId, sentence, source, target, code, reportOf: _order, ...rest } = e as CodedEvent & Record<string, unknown>;
  return `${articleId} ${sentence} ${source}->${target} ${code} ${canonical(rest)}`;
}

/** Polls `cond` every 100 ms until it holds; throws after `ms` (a hung run fails instead of hanging). */
export async function until(cond: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
