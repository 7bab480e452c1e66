/**
 * Watchlists: rules over stored events that raise alerts once per (rule,
 * key) and deliver them to stdout, files and webhooks; plus the transfers
 * ledger. `runWatchCommand` is `dyadwatch watch RULES.yaml`.
 */
import type { Store } from '../store/store.js';
import { loadRules } from './rules.js';
import { checkRules, hasNewEvents } from './watch.js';
import { DEFAULT_DELIVERY, deliverPending, sinkNames } from './sinks.js';
import type { DeliveryOptions, WatchIo } from './sinks.js';

export { loadRules, parseRules, parseRulesYaml } from './rules.js';
export type { WatchRule } from './rules.js';
export { matchesRule, storeFilterOf } from './match.js';
export { candidatesFor, eventTrigger, newSystemTrigger, stageChangeTrigger, spikeTrigger } from './triggers.js';
export type { Candidate } from './triggers.js';
export { checkRules, buildAlert, hasNewEvents } from './watch.js';
export { deliverPending, deliverOne, sinkNames, alertJson, DEFAULT_DELIVERY } from './sinks.js';
export type { DeliveryOptions, WatchIo } from './sinks.js';
export { aggregateTransfers, runTransfersCommand, formatTransfers, directionOf, isTransferCode } from './transfers.js';
export type { TransferRow, TransfersArgs, ArticleInfo } from './transfers.js';

/** Options of `dyadwatch watch`. */
export interface WatchArgs {
  rulesPath: string;
  /** Check what is stored, deliver, and return. */
  once: boolean;
  webhook?: string;
  out?: string;
  /** Also print alerts when another sink is given. */
  stdout?: boolean;
  /** Poll interval when not --once (default 5000 ms). */
  pollMs?: number;
  delivery?: Partial<DeliveryOptions>;
  io?: WatchIo;
  /** Stops the polling loop (tests); SIGINT stops it from the terminal. */
  signal?: AbortSignal;
}

const processIo: WatchIo = {
  out: (s) => void process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  err: (s) => void process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
};

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * `dyadwatch watch RULES.yaml [--once] [--webhook URL] [--out FILE]`.
 * Returns 0, or 1 when the rules are invalid (the issues are printed).
 * Undelivered alerts of earlier runs are retried first.
 */
export async function runWatchCommand(store: Store, args: WatchArgs): Promise<number> {
  const io = args.io ?? processIo;
  const rules = loadRules(args.rulesPath);
  if (!rules.ok) {
    for (const i of rules.issues) io.err(`${i.code} ${i.message}`);
    return 1;
  }
  const sinks = sinkNames(args);
  const delivery = { ...DEFAULT_DELIVERY, ...args.delivery };
  const stop = new AbortController();
  const onSigint = () => stop.abort();
  args.signal?.addEventListener('abort', onSigint);
  if (!args.once) process.once('SIGINT', onSigint);
  try {
    await deliverPending(store, sinks, io, delivery);
    let first = true;
    while (!stop.signal.aborted) {
      // The first pass checks everything stored; later passes only when new events came in.
      const fresh = await hasNewEvents(store);
      if (first || fresh) await checkRules(store, rules.value, sinks, io);
      await deliverPending(store, sinks, io, delivery);
      first = false;
      if (args.once) break;
      await pause(args.pollMs ?? 5000, stop.signal);
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    args.signal?.removeEventListener('abort', onSigint);
  }
  return 0;
}
