/**
 * The transfers ledger: arms-transfer events grouped by supplier → recipient
 * and system (or weapon class when no system is named), with the furthest
 * stage reached, the stated quantity range, who claimed and who denied it.
 */
import type { CodedEvent, Stage } from '../core/event.js';
import { STAGES } from '../core/event.js';
import type { Store } from '../store/store.js';
import { csv, table } from '../cli/table.js';

/** Codes whose events are transfers; requests (02xx) name the recipient as source. */
const TRANSFER_PREFIXES = ['072', '0232', '0234', '0332', '0334'];

/** Article facts used for report dates and outlets. */
export interface ArticleInfo {
  published: string | null;
  outlet: string | null;
}

/** One row of the ledger. */
export interface TransferRow {
  supplier: string | null;
  recipient: string | null;
  /** Named system, or null when the row groups a weapon class. */
  system: string | null;
  weapon: string | null;
  maker: string | null;
  /** First and latest report date (article published date, else the event date). */
  firstReported: string | null;
  lastReported: string | null;
  /** Furthest stage asserted (denied events never raise it), and the report date that first reached it. */
  stage: Stage | null;
  stageDate: string | null;
  /** Smallest lower bound and largest upper bound of the stated quantities. */
  quantityMin: number | null;
  quantityMax: number | null;
  /** Actor codes of the parties whose claim an asserting event is (the outlet's own voice adds none). */
  claimants: string[];
  /** Claimants of negated events. */
  deniers: string[];
  events: number;
  outlets: string[];
  eventIds: string[];
}

/** True for codes the ledger counts. */
export function isTransferCode(code: string): boolean {
  return TRANSFER_PREFIXES.some((p) => code.startsWith(p));
}

/** Supplier and recipient of a transfer event: a request (02xx) runs recipient → supplier. */
export function directionOf(e: Pick<CodedEvent, 'code' | 'source' | 'target'>): { supplier: string | null; recipient: string | null } {
  return e.code.startsWith('02') ? { supplier: e.target, recipient: e.source } : { supplier: e.source, recipient: e.target };
}

const rank = (s: Stage | null) => (s === null ? -1 : STAGES.indexOf(s));

function addUnique(list: string[], v: string | null): void {
  if (v !== null && !list.includes(v)) list.push(v);
}

function minOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function newRow(e: CodedEvent): TransferRow {
  const { supplier, recipient } = directionOf(e);
  return {
    supplier, recipient, system: e.system, weapon: e.weapon, maker: e.maker, firstReported: null, lastReported: null,
    stage: null, stageDate: null, quantityMin: null, quantityMax: null, claimants: [], deniers: [], events: 0,
    outlets: [], eventIds: [],
  };
}

function addEvent(row: TransferRow, e: CodedEvent, info: ArticleInfo | undefined): void {
  const date = info?.published ?? e.date ?? null;
  row.events++;
  row.eventIds.push(e.id);
  row.weapon ??= e.weapon;
  row.maker ??= e.maker;
  if (date && (!row.firstReported || date < row.firstReported)) row.firstReported = date;
  if (date && (!row.lastReported || date > row.lastReported)) row.lastReported = date;
  row.quantityMin = minOf(row.quantityMin, e.quantityMin);
  row.quantityMax = maxOf(row.quantityMax, e.quantityMax);
  addUnique(row.outlets, info?.outlet ?? e.reportedBy ?? null);
  if (e.modality === 'negated') {
    addUnique(row.deniers, e.claimant);
    return;
  }
  addUnique(row.claimants, e.claimant);
  const better = rank(e.stage) > rank(row.stage);
  const earlier = e.stage !== null && rank(e.stage) === rank(row.stage) && date !== null && (row.stageDate === null || date < row.stageDate);
  if (better || earlier) {
    row.stage = e.stage;
    row.stageDate = date;
  }
}

/**
 * Groups arms-transfer events by (supplier, recipient, system or weapon
 * class). Events of other codes are ignored. Rows come most-reported first.
 */
