import type { Article, Dateline } from '../core/article.js';
import type { Sentence } from '../core/nlp.js';
import type { Mention } from '../core/actor.js';
import type { CodedEvent, Claim } from '../core/event.js';
import type { Span } from '../core/span.js';
import type { AlertRecord } from './store.js';
import { dyadOf, effectiveDate, monthBucket, padDate, weekBucket } from './common.js';

/**
 * Mapping between core objects and table rows, shared by both adapters so
 * that a CodedEvent read back from either deep-equals the one saved.
 * Column names avoid SQL keywords (no "end", "start") so no quoting is needed.
 */

/** Raw row as a driver returns it. */
export type Row = Record<string, unknown>;

/** Decodes a JSON column: SQLite gives text, PostgreSQL JSONB gives parsed values. */
export type JsonDecode = (v: unknown) => unknown;
export const parseJsonText: JsonDecode = (v) => (typeof v === 'string' ? JSON.parse(v) : v);
export const jsonAsIs: JsonDecode = (v) => v;

/** Columns of the events table in insert order (seq is generated). */
export const EVENT_COLUMNS = [
  'id', 'article_id', 'sentence', 'code', 'root', 'plover', 'goldstein', 'quad_class',
  'source', 'target', 'source_actor', 'target_actor', 'dyad_a', 'dyad_b',
  'trigger_start', 'trigger_end', 'source_start', 'source_end', 'target_start', 'target_end',
  'weapon', 'system', 'maker', 'quantity', 'quantity_min', 'quantity_max', 'stage',
  'weapon_start', 'weapon_end', 'quantity_start', 'quantity_end',
  'modality', 'hedged', 'cue_spans', 'claimant', 'reported_by', 'chain',
  'date', 'date_precision', 'date_source', 'eff_date', 'eff_week', 'eff_month',
  'claim_id', 'rules', 'dict_version', 'history',
] as const;

/** Values for EVENT_COLUMNS; `bool` and `json` adapt to the driver. */
export function eventValues(
  e: CodedEvent,
  article: Article,
  bool: (b: boolean) => unknown,
  json: (v: unknown) => unknown,
): unknown[] {
  const dyad = dyadOf(e);
  const eff = effectiveDate(e, article);
  return [
    e.id, e.articleId, e.sentence, e.code, e.root, e.plover, e.goldstein, e.quadClass,
    e.source, e.target, e.sourceActor, e.targetActor, dyad?.[0] ?? null, dyad?.[1] ?? null,
    e.trigger.start, e.trigger.end, e.sourceSpan?.start ?? null, e.sourceSpan?.end ?? null,
    e.targetSpan?.start ?? null, e.targetSpan?.end ?? null,
    e.weapon, e.system, e.maker, e.quantity, e.quantityMin, e.quantityMax, e.stage,
    e.weaponSpan?.start ?? null, e.weaponSpan?.end ?? null, e.quantitySpan?.start ?? null, e.quantitySpan?.end ?? null,
    e.modality, bool(e.hedged), json(e.cueSpans), e.claimant, e.reportedBy, json(e.chain),
    e.date, e.datePrecision, e.dateSource, padDate(eff), weekBucket(eff), monthBucket(eff),
    e.claimId, json(e.rules), e.dictVersion, bool(e.history),
  ];
}

function span(row: Row, prefix: string): Span | null {
  const start = row[`${prefix}_start`];
  const end = row[`${prefix}_end`];
  return start === null || start === undefined ? null : { start: Number(start), end: Number(end) };
}

