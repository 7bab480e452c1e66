import type { CodedEvent } from '../../core/event.js';
import type { Span } from '../../core/span.js';
import type { Store, EventFilter, Evidence } from '../../store/store.js';
import { table, csv } from '../table.js';

/** Pages through the store until `limit` events (or all) are read. */
export async function collectEvents(store: Store, filter: EventFilter, limit: number): Promise<CodedEvent[]> {
  const out: CodedEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.events({ ...filter, limit: Math.min(1000, limit - out.length), cursor });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && out.length < limit);
  return out;
}

const EVENT_COLUMNS = ['id', 'date', 'code', 'plover', 'source', 'target', 'modality', 'hedged', 'claimant', 'weapon', 'quantity', 'stage'] as const;

function eventRow(e: CodedEvent): (string | number | boolean | null)[] {
  return [e.id, e.date, e.code, e.plover, e.source, e.target, e.modality, e.hedged, e.claimant, e.weapon, e.quantity, e.stage];
}

/** `dyadwatch events`: table, JSON (full events with chain and spans) or CSV. */
export async function eventsCommand(store: Store, filter: EventFilter, format: string): Promise<string> {
  const limit = filter.limit ?? (format === 'table' ? 100 : Number.MAX_SAFE_INTEGER);
  const events = await collectEvents(store, filter, limit);
  if (format === 'json') return JSON.stringify(events, null, 2);
  if (format === 'csv') return csv([...EVENT_COLUMNS], events.map(eventRow));
  const rows = events.map((e) => eventRow(e).map((c) => (typeof c === 'boolean' ? (c ? 'yes' : '') : c)));
  const more = events.length === limit ? `\n(showing the first ${limit}; use --limit or --format json for more)` : '';
  return `${table([...EVENT_COLUMNS], rows)}\n${events.length} events${more}`;
}

/** `dyadwatch dyads`: each pair with event counts by QuadClass. */
export async function dyadsCommand(store: Store, filter: EventFilter, format: string): Promise<string> {
  const dyads = await store.dyads(filter);
  if (format === 'json') return JSON.stringify(dyads, null, 2);
  const headers = ['dyad', 'events', 'verbal coop', 'material coop', 'verbal conflict', 'material conflict', 'first', 'last'];
  const rows = dyads.map((d) => [`${d.a}-${d.b}`, d.total, d.q1, d.q2, d.q3, d.q4, d.first, d.last]);
  if (format === 'csv') return csv(headers, rows);
  return table(headers, rows);
}

/** Marks spans inside a sentence: [source], <target>, {trigger}; ANSI colours on a terminal. */
export function markSpans(text: string, offset: number, marks: { span: Span | null; open: string; close: string }[]): string {
  const cuts: { at: number; s: string; order: number }[] = [];
  marks.forEach((m, i) => {
    if (!m.span) return;
    cuts.push({ at: m.span.start - offset, s: m.open, order: 10 + i });
    cuts.push({ at: m.span.end - offset, s: m.close, order: -10 - i });
  });
  cuts.sort((a, b) => b.at - a.at || a.order - b.order);
  let out = text;
  for (const c of cuts) if (c.at >= 0 && c.at <= out.length) out = out.slice(0, c.at) + c.s + out.slice(c.at);
  return out;
}

/** `dyadwatch show EVENT_ID`: the evidence sentence with spans marked, and why it was coded. */
export function formatEvidence(ev: Evidence, color: boolean): string {
  const e = ev.event;
  const c = (code: string) => (color ? `\x1b[${code}m` : '');
  const marked = markSpans(ev.sentence.text, ev.sentence.start, [
    { span: e.sourceSpan, open: `${c('1;34')}[`, close: `]${c('0')}` },
    { span: e.targetSpan, open: `${c('1;31')}<`, close: `>${c('0')}` },
    { span: e.trigger, open: `${c('1;33')}{`, close: `}${c('0')}` },
  ]);
  const chain = e.chain.length ? e.chain.map((l) => (l.actor ? `${l.name} (${l.actor}${l.role ? `, ${l.role}` : ''})` : l.name)).join(' ← ') : '(outlet voice)';
  const lines = [
    `event     ${e.id}`,
    `code      ${e.code} ${e.plover ?? ''}  Goldstein ${e.goldstein}  QuadClass ${e.quadClass}`,
    `dyad      ${e.source ?? '?'} (${e.sourceActor ?? '?'}) → ${e.target ?? '?'} (${e.targetActor ?? '?'})`,
    `modality  ${e.modality}${e.hedged ? ', hedged' : ''}`,
    `claimant  ${e.claimant ?? '(outlet)'}${e.reportedBy ? `  reported by ${e.reportedBy}` : ''}`,
    `chain     ${chain}`,
    `date      ${e.date ?? 'unknown'} (${e.datePrecision}${e.dateSource ? `, from ${e.dateSource}` : ''})`,
  ];
  if (e.weapon || e.system || e.quantity || e.stage) {
    lines.push(`arms      ${[e.weapon, e.system && `${e.system}${e.maker ? ` (${e.maker})` : ''}`, e.quantity && `qty "${e.quantity}" [${e.quantityMin ?? '?'}, ${e.quantityMax ?? '?'}]`, e.stage].filter(Boolean).join(', ')}`);
  }
  if (e.claimId) lines.push(`claim     ${e.claimId}`);
  lines.push(
    `article   ${ev.article.id}${ev.article.outlet ? ` (${ev.article.outlet})` : ''}${ev.article.published ? ` ${ev.article.published}` : ''}${ev.article.url ? ` ${ev.article.url}` : ''}`,
    `rules     ${e.rules.join(', ')}`,
    `dict      ${e.dictVersion}`,
    '',
    `  ${marked}`,
    '',
    `  [source] <target> {trigger}`,
  );
  return lines.join('\n');
}