export function aggregateTransfers(
  events: readonly CodedEvent[],
  articlesById?: ReadonlyMap<string, ArticleInfo> | Record<string, ArticleInfo>,
): TransferRow[] {
  const info = (id: string): ArticleInfo | undefined =>
    articlesById instanceof Map ? articlesById.get(id) : (articlesById as Record<string, ArticleInfo> | undefined)?.[id];
  const rows = new Map<string, TransferRow>();
  for (const e of events) {
    if (!isTransferCode(e.code)) continue;
    const { supplier, recipient } = directionOf(e);
    const what = e.system ? `system:${e.system}` : `class:${e.weapon ?? ''}`;
    const key = `${supplier ?? ''}\u0000${recipient ?? ''}\u0000${what}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = newRow(e)));
    addEvent(row, e, info(e.articleId));
  }
  return [...rows.values()].sort(
    (a, b) => b.events - a.events || (b.lastReported ?? '').localeCompare(a.lastReported ?? '') || label(a).localeCompare(label(b)),
  );
}

function label(r: TransferRow): string {
  return `${r.supplier ?? ''}>${r.recipient ?? ''}:${r.system ?? r.weapon ?? ''}`;
}

/** Every stored transfer event, paging through the store once per transfer code. */
export async function loadTransferEvents(store: Store): Promise<CodedEvent[]> {
  const out: CodedEvent[] = [];
  for (const code of TRANSFER_PREFIXES) {
    let cursor: string | null = null;
    do {
      const page = await store.events({ code, limit: 1000, cursor });
      // A shorter prefix never overlaps: the prefixes are disjoint, so no event is read twice.
      out.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
  }
  return out;
}

async function articleInfos(store: Store, events: readonly CodedEvent[]): Promise<Map<string, ArticleInfo>> {
  const infos = new Map<string, ArticleInfo>();
  for (const id of new Set(events.map((e) => e.articleId))) {
    const a = await store.article(id);
    if (a) infos.set(id, { published: a.published ?? a.dateline?.date ?? null, outlet: a.outlet });
  }
  return infos;
}

/** Options of `dyadwatch transfers`. */
export interface TransfersArgs {
  supplier?: string;
  recipient?: string;
  /** A weapon class or a system name (case-insensitive). */
  weapon?: string;
  format: 'table' | 'csv' | 'json';
}

const HEADERS = [
  'supplier', 'recipient', 'system', 'weapon', 'maker', 'stage', 'stage_date', 'qty_min', 'qty_max',
  'first_reported', 'last_reported', 'events', 'claimants', 'deniers', 'outlets',
];

function cells(r: TransferRow): (string | number | null)[] {
  return [
    r.supplier, r.recipient, r.system, r.weapon, r.maker, r.stage, r.stageDate, r.quantityMin, r.quantityMax,
    r.firstReported, r.lastReported, r.events, r.claimants.join(' '), r.deniers.join(' '), r.outlets.join('; '),
  ];
}

/** Filters rows by the command's options. */
export function filterRows(rows: readonly TransferRow[], args: Omit<TransfersArgs, 'format'>): TransferRow[] {
  const w = args.weapon?.toLowerCase();
  return rows.filter(
    (r) =>
      (!args.supplier || r.supplier === args.supplier) &&
      (!args.recipient || r.recipient === args.recipient) &&
      (!w || r.weapon === w || r.system?.toLowerCase() === w),
  );
}

/** Renders rows as a table, RFC 4180 CSV (formula-safe) or JSON. */
export function formatTransfers(rows: readonly TransferRow[], format: TransfersArgs['format']): string {
  if (format === 'json') return JSON.stringify(rows, null, 2);
  if (format === 'csv') return csv(HEADERS, rows.map(cells));
  return rows.length ? table(HEADERS, rows.map(cells)) : 'no transfers stored';
}

/** `dyadwatch transfers`: the ledger of stored transfer events. */
export async function runTransfersCommand(store: Store, args: TransfersArgs): Promise<string> {
  const events = await loadTransferEvents(store);
  const rows = filterRows(aggregateTransfers(events, await articleInfos(store, events)), args);
  return formatTransfers(rows, args.format);
}
