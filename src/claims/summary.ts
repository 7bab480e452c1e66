import type { Claim, CodedEvent } from '../core/event.js';

/*
 * What an analyst reads off a claim: who asserts it, who denies it, whether
 * a party to it acknowledges it, how many independent outlets carry it, and
 * its evidence in the order it was reported (so a later confirmation reads
 * after the denial it overturns).
 */

/** Where an evidence sentence stands on the claim. */
export type EvidenceRole = 'asserts' | 'accuses' | 'denies';

/**
 * One evidence sentence: the events of one article sentence on one side of
 * the claim (for it, or against it), in report order.
 */
export interface ClaimEvidence {
  /** The event that represents the sentence (its sentence text is fetched by this id). */
  eventId: string;
  /** Every event of the claim this sentence carries on the same side. */
  eventIds: string[];
  articleId: string;
  sentenceIndex: number;
  /** "accuses" when the sentence holds an accusation besides the content it alleges. */
  role: EvidenceRole;
  /** CAMEO codes of those events, in order ("112", "072"); a denial's 016 shows its target ("016→USA"). */
  codes: string[];
  code: string;
  modality: string;
  hedged: boolean;
  /** The party on whose word it stands (claimant, accuser or denier), or null for the outlet's own voice. */
  party: string | null;
  /** When the article reported it (published or dateline date), if known. */
  reported: string | null;
  /** The event's own date, cut to its precision ("2024-08", "2024"), or null when unknown. */
  date: string | null;
  /** The attribution chain as read: "WANA ← Reuters ← European intelligence services". */
  chain: string;
  sentence: string | null;
}

/**
 * Summary of a claim: `asserted` while only asserted (or only by unnamed
 * voices), `acknowledged` when a party of the dyad itself asserts it,
 * `denied` when only denied, `disputed` when both asserted and denied.
 */
export type ClaimStatus = 'asserted' | 'acknowledged' | 'denied' | 'disputed';

/** One claim with the parties and outlets behind it, as printed and as JSON. */
export interface ClaimSummary extends Claim {
  status: ClaimStatus;
  /** Parties asserting it (claimants, accusers); "outlet" for an outlet's own voice. */
  assertedBy: string[];
  deniedBy: string[];
  /** Parties of the dyad that assert it themselves (an admission). */
  acknowledgedBy: string[];
  /** Speaker names behind each party ("USA" → ["Pat Ryder", "U.S. State Department"]). */
  speakers: Record<string, string[]>;
  /** Independent outlets: the outlet an article cites, else the outlet that published it. */
  outlets: string[];
  articles: number;
  /** Distinct reported events: copies of one story (another outlet running it) count once. */
  reports: number;
  /** Range of the events' own dates (the content's time), ISO days. */
  firstDate: string | null;
  lastDate: string | null;
  /** Range of the report dates of the articles carrying it. */
  firstReported: string | null;
  lastReported: string | null;
  evidence: ClaimEvidence[];
  /** Evidence sentences left out beyond the limit. */
  moreEvidence: number;
}

/** The voice an outlet speaks in when no party is named: kept distinct from any state code. */
export const OUTLET_VOICE = 'outlet';

/** How many evidence sentences a claim keeps at most (the table stays readable and store calls bounded). */
export const MAX_EVIDENCE = 6;

/** Role of one event in its claim. */
export function roleOf(e: CodedEvent): EvidenceRole {
  if (e.code === '016' || e.modality === 'negated') return 'denies';
  return e.root === '11' ? 'accuses' : 'asserts';
}

/** The party behind an event: the speaker of a speech act (accuser, denier), else the claimant. */
export function partyOf(e: CodedEvent): string | null {
  return e.code === '016' || e.root === '11' ? e.source : e.claimant;
}

/**
 * The independent outlet of an event: the innermost outlet of its chain
 * (WANA citing Pravda counts as Pravda: WANA adds no second source), else
 * the cited outlet, else the article itself when no outlet is known.
 */
export function outletOf(e: CodedEvent): string {
  const inner = [...e.chain].reverse().find((l) => l.kind === 'outlet');
  return inner?.name ?? e.reportedBy ?? `unnamed outlet (article ${e.articleId.slice(0, 8)})`;
}

/** Article id → report date (published or dateline), as the store knows it. */
export type ReportDates = ReadonlyMap<string, string | null>;

/**
 * Report order, so a claim reads as its history (alleged, denied, later
 * confirmed): by the article's report date, else the event's date, then
 * article and sentence (stable across runs).
 */
