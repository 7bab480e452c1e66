import type { CodedEvent } from '../core/event.js';
import type { Store } from '../store/store.js';
import { encodeCursor, MAX_LIMIT } from '../store/store.js';

/** Receives each batch of events saved since the previous poll. */
export type Listener = (events: CodedEvent[], cursor: string) => void;

/** Fans newly stored events out to the connected /api/stream clients. */
export interface Hub {
  /** Registers a listener; returns the function that removes it. */
  subscribe(listener: Listener): () => void;
  /** Polls now (e.g. right after an ingest) instead of waiting for the timer. */
  poke(): void;
  /** Number of listeners, for tests and the stats endpoint. */
  readonly size: number;
  /** Stops the timer and drops every listener (their streams end). */
  close(): void;
  /** Resolves when close() is called; streams await it to finish. */
  readonly closed: Promise<void>;
}

/**
 * One poller per app, running only while someone listens: a single cursor
 * walk serves every client, so N dashboards cost one query a second, not N.
 */
export function createHub(store: Store, pollMs = 1000, onError: (e: unknown) => void = () => {}): Hub {
  const listeners = new Set<Listener>();
  let cursor: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let busy = false;
  let again = false;
  let finish: () => void = () => {};
  const closed = new Promise<void>((resolve) => (finish = resolve));

  async function tick(): Promise<void> {
    if (busy) {
      // A poke during a poll must not be lost: poll once more afterwards.
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        cursor ??= await tailCursor(store);
        cursor = await drain(store, cursor, (batch, at) => listeners.forEach((l) => l(batch, at)));
      } while (again && listeners.size);
    } catch (e) {
      onError(e);
    } finally {
      busy = false;
    }
  }

  function start(): void {
    if (timer) return;
    timer = setInterval(() => void tick(), pollMs);
    timer.unref();
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    // Forget the position: a later client starts from the tail of that moment.
    cursor = null;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      // Fix the starting point now, so an event saved right after connecting is delivered.
      if (listeners.size === 1) void tick();
      start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    poke() {
      if (listeners.size) void tick();
    },
    get size() {
      return listeners.size;
    },
    close() {
      listeners.clear();
      stop();
      finish();
    },
    closed,
  };
}

/**
 * Cursor after the newest event. Cursors encode the event seq and seq never
 * goes below the row count, so starting at the count and walking forward
 * finds the tail in a page or two instead of reading every event.
 */
export async function tailCursor(store: Store): Promise<string> {
  const { events } = await store.stats();
  let at = encodeCursor(Math.max(0, events - 1));
  for (;;) {
    const page = await store.events({ cursor: at, limit: MAX_LIMIT });
    at = page.endCursor ?? at;
    if (!page.nextCursor) return at;
  }
}

/** Reads every event after `cursor`, page by page, and returns the new cursor. */
async function drain(store: Store, cursor: string, emit: (batch: CodedEvent[], at: string) => void): Promise<string> {
  let at = cursor;
  for (;;) {
    const page = await store.events({ cursor: at, limit: MAX_LIMIT });
    at = page.endCursor ?? at;
    if (page.items.length) emit(page.items, at);
    if (!page.nextCursor) return at;
  }
}
