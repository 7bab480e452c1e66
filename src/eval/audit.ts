/**
 * A repeatable precision audit: sample N stored events with a seed, let a
 * person judge each, keep the verdicts as regression data.
 *
 * The kept file (`eval/audits/*.jsonl`) names each event by its article id,
 * sentence number and coded fields, never by its text: the corpus is not ours
 * to copy. The worksheet with the sentences is written apart, outside the repo.
 */
import type { CodedEvent } from '../core/event.js';
import type { Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';
import { seededRandom } from '../core/random.js';

/** What a judge says of one sampled event. */
export type Verdict =
  /** The event is in the sentence as coded (dyad, root and direction right). */
  | 'right'
  /** The act is there, but a party is wrong or missing. Half credit. */
  | 'wrong_party'
  /** No such event is in the sentence (wrong sense, history, invented). */
  | 'wrong';

export const VERDICTS: readonly Verdict[] = ['right', 'wrong_party', 'wrong'];

/** The coded fields an audit keeps of an event: enough to find it again after a re-ingest. */
export interface AuditedEvent {
  id: string;
  articleId: string;
  sentence: number;
  source: string | null;
  target: string | null;
  code: string;
  modality: string;
  hedged: boolean;
  claimant: string | null;
  weapon: string | null;
}

/** One line of an audit file. `verdict` is null until judged. */
export interface AuditRecord {
  audit: string;
  seed: number;
  event: AuditedEvent;
  verdict: Verdict | null;
  /** The judge's reason class for a wrong verdict ("history", "not a state", "wrong sense", ...). */
  why: string | null;
}


/**
 * Picks `n` of `ids` at random with `seed` (a partial Fisher-Yates over the
 * ids sorted first, so the store's listing order does not matter).
 */
export function sampleIds(ids: readonly string[], n: number, seed: number): string[] {
  const pool = [...ids].sort();
  const rand = seededRandom(seed);
  const k = Math.min(n, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/** The fields an audit keeps of a coded event. */
export function auditedEvent(e: CodedEvent): AuditedEvent {
  return {
    id: e.id, articleId: e.articleId, sentence: e.sentence, source: e.source, target: e.target, code: e.code,
    modality: e.modality, hedged: e.hedged, claimant: e.claimant, weapon: e.weapon,
  };
}

/** Parses an audit file; a malformed line is an E909 naming it. */
export function parseAudit(text: string, path: string): Result<AuditRecord[]> {
  const out: AuditRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let r: AuditRecord;
    try {
      r = JSON.parse(line) as AuditRecord;
    } catch (e) {
      return fail(issue('E909', { path, line: i + 1, detail: e instanceof Error ? e.message : String(e) }));
    }
    if (!r || typeof r !== 'object' || !r.event || typeof r.event.articleId !== 'string' || typeof r.event.code !== 'string') {
      return fail(issue('E909', { path, line: i + 1, detail: 'each line needs an "event" with articleId, sentence and code' }));
    }
    if (r.verdict !== null && !VERDICTS.includes(r.verdict)) {
      return fail(issue('E909', { path, line: i + 1, detail: `verdict must be one of ${VERDICTS.join(', ')} or null` }));
    }
    out.push(r);
  }
  return ok(out);
}

/** Precision of an audit, strict and with half credit for a wrong party, and the wrong ones by reason. */
export interface AuditScore {
  sampled: number;
  judged: number;
  right: number;
  wrongParty: number;
  wrong: number;
  precision: number | null;
  precisionHalfCredit: number | null;
  byReason: Record<string, number>;
}

/** Scores the judged records; unjudged ones are counted but not scored. */
export function scoreAudit(records: readonly AuditRecord[]): AuditScore {
  const judged = records.filter((r) => r.verdict !== null);
  const count = (v: Verdict) => judged.filter((r) => r.verdict === v).length;
  const right = count('right');
  const wrongParty = count('wrong_party');
  const byReason: Record<string, number> = {};
  for (const r of judged) {
    if (r.verdict === 'right') continue;
    const k = r.why?.trim() || 'unstated';
    byReason[k] = (byReason[k] ?? 0) + 1;
  }
  return {
    sampled: records.length,
    judged: judged.length,
    right,
    wrongParty,
    wrong: count('wrong'),
    precision: judged.length ? right / judged.length : null,
    precisionHalfCredit: judged.length ? (right + wrongParty / 2) / judged.length : null,
    byReason,
  };
}

/** Same act in the same sentence: what "still coded" means after a re-ingest (ids may move with versions). */
export function sameAct(a: AuditedEvent, b: AuditedEvent): boolean {
  return a.articleId === b.articleId && a.sentence === b.sentence && a.source === b.source && a.target === b.target && a.code.slice(0, 2) === b.code.slice(0, 2);
}

/** What became of judged events in a newer run: right ones kept or lost, wrong ones gone or still there. */
export interface Recheck {
  rightKept: number;
  rightLost: AuditedEvent[];
  wrongGone: number;
  wrongKept: AuditedEvent[];
}

/**
 * Compares the judged events with the events a newer run codes for the same
 * sentences. A lost right event is a regression; a wrong event gone is a fix.
 */
export function recheckAudit(records: readonly AuditRecord[], now: readonly AuditedEvent[]): Recheck {
  const out: Recheck = { rightKept: 0, rightLost: [], wrongGone: 0, wrongKept: [] };
  for (const r of records) {
    if (r.verdict === null) continue;
    const kept = now.some((e) => sameAct(e, r.event));
    if (r.verdict === 'right') {
      if (kept) out.rightKept++;
      else out.rightLost.push(r.event);
    } else if (kept) out.wrongKept.push(r.event);
    else out.wrongGone++;
  }
  return out;
}
