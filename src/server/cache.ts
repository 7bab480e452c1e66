import type { Store } from '../store/store.js';

/**
 * Serialized JSON answers of read endpoints, kept while the store's data
 * version stays the same. Checking the version costs microseconds (SQLite:
 * one PRAGMA; PostgreSQL: one indexed row) while an answer costs milliseconds
 * (reading and serializing 100 wide events) to hundreds of ms (aggregates at
 * 100k events), so repeated reads are served from memory and still never go
 * stale: any write, from this process or another, moves the version and the
 * next request recomputes.
 */
export interface ResponseCache {
  /**
   * The JSON bytes of `compute()` for `key` at the current data version.
   * `key` must determine the answer completely (route and normalized query).
   * Concurrent misses on one key share a single computation.
   */
  json(key: string, compute: () => Promise<unknown>): Promise<Uint8Array<ArrayBuffer>>;
  /** Number of entries, for tests. */
  readonly size: number;
}

/** Limits of the cache; the defaults suit a dashboard and a few API clients. */
export interface CacheLimits {
  /** Most entries kept (least recently used dropped first). */
  maxEntries: number;
  /** Most bytes kept over all entries; a single larger answer is served but not kept. */
  maxBytes: number;
}

const DEFAULT_LIMITS: CacheLimits = { maxEntries: 256, maxBytes: 32 * 1024 * 1024 };

/** Creates an empty cache over `store`. */
export function createResponseCache(store: Store, limits: CacheLimits = DEFAULT_LIMITS): ResponseCache {
  const entries = new Map<string, Uint8Array<ArrayBuffer>>();
  const pending = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const utf8 = new TextEncoder();
  let version: string | null = null;
  let bytes = 0;

  function keep(key: string, body: Uint8Array<ArrayBuffer>): void {
    if (body.byteLength > limits.maxBytes) return;
    entries.set(key, body);
    bytes += body.byteLength;
    // Map iteration follows insertion order, and hits re-insert: the first key is the least recently used.
    while (entries.size > limits.maxEntries || bytes > limits.maxBytes) {
      const [oldest, old] = entries.entries().next().value!;
      entries.delete(oldest);
      bytes -= old.byteLength;
    }
  }

  return {
    async json(key, compute) {
      // Read the version before the data: a write landing in between then only
      // costs one extra recomputation, never a stale answer under a new version.
      const at = await store.dataVersion();
      if (at !== version) {
        entries.clear();
        bytes = 0;
        version = at;
      }
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const flight = `${at}\u0000${key}`;
      let p = pending.get(flight);
      if (!p) {
        p = compute().then((value) => {
          const body = utf8.encode(JSON.stringify(value));
          // Only keep it if no newer version was seen while computing.
          if (version === at) keep(key, body);
          return body;
        });
        pending.set(flight, p);
        const forget = () => pending.delete(flight);
        p.then(forget, forget);
      }
      return p;
    },
    get size() {
      return entries.size;
    },
  };
}
