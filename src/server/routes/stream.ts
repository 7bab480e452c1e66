import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { SSEStreamingApi } from 'hono/streaming';
import type { CodedEvent } from '../../core/event.js';
import { StreamQuery, parseDyad } from '../schemas.js';
import { parseQuery, sendError } from '../http.js';
import type { AppContext } from '../context.js';
import type { Store } from '../../store/store.js';
import { MAX_LIMIT, parseCursor } from '../../store/store.js';

/** Keeps proxies and browsers from closing an idle stream. */
const HEARTBEAT_MS = 15000;

/**
 * GET /api/stream: server-sent events, one `event: coded` message per new
 * event (data is the CodedEvent JSON, id the store cursor after its batch).
 * A client reconnecting with Last-Event-ID first gets what it missed.
 */
export function registerStream(app: Hono, ctx: AppContext): void {
  // Live streams of this app: each holds a socket and a hub listener, so their number is bounded.
  let live = 0;
  const max = ctx.config.server.maxStreams;
  app.get('/api/stream', (c) => {
    const q = parseQuery(c, StreamQuery);
    if (!q.ok) return q.response;
    if (live >= max) {
      c.header('retry-after', '5');
      return sendError(c, 503, 'E812', { max });
    }
    live++;
    const keep = matcher(q.data);
    // EventSource sends back the id of the last message it saw when it reconnects.
    const last = c.req.header('last-event-id') ?? '';
    const resumeFrom = last && parseCursor(last).ok ? last : null;
    return streamSSE(c, async (stream) => {
      try {
        await follow(stream, ctx, keep, resumeFrom);
      } finally {
        live--;
      }
    });
  });
}

/** Sends the stream's messages until the client leaves or the hub closes. */
async function follow(stream: SSEStreamingApi, ctx: AppContext, keep: (e: CodedEvent) => boolean, resumeFrom: string | null): Promise<void> {
  const send = (e: CodedEvent, id: string) => stream.writeSSE({ event: 'coded', id, data: JSON.stringify(e) });
  const replayed = new Set<string>();
  // Subscribe before replaying so nothing saved meanwhile falls between the two;
  // the set drops what the replay already sent. Writes are chained to keep order.
  let queue: Promise<void> = (async () => {
    await stream.writeSSE({ event: 'ready', data: '{}' });
    if (resumeFrom) await replay(ctx.store, resumeFrom, keep, replayed, send);
  })().catch(() => {});
  const unsubscribe = ctx.hub.subscribe((events, cursor) => {
    queue = queue
      .then(async () => {
        for (const e of events) if (keep(e) && !replayed.has(e.id)) await send(e, cursor);
      })
      // A client that left mid-write is handled by onAbort; the chain must stay usable.
      .catch(() => {});
  });
  let aborted: () => void = () => {};
  const gone = new Promise<void>((resolve) => (aborted = resolve));
  stream.onAbort(() => {
    unsubscribe();
    aborted();
  });
  const stop = Promise.race([ctx.hub.closed, gone]);
  while (!stream.aborted && !stream.closed) {
    if (await pause(HEARTBEAT_MS, stop)) break;
    await stream.write(': keep-alive\n\n');
  }
  unsubscribe();
}

/**
 * Waits `ms` or until `stop` settles (true). The timer is cleared on stop, so
 * a closed server is not kept alive by a pending heartbeat.
 */
function pause(ms: number, stop: Promise<void>): Promise<boolean> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    void stop.then(() => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

/** Most events re-sent to a reconnecting client; older gaps are for /api/events. */
const REPLAY_CAP = 1000;

/** Sends the events stored after `cursor` (those the client missed while away). */
async function replay(
  store: Store,
  cursor: string,
  keep: (e: CodedEvent) => boolean,
  sent: Set<string>,
  send: (e: CodedEvent, id: string) => Promise<void>,
): Promise<void> {
  let at = cursor;
  let seen = 0;
  while (seen < REPLAY_CAP) {
    const page = await store.events({ cursor: at, limit: Math.min(MAX_LIMIT, REPLAY_CAP - seen) });
    const end = page.endCursor ?? at;
    for (const e of page.items) {
      sent.add(e.id);
      if (keep(e)) await send(e, end);
    }
    seen += page.items.length;
    at = end;
    if (!page.nextCursor) return;
  }
}

/** In-memory version of the few filters the stream accepts. */
export function matcher(q: { dyad?: string; actor?: string; code?: string }): (e: CodedEvent) => boolean {
  const dyad = q.dyad ? parseDyad(q.dyad) : null;
  const actor = q.actor?.toUpperCase() ?? null;
  return (e) => {
    if (q.code && !e.code.startsWith(q.code)) return false;
    if (actor && e.source !== actor && e.target !== actor) return false;
    if (dyad) {
      const [a, b] = dyad;
      if (!((e.source === a && e.target === b) || (e.source === b && e.target === a))) return false;
    }
    return true;
  };
}
