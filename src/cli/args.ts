import { parseArgs } from 'node:util';
import type { Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';
import type { EventFilter } from '../store/store.js';
import type { Modality } from '../core/event.js';

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  db: { type: 'string' },
  postgres: { type: 'string' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  dyad: { type: 'string' },
  code: { type: 'string' },
  actor: { type: 'string' },
  source: { type: 'string' },
  target: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  weapon: { type: 'string' },
  modality: { type: 'string' },
  'no-hedged': { type: 'boolean' },
  limit: { type: 'string' },
  supplier: { type: 'string' },
  recipient: { type: 'string' },
  once: { type: 'boolean' },
  webhook: { type: 'string' },
  out: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'no-serve': { type: 'boolean' },
  serve: { type: 'boolean' },
  workers: { type: 'string' },
  eval: { type: 'string' },
  queue: { type: 'boolean' },
  redis: { type: 'string' },
  concurrency: { type: 'string' },
  failures: { type: 'string' },
  'retry-failed': { type: 'boolean' },
  n: { type: 'string' },
  seed: { type: 'string' },
  sheet: { type: 'string' },
} as const;

export type Parsed = ReturnType<typeof parseArgs<{ options: typeof COMMON_OPTIONS; allowPositionals: true }>>;

/** Parses argv; an unknown or malformed option is an issue, not a crash. */
export function parseCli(argv: string[]): Result<Parsed> {
  try {
    return ok(parseArgs({ args: argv, options: COMMON_OPTIONS, allowPositionals: true, strict: true }));
  } catch (e) {
    return fail(issue('E902', { option: '', detail: e instanceof Error ? e.message : String(e) }));
  }
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CODE = /^[A-Z]{3,4}$/;

/** Builds a store filter from CLI options, validating each. */
export function filterFromArgs(v: Parsed['values']): Result<EventFilter> {
  const f: EventFilter = {};
  if (v.dyad) {
    const m = /^([A-Za-z]{3,4})(->|-|→)([A-Za-z]{3,4})$/.exec(v.dyad);
    if (!m) return fail(issue('E902', { option: '--dyad', detail: `"${v.dyad}" is not a pair like IRN-RUS (either way) or IRN->RUS (directed)` }));
    f.dyad = [m[1]!.toUpperCase(), m[3]!.toUpperCase()];
    if (m[2] !== '-') f.directed = true;
  }
  if (v.code) {
    if (!/^\d{2,4}$/.test(v.code)) return fail(issue('E902', { option: '--code', detail: `"${v.code}" is not a CAMEO code (2-4 digits, e.g. 072)` }));
    f.code = v.code;
  }
  for (const k of ['actor', 'source', 'target'] as const) {
    const x = v[k];
    if (x === undefined) continue;
    if (!CODE.test(x.toUpperCase())) return fail(issue('E902', { option: `--${k}`, detail: `"${x}" is not an actor code like PRK or NATO` }));
    f[k] = x.toUpperCase();
  }
  for (const k of ['since', 'until'] as const) {
    const x = v[k];
    if (x === undefined) continue;
    if (!DATE.test(x)) return fail(issue('E902', { option: `--${k}`, detail: `"${x}" is not a date YYYY, YYYY-MM or YYYY-MM-DD` }));
    f[k] = x;
  }
  if (v.weapon) f.weapon = v.weapon;
  if (v.modality) {
    const ms = v.modality.split(',');
    const bad = ms.find((m) => !['actual', 'future', 'conditional', 'negated'].includes(m));
    if (bad) return fail(issue('E902', { option: '--modality', detail: `"${bad}" is not one of actual, future, conditional, negated` }));
    f.modality = ms as Modality[];
  }
  if (v['no-hedged']) f.includeHedged = false;
  if (v.limit) {
    const n = Number(v.limit);
    if (!Number.isInteger(n) || n < 1 || n > 100000) return fail(issue('E902', { option: '--limit', detail: `"${v.limit}" is not a whole number from 1 to 100000` }));
    f.limit = n;
  }
  return ok(f);
}

/** --format table|json|csv, with --json as a shorthand. */
export function formatFromArgs(v: Parsed['values'], allowed: string[] = ['table', 'json', 'csv']): Result<string> {
  const fmt = v.json ? 'json' : (v.format ?? 'table');
  if (!allowed.includes(fmt)) return fail(issue('E902', { option: '--format', detail: `"${fmt}" is not one of ${allowed.join(', ')}` }));
  return ok(fmt);
}
