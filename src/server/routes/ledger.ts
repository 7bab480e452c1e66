import type { Hono } from 'hono';
import type { Claim, CodedEvent } from '../../core/event.js';
import type { EventFilter, Store } from '../../store/store.js';
import { MAX_LIMIT } from '../../store/store.js';
import { ClaimsQuery, TransfersQuery, limitOf, toFilter } from '../schemas.js';
import { parseQuery, sendJsonBytes } from '../http.js';
import { aggregateTransfers, isTransferCode } from '../../watch/transfers.js';
import type { AppContext } from '../context.js';

/** One entry of a claim's history: who said it (or denied it), when, where. */
export interface ClaimEntry {
  eventId: string;
  stance: 'asserts' | 'denies';
  date: string | null;
  code: string;
  source: string | null;
  target: string | null;
  claimant: string | null;
  reportedBy: string | null;
  modality: CodedEvent['modality'];
  hedged: boolean;
  articleId: string;
  /** The outlet that published the article, and its story (copies share one). */
  outlet: string | null;
  storyId: string | null;
  /** The first report this entry repeats (another outlet's copy of it), else null. */
  reportOf: string | null;
}

/** How widely a claim was reported: copies of one story count once as a report, every outlet is listed. */
export interface ClaimReach {
  /** Distinct reported events (an event and its copies are one). */
  reports: number;
  /** Outlets that published an article carrying the claim. */
  outlets: string[];
}

/**
 * Code prefixes of transfer events, as in src/watch/transfers.ts (which does
 * not export its list); isTransferCode below keeps the two in agreement.
 */
const TRANSFER_CODES = ['072', '0232', '0234', '0332', '0334'];
/** Most transfer events scanned per request; the answer says when it stopped early. */
const TRANSFER_SCAN_CAP = 10000;
/** Most history entries resolved per claim. */
const HISTORY_CAP = 50;

/** GET /api/claims and GET /api/transfers. */
export function registerLedger(app: Hono, ctx: AppContext): void {
  app.get('/api/claims', async (c) => {
    const q = parseQuery(c, ClaimsQuery);
    if (!q.ok) return q.response;
    const { limit, ...rest } = q.data;
    const filter = toFilter(rest);
    const n = limitOf(limit, 200, 2000);
    const body = await ctx.cache.json(`claims|${n}|${JSON.stringify(filter)}`, async () => {
      const claims = (await ctx.store.claims(filter)).slice(0, n);
      const items = [];
      for (const claim of claims) {
        const history = await historyOf(ctx.store, claim);
        items.push({ ...claim, ...reachOf(history), history });
      }
      return { items };
    });
    return sendJsonBytes(c, body);
  });

  app.get('/api/transfers', async (c) => {
    const q = parseQuery(c, TransfersQuery);
    if (!q.ok) return q.response;
    const base = toFilter(q.data);
    const body = await ctx.cache.json(`transfers|${JSON.stringify(base)}`, async () => {
      const events: CodedEvent[] = [];
      let truncated = false;
      for (const code of TRANSFER_CODES) {
        const r = await collect(ctx.store, { ...base, code }, TRANSFER_SCAN_CAP);
        events.push(...r.events.filter((e) => isTransferCode(e.code)));
        truncated ||= r.truncated;
      }
      return { items: aggregateTransfers(events), truncated };
    });
    return sendJsonBytes(c, body);
  });
}

/** Assertions and denials of a claim, oldest first (undated last). */
export async function historyOf(store: Store, claim: Claim): Promise<ClaimEntry[]> {
  const ids: [string, ClaimEntry['stance']][] = [
    ...claim.asserting.map((id): [string, ClaimEntry['stance']] => [id, 'asserts']),
    ...claim.denying.map((id): [string, ClaimEntry['stance']] => [id, 'denies']),
  ].slice(0, HISTORY_CAP);
  const out: ClaimEntry[] = [];
  for (const [id, stance] of ids) {
    const e = await store.event(id);
    if (!e) continue;
    out.push({
      eventId: e.id, stance, date: e.date, code: e.code, source: e.source, target: e.target,
      claimant: e.claimant, reportedBy: e.reportedBy, modality: e.modality, hedged: e.hedged, articleId: e.articleId,
      outlet: null, storyId: null, reportOf: e.reportOf ?? null,
    });
  }
  const stories = new Map((await store.articleStories([...new Set(out.map((x) => x.articleId))])).map((a) => [a.articleId, a]));
  for (const x of out) {
    x.outlet = stories.get(x.articleId)?.outlet ?? null;
    x.storyId = stories.get(x.articleId)?.storyId ?? null;
  }
  return out.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999'));
}

/** "Reported by N outlets" of a claim's history. */
export function reachOf(history: ClaimEntry[]): ClaimReach {
  const reports = new Set(history.map((h) => h.reportOf ?? h.eventId)).size;
  const outlets = [...new Set(history.map((h) => h.outlet ?? `unnamed outlet (article ${h.articleId.slice(0, 8)})`))];
  return { reports, outlets };
}

/** Reads matching events page by page, up to `cap`. */
async function collect(store: Store, filter: EventFilter, cap: number): Promise<{ events: CodedEvent[]; truncated: boolean }> {
  const events: CodedEvent[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await store.events({ ...filter, cursor, limit: MAX_LIMIT });
    events.push(...page.items);
    if (!page.nextCursor) return { events, truncated: false };
    if (events.length >= cap) return { events, truncated: true };
    cursor = page.nextCursor;
  }
}
