/**
 * Delivery of alerts to sinks: "stdout" (JSON lines), "file:PATH" (appended
 * JSON lines) and "webhook:URL" (HTTP POST of JSON, retried with exponential
 * backoff). A failed delivery stays pending in the store and is retried on
 * the next run; a delivered one is never sent again.
 */
import { appendFile, readFile } from 'node:fs/promises';
import type { AlertRecord, Store } from '../store/store.js';
import { issue } from '../core/errors.js';

/** Where messages go; injectable for tests. */
export interface WatchIo {
  out(s: string): void;
  err(s: string): void;
}

/** Retry policy of webhook deliveries. */
export interface DeliveryOptions {
  /** Attempts per delivery run, the first included (default 4). */
  attempts: number;
  /** Delay before the second attempt; doubled each time (default 500 ms). */
  baseDelayMs: number;
  /** Time limit of one HTTP request (default 10 s). */
  timeoutMs: number;
}

export const DEFAULT_DELIVERY: DeliveryOptions = { attempts: 4, baseDelayMs: 500, timeoutMs: 10_000 };

/** Sink names from the command's options. */
export function sinkNames(args: { webhook?: string; out?: string; stdout?: boolean }): string[] {
  const sinks: string[] = [];
  if (args.out) sinks.push(`file:${args.out}`);
  if (args.webhook) sinks.push(`webhook:${args.webhook}`);
  // Without another sink, alerts go to standard output so --once shows them.
  if (args.stdout || sinks.length === 0) sinks.unshift('stdout');
  return sinks;
}

/** The JSON document sent for an alert (one line in stdout and files). */
export function alertJson(a: AlertRecord): string {
  return JSON.stringify({ id: a.id, rule: a.rule, key: a.key, createdAt: a.createdAt, alert: a.payload });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** POSTs the alert; retries network errors, 429 and 5xx with doubling delays. Returns null or the last error. */
async function postWebhook(url: string, body: string, id: string, opt: DeliveryOptions): Promise<string | null> {
  let last = 'no attempt made';
  for (let attempt = 0; attempt < Math.max(1, opt.attempts); attempt++) {
    if (attempt > 0) await sleep(opt.baseDelayMs * 2 ** (attempt - 1));
    try {
      const res = await fetch(url, {
        method: 'POST',
        // A kill between the POST and recording it sends the alert again on the next run; the key lets the receiver drop the repeat.
        headers: { 'content-type': 'application/json', 'idempotency-key': id },
        body,
        signal: AbortSignal.timeout(opt.timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined); // drain, so the connection is reused
      if (res.ok) return null;
      last = `HTTP ${res.status}`;
      // Other 4xx answers will not change by retrying now; the next run tries again.
      if (res.status < 500 && res.status !== 429) return last;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
  }
  return last;
}

/**
 * Appends the alert's line unless the file already holds it: a process
 * killed after the append but before the delivery was recorded finds its
 * line there on the next run instead of writing it twice.
 */
async function appendOnce(file: string, id: string, body: string): Promise<void> {
  const held = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '';
    throw e;
  });
  if (held.includes(`{"id":${JSON.stringify(id)},`)) return;
  await appendFile(file, body + '\n', 'utf8');
}

/** Delivers one alert to one sink; null on success, else the error. */
export async function deliverOne(sink: string, a: AlertRecord, io: WatchIo, opt: DeliveryOptions): Promise<string | null> {
  const body = alertJson(a);
  try {
    if (sink === 'stdout') io.out(body);
    else if (sink.startsWith('file:')) await appendOnce(sink.slice(5), a.id, body);
    else if (sink.startsWith('webhook:')) return await postWebhook(sink.slice(8), body, a.id, opt);
    else return `unknown sink ${sink}`;
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Delivers every pending delivery of the given sinks, oldest first, and
 * records each outcome. Failures are logged (E703) and stay queued.
 */
export async function deliverPending(
  store: Store,
  sinks: readonly string[],
  io: WatchIo,
  opt: DeliveryOptions = DEFAULT_DELIVERY,
): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  for (const sink of sinks) {
    for (const d of await store.pendingDeliveries(sink)) {
      const error = await deliverOne(sink, d.alert, io, opt);
      await store.recordDelivery(d.alertId, sink, error === null, error);
      if (error === null) delivered++;
      else {
        failed++;
        const i = sink.startsWith('webhook:')
          ? issue('E703', { url: sink.slice(8), detail: error })
          : issue('E705', { sink, detail: error });
        io.err(`${i.code} ${i.message}`);
      }
    }
  }
  return { delivered, failed };
}
