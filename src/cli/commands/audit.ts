/**
 * `dyadwatch audit sample|score|recheck`: the precision audit of issue 10.
 * Sampling writes two files: the audit records (ids and coded fields only, for
 * eval/audits/) and a worksheet with each evidence sentence for the judge,
 * which stays outside the repository because the sentences are not ours.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomInt } from 'node:crypto';
import type { Store } from '../../store/store.js';
import type { Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import type { AuditRecord, AuditedEvent } from '../../eval/audit.js';
import { auditedEvent, parseAudit, recheckAudit, sampleIds, scoreAudit } from '../../eval/audit.js';
import { formatEvidence } from './query.js';

/** Every stored event, page by page, reduced to the audited fields. */
async function allEvents(store: Store): Promise<AuditedEvent[]> {
  const out: AuditedEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.events({ limit: 1000, cursor });
    out.push(...page.items.map(auditedEvent));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** Options of `audit sample`. */
export interface SampleOptions {
  n: number;
  /** A fresh random seed when absent: every audit is a first contact. */
  seed?: number;
  /** The audit records (kept); default eval/audits/audit-DATE-SEED.jsonl. */
  out?: string;
  /** The judge's worksheet (not kept); default .dyadwatch/audits/<name>.sheet.txt. */
  sheet?: string;
  today: string;
}

/** Samples events and writes the audit file and the worksheet; returns a summary line. */
export async function auditSample(store: Store, o: SampleOptions): Promise<Result<string>> {
  const events = await allEvents(store);
  if (!events.length) return fail(issue('E910', { detail: 'the store holds no events; ingest a corpus first' }));
  const seed = o.seed ?? randomInt(1, 2 ** 31 - 1);
  const name = `audit-${o.today}-${seed}`;
  const out = o.out ?? `eval/audits/${name}.jsonl`;
  const sheet = o.sheet ?? `.dyadwatch/audits/${name}.sheet.txt`;
  const ids = sampleIds(events.map((e) => e.id), o.n, seed);
  const byId = new Map(events.map((e) => [e.id, e]));
  const records: AuditRecord[] = [];
  const pages: string[] = [
    `Audit ${name}: ${ids.length} of ${events.length} events, seed ${seed}.`,
    `Judge each in ${out}: set "verdict" to right, wrong_party or wrong, and "why" to a short reason class for the wrong ones.`,
    '',
  ];
  for (const [i, id] of ids.entries()) {
    records.push({ audit: name, seed, event: byId.get(id)!, verdict: null, why: null });
    const ev = await store.evidence(id);
    pages.push(`#${i + 1} (line ${i + 1})`, ev ? formatEvidence(ev, false) : `event ${id}: no evidence stored`, '', '-'.repeat(72), '');
  }
  for (const f of [out, sheet]) mkdirSync(dirname(f), { recursive: true });
  writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(sheet, pages.join('\n'));
  return ok(`Sampled ${ids.length} of ${events.length} events with seed ${seed}.\naudit file  ${out}\nworksheet   ${sheet}`);
}

function readAudit(path: string): Result<AuditRecord[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return fail(issue('E909', { path, line: 0, detail: e instanceof Error ? e.message : String(e) }));
  }
  return parseAudit(text, path);
}

const pct = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

/** Scores a judged audit file. */
export function auditScore(path: string, json: boolean): Result<string> {
  const r = readAudit(path);
  if (!r.ok) return r;
  const s = scoreAudit(r.value);
  if (json) return ok(JSON.stringify(s, null, 2));
  const reasons = Object.entries(s.byReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ok(
    [
      `judged ${s.judged} of ${s.sampled}: right ${s.right}, wrong party ${s.wrongParty}, wrong ${s.wrong}`,
      `precision ${pct(s.precision)} (half credit for a wrong party: ${pct(s.precisionHalfCredit)})`,
      ...(reasons.length ? ['not right, by reason:', ...reasons.map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`)] : []),
    ].join('\n'),
  );
}

/** Compares a judged audit with what the store (a newer run) codes now. */
export async function auditRecheck(store: Store, path: string, json: boolean): Promise<Result<string>> {
  const r = readAudit(path);
  if (!r.ok) return r;
  const c = recheckAudit(r.value, await allEvents(store));
  if (json) return ok(JSON.stringify(c, null, 2));
  const line = (e: AuditedEvent) => `  ${e.articleId} s${e.sentence} ${e.source ?? '?'}→${e.target ?? '-'} ${e.code}`;
  return ok(
    [
      `right events kept ${c.rightKept}, lost ${c.rightLost.length}; wrong events gone ${c.wrongGone}, still coded ${c.wrongKept.length}`,
      ...(c.rightLost.length ? ['lost (regressions):', ...c.rightLost.map(line)] : []),
      ...(c.wrongKept.length ? ['still coded though judged wrong:', ...c.wrongKept.map(line)] : []),
    ].join('\n'),
  );
}
