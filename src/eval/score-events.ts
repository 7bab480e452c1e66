/**
 * Scores an extractor against an event-format gold file, exactly as in
 * FORMAT.md "Scoring": a match needs the same passage, source, target and
 * CAMEO root; only the joint acts FORMAT.md lists (by the gold event's code)
 * match in either order; one gold event matches at most one extracted event,
 * and the pairing is a maximum matching that prefers the same whole code,
 * then the same weapon, modality and claimant.
 */
import type { CodedEvent } from '../core/event.js';
import type { Issue } from '../core/result.js';
import { issue } from '../core/errors.js';
import { maxWeightMatching } from './match.js';
import { isSymmetricCode } from '../core/cameo.js';
import type { Extractor, GoldEvent, GoldPassage } from './types.js';

/** Precision, recall and F1; null where the figure has no denominator. */
export interface PRF {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** One row of the per-root table. */
export interface RootRow extends PRF {
  root: string;
  gold: number;
  predicted: number;
  matched: number;
}

/** A passage with missed gold events, for the human report. */
export interface MissedExample {
  id: string;
  text: string;
  /** Events as "SRC→TGT CODE". */
  missed: string[];
  spurious: string[];
}

/** Every figure of an event-file evaluation. Agreement figures are null when nothing could be compared. */
export interface EventScores {
  passages: number;
  gold: number;
  predicted: number;
  matched: number;
  root: PRF;
  code_agreement: number | null;
  weapon_agreement: number | null;
  modality_agreement: number | null;
  hedged_agreement: number | null;
  claimant_agreement: number | null;
  /** True when only root and code were scored (petr2-gsr style gold). */
  codesOnly: boolean;
  perRoot: RootRow[];
  worstMissed: MissedExample[];
}

/** Options of `scoreEvents`. */
export interface EventScoreOptions {
  codesOnly?: boolean;
  /** How many worst-missed passages to keep (default 5). */
  worst?: number;
}

/** A gold event and the extracted event matched to it. */
export interface EventMatch {
  gold: GoldEvent;
  pred: CodedEvent;
}

/** First two digits of a CAMEO code. */
export function rootOf(code: string): string {
  return String(code).slice(0, 2);
}

/**
 * FORMAT.md's match condition: same root and same dyad; source and target may
 * be swapped only when the gold event's code is a joint act (030, 031, 036,
 * 040, 041, 044, 046, 050, 057, 060-063).
 */
export function eventsMatch(g: GoldEvent, p: CodedEvent): boolean {
  if (rootOf(p.code) !== rootOf(g.code)) return false;
  if (p.source === g.source && p.target === g.target) return true;
  return isSymmetricCode(g.code) && p.source === g.target && p.target === g.source;
}

/**
 * How well a matchable pair agrees, as preferences in FORMAT.md's order: the
 * same whole code first, then the same weapon, modality and claimant. Each
 * entry is 1 or 0; earlier entries outrank any number of later ones.
 */
function preferences(g: GoldEvent, p: CodedEvent): number[] {
  return [p.code === g.code, p.weapon === g.weapon, p.modality === g.modality, p.claimant === g.claimant].map(Number);
}

/**
 * Maximum matching of one passage's gold and extracted events. The weights
 * are lexicographic: the number of matches comes first, then how many pairs
 * share the whole code, then weapon, then modality, then claimant. With n the
 * most pairs a matching can hold, a unit at one level is worth (n+1) units of
 * the level below, so no sum of lower bonuses can outweigh it; the figures
 * never depend on the order events were listed in.
 */
export function matchPassage(gold: readonly GoldEvent[], predicted: readonly CodedEvent[]): Array<[number, number]> {
  const radix = Math.min(gold.length, predicted.length) + 1;
  const levels = 5; // match, code, weapon, modality, claimant
  // Weights must stay exact integers (below 2^53): true for any passage under ~1,800 events.
  if (radix ** levels > Number.MAX_SAFE_INTEGER) throw new Error(`passage too large to score: ${radix - 1} events`);
  const weights = gold.map((g) =>
    predicted.map((p) => {
      if (!eventsMatch(g, p)) return 0;
      let w = 1;
      for (const bit of preferences(g, p)) w = w * radix + bit;
      return w;
    }),
  );
  return maxWeightMatching(weights);
}

/** F1 = 2·matched / (gold + predicted): the harmonic mean of P and R, defined whenever anything was counted. */
export function prf(matched: number, gold: number, predicted: number): PRF {
  return {
    precision: predicted ? matched / predicted : null,
    recall: gold ? matched / gold : null,
    f1: gold + predicted ? (2 * matched) / (gold + predicted) : null,
  };
}

/**
 * Share of the compared pairs that agree. `pick` returns the two values to
 * compare, or null to leave the pair out; a predicted value that is
 * `undefined` means the extractor does not fill the slot, so the pair is left
 * out too. Null when nothing was compared.
 */
function agreement(matches: readonly EventMatch[], pick: (m: EventMatch) => [unknown, unknown] | null): number | null {
  let n = 0;
  let agree = 0;
  for (const m of matches) {
    const pair = pick(m);
    if (pair === null || pair[1] === undefined) continue;
    n++;
    if (pair[0] === pair[1]) agree++;
  }
  return n ? agree / n : null;
}

/** "SRC→TGT CODE" for the report. */
export function describeEvent(e: { source: string | null; target: string | null; code: string }): string {
  return `${e.source ?? '?'}→${e.target ?? '-'} ${e.code}`;
}

/** Runs the extractor on one passage; a thrown error is a bug reported as E907, scored as no events. */
function extractSafely(extract: Extractor, p: GoldPassage, warnings: Issue[]): CodedEvent[] {
  try {
    return extract({ id: p.id, text: p.text, published: p.published });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    warnings.push(issue('E907', { stage: 'extractor', id: p.id, detail }, p.id));
    return [];
  }
}

/** Counts per root: gold, predicted, matched. */
function tally(rows: Map<string, RootRow>, root: string, field: 'gold' | 'predicted' | 'matched'): void {
  const row = rows.get(root) ?? { root, gold: 0, predicted: 0, matched: 0, precision: null, recall: null, f1: null };
  row[field]++;
  rows.set(root, row);
}

/**
 * Scores `extract` on the passages of an event-format gold file.
 * Weapon agreement is taken over matched pairs whose gold weapon is non-null
 * (the events that carry a weapon); modality, hedged and claimant over all
 * matched pairs (gold always fills them, and a null claimant is a value).
 * With `codesOnly` those four figures are null: the gold has no judgement.
 */
export function scoreEvents(
  passages: readonly GoldPassage[],
  extract: Extractor,
  options: EventScoreOptions = {},
): { scores: EventScores; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const codesOnly = options.codesOnly ?? false;
  const matches: EventMatch[] = [];
  const rows = new Map<string, RootRow>();
  const examples: MissedExample[] = [];
  let gold = 0;
  let predicted = 0;

  for (const p of passages) {
    const preds = extractSafely(extract, p, warnings);
    const pairs = matchPassage(p.events, preds);
    gold += p.events.length;
    predicted += preds.length;
    for (const g of p.events) tally(rows, rootOf(g.code), 'gold');
    for (const e of preds) tally(rows, rootOf(e.code), 'predicted');
    for (const [gi, pi] of pairs) {
      matches.push({ gold: p.events[gi]!, pred: preds[pi]! });
      tally(rows, rootOf(p.events[gi]!.code), 'matched');
    }
    const goldHit = new Set(pairs.map(([gi]) => gi));
    const predHit = new Set(pairs.map(([, pi]) => pi));
    const missed = p.events.filter((_, i) => !goldHit.has(i)).map(describeEvent);
    const spurious = preds.filter((_, i) => !predHit.has(i)).map(describeEvent);
    if (missed.length) examples.push({ id: p.id, text: p.text, missed, spurious });
  }

  const perRoot = [...rows.values()]
    .map((r) => ({ ...r, ...prf(r.matched, r.gold, r.predicted) }))
    .sort((a, b) => a.root.localeCompare(b.root));
  const worstMissed = examples
    .sort((a, b) => b.missed.length - a.missed.length || b.spurious.length - a.spurious.length || a.id.localeCompare(b.id))
    .slice(0, options.worst ?? 5);
  const slot = (pick: (m: EventMatch) => [unknown, unknown] | null) => (codesOnly ? null : agreement(matches, pick));

  const scores: EventScores = {
    passages: passages.length,
    gold,
    predicted,
    matched: matches.length,
    root: prf(matches.length, gold, predicted),
    code_agreement: agreement(matches, (m) => [m.gold.code, m.pred.code]),
    weapon_agreement: slot((m) => (m.gold.weapon === null ? null : [m.gold.weapon, m.pred.weapon])),
    modality_agreement: slot((m) => [m.gold.modality, m.pred.modality]),
    hedged_agreement: slot((m) => [m.gold.hedged, m.pred.hedged]),
    claimant_agreement: slot((m) => [m.gold.claimant, m.pred.claimant]),
    codesOnly,
    perRoot,
    worstMissed,
  };
  return { scores, warnings };
}