export function reportOrder(reported?: ReportDates): (a: CodedEvent, b: CodedEvent) => number {
  const when = (e: CodedEvent) => reported?.get(e.articleId) ?? e.date ?? '9999';
  return (a, b) => when(a).localeCompare(when(b)) || a.articleId.localeCompare(b.articleId)
    || a.sentence - b.sentence || a.trigger.start - b.trigger.start || a.id.localeCompare(b.id);
}

/** An event date cut to its precision. */
function shown(e: CodedEvent): string | null {
  if (!e.date) return null;
  return e.datePrecision === 'year' ? e.date.slice(0, 4) : e.datePrecision === 'month' ? e.date.slice(0, 7) : e.date;
}

/**
 * The evidence sentences of a claim's events: one per article, sentence and
 * role, in report order. `sentences` maps event id to its sentence text.
 */
export function evidenceOf(events: CodedEvent[], sentences?: Map<string, string>, reported?: ReportDates): ClaimEvidence[] {
  const out = new Map<string, ClaimEvidence>();
  for (const e of [...events].sort(reportOrder(reported))) {
    const role = roleOf(e);
    const key = `${e.articleId}#${e.sentence}#${role === 'denies' ? 'against' : 'for'}`;
    const code = e.code === '016' && e.target ? `016→${e.target}` : e.code;
    const chain = e.chain.map((l) => l.name).join(' ← ');
    const seen = out.get(key);
    if (seen) {
      seen.eventIds.push(e.id);
      if (!seen.codes.includes(code)) seen.codes.push(code);
      if (role === 'accuses') seen.role = role;
      // The content's chain reaches the speaker; a speech act's stops at the outlet.
      if (chain.length > seen.chain.length) seen.chain = chain;
      seen.party ??= partyOf(e);
      seen.hedged ||= e.hedged && role !== 'denies';
      continue;
    }
    out.set(key, {
      eventId: e.id, eventIds: [e.id], articleId: e.articleId, sentenceIndex: e.sentence, role, codes: [code], code: e.code,
      modality: e.modality, hedged: e.hedged, party: partyOf(e), reported: reported?.get(e.articleId) ?? null, date: shown(e),
      chain, sentence: sentences?.get(e.id) ?? null,
    });
  }
  return [...out.values()];
}

/**
 * Summarises claims against their events; `sentences` maps event id to its
 * sentence text, `reported` article id to its report date.
 */
export function summarizeClaims(claims: Claim[], events: CodedEvent[], sentences?: Map<string, string>,
  reported?: ReportDates): ClaimSummary[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return claims.map((c) => {
    const asserting = c.asserting.map((id) => byId.get(id)).filter((e): e is CodedEvent => !!e);
    const denying = c.denying.map((id) => byId.get(id)).filter((e): e is CodedEvent => !!e);
    const all = [...asserting, ...denying];
    const assertedBy = uniq(asserting.map((e) => partyOf(e) ?? OUTLET_VOICE));
    const deniedBy = uniq(denying.map((e) => partyOf(e) ?? OUTLET_VOICE));
    const parties = [c.source, c.target];
    const acknowledgedBy = uniq(asserting.filter((e) => e.root !== '11' && e.claimant && parties.includes(e.claimant))
      .map((e) => e.claimant!));
    const dates = all.map((e) => e.date).filter((d): d is string => !!d).sort();
    const reports = all.map((e) => reported?.get(e.articleId)).filter((d): d is string => !!d).sort();
    const evidence = evidenceOf(all, sentences, reported);
    return {
      ...c,
      status: status(assertedBy, deniedBy, acknowledgedBy),
      assertedBy, deniedBy, acknowledgedBy,
      speakers: speakersOf(all),
      outlets: uniq(all.map(outletOf)).sort(),
      reports: new Set(all.map((e) => e.reportOf ?? e.id)).size,
      articles: new Set(all.map((e) => e.articleId)).size,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      firstReported: reports[0] ?? null,
      lastReported: reports[reports.length - 1] ?? null,
      evidence: evidence.slice(0, MAX_EVIDENCE),
      moreEvidence: Math.max(0, evidence.length - MAX_EVIDENCE),
    };
  });
}

function status(asserted: string[], denied: string[], acknowledged: string[]): ClaimStatus {
  if (asserted.length && denied.length) return 'disputed';
  if (denied.length) return 'denied';
  return acknowledged.length ? 'acknowledged' : 'asserted';
}

/** The named speakers behind each party: the innermost non-outlet link of each event's chain. */
function speakersOf(events: CodedEvent[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of [...events].sort(reportOrder())) {
    const party = partyOf(e);
    if (!party) continue;
    const link = [...e.chain].reverse().find((l) => l.kind !== 'outlet');
    const name = link?.name ?? (e.code === '016' || e.root === '11' ? null : party);
    if (!name) continue;
    const list = (out[party] ??= []);
    if (!list.includes(name)) list.push(name);
  }
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
