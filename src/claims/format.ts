import type { Claim, CodedEvent } from '../core/event.js';
import type { Store } from '../store/store.js';
import { buildLedger } from './ledger.js';
import type { ClaimEvidence, ClaimSummary, ReportDates } from './summary.js';
import { evidenceOf, MAX_EVIDENCE, OUTLET_VOICE, summarizeClaims } from './summary.js';

/*
 * `dyadwatch claims`: recomputes the ledger over the whole store, saves it,
 * and prints each claim as an analyst reads it: what is claimed, its
 * status, who asserts and who denies it (with the speakers), how many
 * independent outlets carry it, and the evidence sentences in report order.
 */

export { summarizeClaims } from './summary.js';
export type { ClaimSummary } from './summary.js';

/** CAMEO roots a claim can be about (ledger.isClaimContent), named so the list reads without a codebook. */
const ROOT_NAMES: Readonly<Record<string, string>> = {
  '02': 'request for arms', '06': 'military cooperation', '07': 'arms and military aid', '15': 'force posture',
  '16': 'reduced relations', '17': 'coercion', '18': 'assault', '19': 'fighting', '20': 'mass violence',
};
const SYMMETRIC = new Set(['03', '04', '05', '06']);
/** Evidence sentences wrap at this width, indented under their header line. */
const WRAP = 100;

/** The claims as text for the CLI; `sentences` maps event id to its sentence text, `reported` article id to its date. */
export function formatClaims(claims: Claim[], events: CodedEvent[], sentences?: Map<string, string>, reported?: ReportDates): string {
  const rows = summarizeClaims(claims, events, sentences, reported).sort(byDyadThenRecent);
  if (!rows.length) return 'No claims.';
  const out: string[] = [];
  let dyad = '';
  for (const r of rows) {
    const d = dyadKey(r);
    if (d !== dyad) {
      const mine = rows.filter((x) => dyadKey(x) === d);
      const disputed = mine.filter((x) => x.status === 'disputed').length;
      out.push(`${out.length ? '\n' : ''}== ${d}: ${plural(mine.length, 'claim')}${disputed ? `, ${disputed} disputed` : ''} ==`);
      dyad = d;
    }
    out.push('', ...claimBlock(r));
  }
  return out.join('\n');
}

function claimBlock(r: ClaimSummary): string[] {
  const arrow = SYMMETRIC.has(r.root) ? '↔' : '→';
  const what = `${ROOT_NAMES[r.root] ?? `CAMEO ${r.root}`}${r.weapon ? `: ${r.weapon.replace(/_/g, ' ')}` : ''}`;
  const lines = [`${r.source} ${arrow} ${r.target}  ${what}  [claim ${r.id}]`];
  lines.push(`  status     ${statusLine(r)}`);
  lines.push(`  asserted   ${partiesLine(r, r.assertedBy)}`);
  lines.push(`  denied     ${partiesLine(r, r.deniedBy)}`);
  const outlets = r.outlets.length ? `${r.outlets.length} independent (${r.outlets.join(', ')})` : 'none named';
  const events = r.asserting.length + r.denying.length;
  const copies = r.reports < events ? `; ${plural(r.reports, 'reported event')} (copies of one story once)` : '';
  lines.push(`  outlets    ${outlets} in ${plural(r.articles, 'article')}${copies}`);
  if (r.firstReported) lines.push(`  reported   ${range(r.firstReported, r.lastReported!)}`);
  lines.push('  evidence');
  for (const ev of r.evidence) lines.push(...evidenceLines(ev));
  if (r.moreEvidence) lines.push(`    … ${plural(r.moreEvidence, 'more sentence')} (dyadwatch claims --format json, dyadwatch show ID)`);
  return lines;
}

function statusLine(r: ClaimSummary): string {
  const named = (xs: string[]) => xs.map(voice).join(', ');
  const ack = r.acknowledgedBy.length ? `; acknowledged by ${named(r.acknowledgedBy)}` : '';
  switch (r.status) {
    case 'disputed': return `disputed: asserted by ${named(r.assertedBy)}, denied by ${named(r.deniedBy)}${ack}`;
    case 'denied': return `denied by ${named(r.deniedBy)}, asserted by no one in the store`;
    case 'acknowledged': return `acknowledged by ${named(r.acknowledgedBy)} (a party to it)`;
    default: return `asserted by ${named(r.assertedBy)}, denied by no one in the store`;
  }
}