function num(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

/** Rebuilds a CodedEvent from an events row. */
export function rowToEvent(row: Row, json: JsonDecode): CodedEvent {
  const e = eventFields(row, json);
  // Only copies carry it, so events of single-outlet stories round-trip unchanged.
  if (row.report_of !== null && row.report_of !== undefined) e.reportOf = row.report_of as string;
  return e;
}

function eventFields(row: Row, json: JsonDecode): CodedEvent {
  return {
    id: row.id as string,
    articleId: row.article_id as string,
    sentence: Number(row.sentence),
    code: row.code as string,
    root: row.root as string,
    plover: (row.plover ?? null) as CodedEvent['plover'],
    goldstein: Number(row.goldstein),
    quadClass: Number(row.quad_class) as CodedEvent['quadClass'],
    source: (row.source ?? null) as string | null,
    target: (row.target ?? null) as string | null,
    sourceActor: (row.source_actor ?? null) as string | null,
    targetActor: (row.target_actor ?? null) as string | null,
    trigger: span(row, 'trigger')!,
    sourceSpan: span(row, 'source'),
    targetSpan: span(row, 'target'),
    weapon: (row.weapon ?? null) as CodedEvent['weapon'],
    system: (row.system ?? null) as string | null,
    maker: (row.maker ?? null) as string | null,
    quantity: (row.quantity ?? null) as string | null,
    quantityMin: num(row.quantity_min),
    quantityMax: num(row.quantity_max),
    stage: (row.stage ?? null) as CodedEvent['stage'],
    weaponSpan: span(row, 'weapon'),
    quantitySpan: span(row, 'quantity'),
    modality: row.modality as CodedEvent['modality'],
    hedged: Boolean(row.hedged),
    cueSpans: json(row.cue_spans) as Span[],
    claimant: (row.claimant ?? null) as string | null,
    reportedBy: (row.reported_by ?? null) as string | null,
    chain: json(row.chain) as CodedEvent['chain'],
    date: (row.date ?? null) as string | null,
    datePrecision: row.date_precision as CodedEvent['datePrecision'],
    dateSource: (row.date_source ?? null) as CodedEvent['dateSource'],
    history: Boolean(row.history),
    claimId: (row.claim_id ?? null) as string | null,
    rules: json(row.rules) as string[],
    dictVersion: row.dict_version as string,
  };
}

/** Columns of the articles table in insert order (seq and ingested_at are generated). */
export const ARTICLE_COLUMNS = [
  'id', 'external_id', 'url', 'title', 'published', 'outlet', 'dateline', 'origin', 'text',
] as const;

export function articleValues(a: Article, json: (v: unknown) => unknown): unknown[] {
  return [a.id, a.externalId, a.url, a.title, a.published, a.outlet, json(a.dateline), a.origin, a.text];
}

/** Article metadata from a row (no text). */
export function rowToArticleMeta(row: Row, json: JsonDecode): Omit<Article, 'text'> {
  return {
    id: row.id as string,
    externalId: (row.external_id ?? null) as string | null,
    url: (row.url ?? null) as string | null,
    title: (row.title ?? null) as string | null,
    published: (row.published ?? null) as string | null,
    outlet: (row.outlet ?? null) as string | null,
    dateline: (json(row.dateline) ?? null) as Dateline | null,
    origin: row.origin as string,
  };
}

export function rowToArticle(row: Row, json: JsonDecode): Article {
  return { ...rowToArticleMeta(row, json), text: row.text as string };
}

export const SENTENCE_COLUMNS = ['article_id', 'idx', 'char_start', 'char_end', 'token_start', 'token_end', 'paragraph'] as const;

export function sentenceValues(articleId: string, s: Sentence): unknown[] {
  return [articleId, s.index, s.start, s.end, s.tokenStart, s.tokenEnd, s.paragraph];
}

export function rowToSentence(row: Row): Sentence {
  return {
    index: Number(row.idx),
    start: Number(row.char_start),
    end: Number(row.char_end),
    tokenStart: Number(row.token_start),
    tokenEnd: Number(row.token_end),
    paragraph: Number(row.paragraph),
  };
}

export const MENTION_COLUMNS = [
  'article_id', 'idx', 'sentence', 'char_start', 'char_end', 'token_start', 'token_end', 'kind', 'actors', 'rule',
] as const;

export function mentionValues(articleId: string, idx: number, m: Mention, json: (v: unknown) => unknown): unknown[] {
  return [articleId, idx, m.sentence, m.start, m.end, m.tokenStart, m.tokenEnd, m.kind, json(m.actors), m.rule];
}

export function rowToMention(row: Row, json: JsonDecode): Mention {
  return {
    start: Number(row.char_start),
    end: Number(row.char_end),
    kind: row.kind as Mention['kind'],
    actors: json(row.actors) as Mention['actors'],
    sentence: Number(row.sentence),
    tokenStart: Number(row.token_start),
    tokenEnd: Number(row.token_end),
    rule: row.rule as string,
  };
}

export function rowToClaim(row: Row, json: JsonDecode): Claim {
  return {
    id: row.id as string,
    source: (row.source ?? null) as string | null,
    target: (row.target ?? null) as string | null,
    root: row.root as string,
    weapon: (row.weapon ?? null) as string | null,
    asserting: json(row.asserting) as string[],
    denying: json(row.denying) as string[],
  };
}

/** Alert payloads are stored as JSON text in both adapters: a JSONB string payload would not round-trip. */
export function rowToAlert(row: Row): AlertRecord {
  return {
    id: row.alert_id as string,
    rule: row.rule as string,
    key: row.key as string,
    createdAt: row.created_at as string,
    payload: JSON.parse(row.payload as string) as unknown,
  };
}
