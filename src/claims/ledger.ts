import { createHash } from 'node:crypto';
import type { Doc } from '../core/doc.js';
import type { Claim, CodedEvent } from '../core/event.js';

/*
 * The claims ledger: events about the same content (dyad, root, weapon,
 * time) are one claim, whoever asserts or denies it. Accusations (11x) and
 * denials (016) join the claim of the content they carry in their sentence.
 */

/** The ledger: claims and the event → claim links (what Store.saveClaims takes). */
export interface Ledger {
  claims: Claim[];
  links: { eventId: string; claimId: string }[];
}

/** Roots whose dyad is unordered (cooperation, meetings). */
const SYMMETRIC = new Set(['03', '04', '05', '06']);
/** Dated events further apart than this are about different times. */
const MAX_GAP_DAYS = 365;

/** Events that carry content a claim is about: acts, and arms requests. */
export function isClaimContent(e: CodedEvent): boolean {
  if (!e.source || !e.target || e.modality === 'conditional') return false;
  return e.quadClass === 2 || e.quadClass === 4 || e.root === '06' || e.root === '07' || (e.root === '02' && e.weapon !== null);
}

/** Content key without weapon and time: root plus dyad (sorted for symmetric roots). */
export function claimKey(e: Pick<CodedEvent, 'root' | 'source' | 'target'>): string {
  const pair = [e.source ?? '', e.target ?? ''];
  if (SYMMETRIC.has(e.root)) pair.sort();
  return `${e.root}|${pair[0]}|${pair[1]}`;
}

/** Builds the ledger over any set of events (one article or a whole store). */
export function buildLedger(events: CodedEvent[]): Ledger {
  const groups = new Map<string, CodedEvent[]>();
  for (const e of events.filter(isClaimContent)) {
    const k = claimKey(e);
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const claims: Claim[] = [];
  const claimOf = new Map<string, Claim>();
  for (const [key, es] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [weapon, ws] of byWeapon(es)) {
      for (const cluster of byTime(ws)) {
        const c = makeClaim(key, weapon, cluster);
        claims.push(c);
        for (const e of cluster) claimOf.set(e.id, c);
      }
    }
  }
  linkSpeechActs(events, claimOf);
  const links = [...claimOf].map(([eventId, c]) => ({ eventId, claimId: c.id }));
  return { claims, links };
}

/** Sets claimId on every linked event of the doc and fills doc.claims. */
export function linkDocClaims(doc: Doc): void {
  const ledger = buildLedger(doc.events);
  const byEvent = new Map(ledger.links.map((l) => [l.eventId, l.claimId]));
  for (const e of doc.events) {
    e.claimId = byEvent.get(e.id) ?? null;
    if (e.claimId && !e.rules.includes('claims:ledger')) e.rules.push('claims:ledger');
  }
  doc.claims = ledger.claims;
}

/** Weapon classes: each named weapon is a claim; events with no weapon join the best-attested one. */
function byWeapon(es: CodedEvent[]): [string | null, CodedEvent[]][] {
  const named = new Map<string, CodedEvent[]>();
  for (const e of es) if (e.weapon) named.set(e.weapon, [...(named.get(e.weapon) ?? []), e]);
  const unnamed = es.filter((e) => !e.weapon);
  if (!named.size) return [[null, unnamed]];
  const best = [...named].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
  best[1].push(...unnamed);
  return [...named].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Splits by date where dated events are more than MAX_GAP_DAYS apart;
 * undated events join the largest cluster. A date stands for its whole day,
 * month or year ("in 2022" is as near to March 2023 as December 2022 is).
 */
function byTime(es: CodedEvent[]): CodedEvent[][] {
  const dated = es.filter((e) => e.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const undated = es.filter((e) => !e.date);
  const clusters: CodedEvent[][] = [];
  let reach = -Infinity;
  for (const e of dated) {
    const [from, to] = period(e);
    const cur = clusters[clusters.length - 1];
    if (cur && (from - reach) / 86400000 <= MAX_GAP_DAYS) {
      cur.push(e);
      reach = Math.max(reach, to);
    } else {
      clusters.push([e]);
      reach = to;
    }
  }
  if (!clusters.length) return [undated];
  clusters.reduce((a, b) => (b.length > a.length ? b : a)).push(...undated);
  return clusters;
}

/** First and last instant (ms) of the period an event date stands for. */
function period(e: CodedEvent): [number, number] {
  const from = Date.parse(`${e.date}T00:00:00Z`);
  const d = new Date(from);
  if (e.datePrecision === 'year') return [from, Date.UTC(d.getUTCFullYear() + 1, 0, 1) - 1];
  if (e.datePrecision === 'month') return [from, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1];
  return [from, from + 86400000 - 1];
}

function makeClaim(key: string, weapon: string | null, es: CodedEvent[]): Claim {
  const [root, source, target] = key.split('|') as [string, string, string];
  const firstYear = es.map((e) => e.date?.slice(0, 4)).filter(Boolean).sort()[0] ?? '';
  const id = createHash('sha1').update(`${key}|${weapon ?? '*'}|${firstYear}`).digest('hex').slice(0, 16);
  const sorted = [...es].sort((a, b) => a.id.localeCompare(b.id));
  return {
    id, source, target, root, weapon,
    asserting: sorted.filter((e) => e.modality !== 'negated').map((e) => e.id),
    denying: sorted.filter((e) => e.modality === 'negated').map((e) => e.id),
  };
}

/**
 * A denial (016) joins the claim of the negated content its denier claims
 * in the same sentence; an accusation (111/112) the claim of the content
 * it makes.
 */
function linkSpeechActs(events: CodedEvent[], claimOf: Map<string, Claim>): void {
  for (const a of events) {
    const denial = a.code === '016';
    if (!denial && a.root !== '11') continue;
    const content = events.find((c) => c.articleId === a.articleId && c.sentence === a.sentence && claimOf.has(c.id)
      && c.claimant === a.source && (c.modality === 'negated') === denial);
    if (!content) continue;
    const claim = claimOf.get(content.id)!;
    const list = denial ? claim.denying : claim.asserting;
    if (!list.includes(a.id)) list.push(a.id);
    claimOf.set(a.id, claim);
  }
}