/** "USA (Pat Ryder, U.S. State Department); outlet's own voice" or "-". */
function partiesLine(r: ClaimSummary, parties: string[]): string {
  if (!parties.length) return '-';
  return parties.map((p) => {
    const who = (r.speakers[p] ?? []).filter((n) => n !== p);
    return `${voice(p)}${who.length ? ` (${who.join(', ')})` : ''}`;
  }).join('; ');
}

function voice(p: string): string {
  return p === OUTLET_VOICE ? 'the outlet itself' : p;
}

function range(a: string, b: string): string {
  return a === b ? a : `${a} to ${b}`;
}

/** Header "2024-08-14  denies   IRN  [016→USA 072]  WANA ← Iranian officials", then the sentence, wrapped. */
function evidenceLines(ev: ClaimEvidence): string[] {
  const tags = [ev.codes.join(' '), ...(ev.modality !== 'actual' && ev.role !== 'denies' ? [ev.modality] : []),
    ...(ev.hedged ? ['hedged'] : []), ...(ev.reported && ev.date && ev.date !== ev.reported ? [`dated ${ev.date}`] : [])];
  // The report date leads (the claim's history); with none known, the event's own date.
  const head = `    ${(ev.reported ?? ev.date ?? 'undated').padEnd(10)}  ${ev.role.padEnd(7)}  ${voice(ev.party ?? OUTLET_VOICE)}  [${tags.join(', ')}]  ${ev.chain}`;
  return ev.sentence ? [head.trimEnd(), ...wrap(ev.sentence.replace(/\s+/g, ' ').trim(), WRAP, '      ')] : [head.trimEnd()];
}

function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && indent.length + line.length + 1 + w.length > width) {
      out.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(indent + line);
  return out;
}

function dyadKey(c: Claim): string {
  return [c.source ?? '?', c.target ?? '?'].sort().join('–');
}

/** Dyads in order; inside one, the most recently reported claim first, then the best carried. */
function byDyadThenRecent(a: ClaimSummary, b: ClaimSummary): number {
  return dyadKey(a).localeCompare(dyadKey(b)) || (b.lastDate ?? '').localeCompare(a.lastDate ?? '')
    || b.outlets.length - a.outlets.length || a.root.localeCompare(b.root) || a.id.localeCompare(b.id);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Every event of the store, page by page. */
async function allEvents(store: Store): Promise<CodedEvent[]> {
  const out: CodedEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.events({ limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/**
 * `dyadwatch claims [--dyad IRN-RUS] [--format json]`: recomputes the
 * ledger over the store, saves it, and returns the text to print.
 */
export async function runClaimsCommand(store: Store, args: { dyad?: [string, string]; format: 'table' | 'json' }): Promise<string> {
  const events = await allEvents(store);
  const ledger = buildLedger(events);
  await store.saveClaims(ledger.claims, ledger.links);
  const d = args.dyad?.map((x) => x.toUpperCase());
  const claims = d
    ? ledger.claims.filter((c) => (c.source === d[0] && c.target === d[1]) || (c.source === d[1] && c.target === d[0]))
    : ledger.claims;
  const reported = await reportDates(store);
  // Only the sentences that will be shown are fetched: one per evidence line.
  const byId = new Map(events.map((e) => [e.id, e]));
  const sentences = new Map<string, string>();
  for (const c of claims) {
    const es = [...c.asserting, ...c.denying].map((id) => byId.get(id)).filter((e): e is CodedEvent => !!e);
    for (const ev of evidenceOf(es, undefined, reported).slice(0, MAX_EVIDENCE)) {
      const found = await store.evidence(ev.eventId);
      if (found) sentences.set(ev.eventId, found.sentence.text);
    }
  }
  if (args.format === 'json') return JSON.stringify(summarizeClaims(claims, events, sentences, reported), null, 2);
  return formatClaims(claims, events, sentences, reported);
}

/** Article id → report date (published, else the dateline's), page by page without the texts. */
async function reportDates(store: Store): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  let cursor: string | null = null;
  do {
    const page = await store.articles(1000, cursor);
    for (const a of page.items) out.set(a.id, a.published ?? a.dateline?.date ?? null);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
