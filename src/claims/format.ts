import type { Claim, CodedEvent } from '../core/event.js';
import type { Store } from '../store/store.js';
import { buildLedger } from './ledger.js';

/*
 * `dyadwatch claims`: recomputes the ledger over the whole store, saves it,
 * and prints each claim with who asserts it, who denies it, how many
 * independent outlets carry it, and the evidence sentences.
 */

/** One claim with the parties and outlets behind it, as printed and as JSON. */
export interface ClaimSummary extends Claim {
  /** Claimant states (or "outlet" for the outlet's own voice) asserting it. */
  assertedBy: string[];
  deniedBy: string[];
  /** Distinct outlets carrying it: article outlets and cited outlets. */
  outlets: string[];
  evidence: { eventId: string; code: string; modality: string; claimant: string | null; sentence: string | null }[];
}

/** How many evidence sentences a claim prints at most (keeps the table readable and the store calls bounded). */
const MAX_EVIDENCE = 6;

/** Summarises claims against their events; `evidence` maps event id to its sentence text. */
export function summarizeClaims(claims: Claim[], events: CodedEvent[], evidence?: Map<string, string>): ClaimSummary[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return claims.map((c) => {
    const asserting = c.asserting.map((id) => byId.get(id)).filter((e): e is CodedEvent => !!e);
    const denying = c.denying.map((id) => byId.get(id)).filter((e): e is CodedEvent => !!e);
    const party = (e: CodedEvent) => (e.code === '016' || e.root === '11' ? e.source : e.claimant) ?? 'outlet';
    const outlets = new Set<string>();
    for (const e of [...asserting, ...denying]) {
      const top = e.chain[0]?.kind === 'outlet' ? e.chain[0].name : null;
      if (e.reportedBy) outlets.add(e.reportedBy);
      else if (top) outlets.add(top);
    }
    return {
      ...c,
      assertedBy: uniq(asserting.map(party)),
      deniedBy: uniq(denying.map(party)),
      outlets: [...outlets].sort(),
      evidence: [...asserting, ...denying].slice(0, MAX_EVIDENCE).map((e) => ({
        eventId: e.id, code: e.code, modality: e.modality, claimant: e.claimant, sentence: evidence?.get(e.id) ?? null,
      })),
    };
  });
}

/** The claims as a text table for the CLI. */
export function formatClaims(claims: Claim[], events: CodedEvent[], evidence?: Map<string, string>): string {
  const rows = summarizeClaims(claims, events, evidence);
  if (!rows.length) return 'No claims.';
  const out: string[] = [];
  for (const r of rows) {
    out.push(`${r.id}  ${r.source}→${r.target}  ${r.root}${r.weapon ? `  ${r.weapon}` : ''}`);
    out.push(`  asserted by: ${r.assertedBy.join(', ') || '-'} (${r.asserting.length} event${r.asserting.length === 1 ? '' : 's'})`);
    out.push(`  denied by:   ${r.deniedBy.join(', ') || '-'} (${r.denying.length} event${r.denying.length === 1 ? '' : 's'})`);
    out.push(`  outlets:     ${r.outlets.length}${r.outlets.length ? ` (${r.outlets.join(', ')})` : ''}`);
    for (const ev of r.evidence) {
      if (ev.sentence) out.push(`    [${ev.code} ${ev.modality}${ev.claimant ? `, ${ev.claimant}` : ''}] ${ev.sentence.replace(/\s+/g, ' ')}`);
    }
  }
  return out.join('\n');
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
  const evidence = new Map<string, string>();
  for (const c of claims) {
    for (const id of [...c.asserting, ...c.denying].slice(0, MAX_EVIDENCE)) {
      const ev = await store.evidence(id);
      if (ev) evidence.set(id, ev.sentence.text);
    }
  }
  if (args.format === 'json') return JSON.stringify(summarizeClaims(claims, events, evidence), null, 2);
  return formatClaims(claims, events, evidence);
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
