import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';
import type { Article } from '../core/article.js';
import type { CodedEvent } from '../core/event.js';
import type { SaveOutcome, SaveResult } from './store.js';

/**
 * An expected store failure surfaced through a method whose signature returns
 * a plain value (saveDoc: E604; events/articles with a bad cursor: E605).
 * Callers catch it and record `issue`; any other thrown error is a bug.
 */
export class StoreError extends Error {
  readonly issue: Issue;
  constructor(found: Issue, options?: { cause?: unknown }) {
    super(found.message, options);
    this.name = 'StoreError';
    this.issue = found;
  }
}

/** Page size when none is asked for, and the most one page may hold. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** Clamps a requested page size into 1..MAX_LIMIT (non-numbers give the default). */
export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

// Cursors are opaque to clients; a prefix lets us reject cursors from elsewhere.
const CURSOR_PREFIX = 'dw1:';

/** Encodes the seq of the last item of a page as an opaque cursor. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`, 'utf8').toString('base64url');
}

/**
 * Decodes a cursor to the seq after which the next page starts (0 for none).
 * Exported so the HTTP layer can validate a cursor before calling the store.
 */
export function parseCursor(cursor: string | null | undefined): Result<number> {
  if (cursor === null || cursor === undefined || cursor === '') return ok(0);
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = text.startsWith(CURSOR_PREFIX) ? /^\d{1,15}$/.exec(text.slice(CURSOR_PREFIX.length)) : null;
  return m ? ok(Number(m[0])) : fail(issue('E605', { cursor: cursor.slice(0, 40) }));
}

/** parseCursor for store methods that must throw (see StoreError). */
export function cursorOrThrow(cursor: string | null | undefined): number {
  const r = parseCursor(cursor);
  if (!r.ok) throw new StoreError(r.issues[0]!);
  return r.value;
}

/**
 * Builds a page from rows fetched with limit + 1 (the extra row only tells
 * whether another page exists). `endCursor` always points after the last row
 * returned, so a watcher can tail the table even when the page is the last.
 */
export function makePage<R extends { seq: number }, T>(
  rows: R[],
  limit: number,
  after: number,
  map: (row: R) => T,
): { items: T[]; nextCursor: string | null; endCursor: string } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept.length ? kept[kept.length - 1]!.seq : after;
  return { items: kept.map(map), nextCursor: more ? encodeCursor(last) : null, endCursor: encodeCursor(last) };
}

/**
 * Turns free user text into a safe full-text query: words only (letters,
 * digits), so quotes, parentheses and AND/OR/NEAR can never be a syntax error.
 * Returns the words; each adapter joins them in its own syntax.
 */
export function queryWords(query: string): string[] {
  const words = query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 32);
}

/** FTS5 MATCH expression: every word quoted (so AND, OR, NOT, NEAR are plain words), all required. */
export function fts5Query(query: string): string | null {
  const words = queryWords(query);
  return words.length ? words.map((w) => `"${w}"`).join(' ') : null;
}

/** Date used for filtering and buckets: the event date, else the article's published or dateline date. */
export function effectiveDate(event: CodedEvent, article: Article): string | null {
  return event.date ?? article.published ?? article.dateline?.date ?? null;
}

/**
 * Pads a partial ISO date to a full day ("2025-04" -> "2025-04-01") so that
 * since/until compare as the reader expects: an April event matches since 2025-04-01.
 */
export function padDate(date: string | null): string | null {
  if (!date) return null;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/** Month bucket (YYYY-MM-01) of an ISO date with at least year and month, else null. */
export function monthBucket(date: string | null): string | null {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  return m ? `${m[1]}-${m[2]}-01` : null;
}

/** Week bucket (the Monday, ISO) of a full ISO day, else null: a month-only date has no week. */
export function weekBucket(date: string | null): string | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return null;
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - sinceMonday);
  return d.toISOString().slice(0, 10);
}

/** Unordered dyad (a < b) of an event; null without both sides or when both sides are one state. */
export function dyadOf(event: Pick<CodedEvent, 'source' | 'target'>): [string, string] | null {
  const { source, target } = event;
  if (!source || !target || source === target) return null;
  return source < target ? [source, target] : [target, source];
}

/**
 * Runs one article's save and turns a refused write into a value, so a batch
 * goes on past it. Only StoreError is expected; anything else is a bug and throws.
 */
export async function saveOne(save: () => Promise<SaveResult>): Promise<SaveOutcome> {
  try {
    return { ok: true, value: await save() };
  } catch (e) {
    if (e instanceof StoreError) return { ok: false, issue: e.issue };
    throw e;
  }
}
