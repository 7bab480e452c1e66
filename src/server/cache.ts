import type { Store } from '../store/store.js';
import { MAX_LIMIT } from '../store/store.js';
import { tailCursor } from './hub.js';

/**
 * Answers of aggregate endpoints (dyads, series, transfers, actors), kept
 * until a new event is stored. Aggregates scan every event (hundreds of ms at
 * 100k events) while checking for new events is one indexed read of zero
 * rows, so the dashboard's first paint stays fast and never goes stale.
 */
export interface AggregateCache {
  /** The cached value for `key`, or `compute()` stored under the current event tail. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Number of entries, for tests. */
  readonly size: number;
}

/** Entries kept; the oldest is dropped first (filters rarely repeat beyond this). */
const MAX_ENTRIES = 100;

/** Creates an empty cache over `store`. */
export function createAggregateCache(store: Store): AggregateCache {
  const entries = new Map<string, { tail: string; value: unknown }>();
  let tail: string | null = null;
  let checking: Promise<string> | null = null;

  /** Current tail; concurrent callers share one check. */
  function currentTail(): Promise<string> {
    checking ??= advance().finally(() => (checking = null));
    return checking;
  }

  async function advance(): Promise<string> {
    if (tail === null) return (tail = await tailCursor(store));
    for (;;) {
      const page = await store.events({ cursor: tail, limit: MAX_LIMIT });
      tail = page.endCursor ?? tail;
      if (!page.nextCursor) return tail;
    }
  }

  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const at = await currentTail();
      const hit = entries.get(key);
      if (hit && hit.tail === at) {
        // Refresh recency: Map keeps insertion order, so re-insert to mark it newest.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value as T;
      }
      const value = await compute();
      entries.set(key, { tail: at, value });
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
