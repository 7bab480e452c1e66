import type { RawArticle } from '../core/article.js';
import type { Issue } from '../core/result.js';
import { issue } from '../core/errors.js';
import { hasContent, normalizeDate } from './normalize.js';

/** One unit a reader yields: an article (with field warnings) or a coded skip. */
export type InputItem =
  | { kind: 'article'; raw: RawArticle; warnings?: Issue[] }
  | { kind: 'skip'; issue: Issue };

/** An article item, with the warnings attached only when there are some. */
export function articleItem(raw: RawArticle, warnings: Issue[] = []): InputItem {
  return warnings.length ? { kind: 'article', raw, warnings } : { kind: 'article', raw };
}

const WHITESPACE_RUN = /\s+/g;
const TRAILING_DOTS = /[.\s]+$/;

/** One-line text of a caught error for an issue's {detail} (parser messages span lines). */
export function errorDetail(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(WHITESPACE_RUN, ' ').replace(TRAILING_DOTS, '');
}

/** A skip item. */
export function skipItem(i: Issue): InputItem {
  return { kind: 'skip', issue: i };
}

/** A text article, or E104 when nothing would be left of it. */
export function textItem(raw: RawArticle, warnings: Issue[] = []): InputItem {
  if (!hasContent(raw.text)) return skipItem(issue('E104', { path: raw.origin }, raw.origin));
  return articleItem(raw, warnings);
}

/** Metadata fields shared by JSON records, sibling .meta.json files and HTML pages. */
export interface ArticleMeta {
  externalId?: string | null;
  url?: string | null;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/**
 * Reads the metadata fields of a JSON object: `id`→externalId, `url`, `title`,
 * `published` (or `date`, as in the throughput corpus) normalized to
 * YYYY-MM-DD, `outlet` (or `source`). An invalid date is dropped with E110.
 */
export function readMeta(obj: Record<string, unknown>, where: string, warnings: Issue[]): ArticleMeta {
  const meta: ArticleMeta = {
    externalId: str(obj.id),
    url: str(obj.url),
    title: str(obj.title),
    outlet: str(obj.outlet) ?? str(obj.source),
  };
  const field = obj.published !== undefined && obj.published !== null ? 'published' : 'date';
  const value = obj[field];
  if (value !== undefined && value !== null && value !== '') {
    const date = typeof value === 'string' ? normalizeDate(value) : null;
    if (date === null) {
      const detail = `${JSON.stringify(value)} is not a date (use YYYY-MM-DD)`;
      warnings.push(issue('E110', { field, path: where, detail }, where));
    }
    meta.published = date;
  }
  return meta;
}

/**
 * Turns one parsed JSON value into an input item: objects with a `text`
 * string become articles; anything else is E106 (no text) or E105 (not an object).
 */
export function recordItem(value: unknown, origin: string): InputItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return skipItem(issue('E105', { path: origin, detail: 'the value is not an object' }, origin));
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.text !== 'string') return skipItem(issue('E106', { path: origin }, origin));
  const warnings: Issue[] = [];
  const meta = readMeta(obj, origin, warnings);
  return textItem({ text: obj.text, origin, ...meta }, warnings);
}

/** Fills the metadata a reader did not find from a fallback (e.g. a sibling .meta.json). */
export function withFallback(raw: RawArticle, meta: ArticleMeta): RawArticle {
  return {
    ...raw,
    externalId: raw.externalId ?? meta.externalId ?? null,
    url: raw.url ?? meta.url ?? null,
    title: raw.title ?? meta.title ?? null,
    published: raw.published ?? meta.published ?? null,
    outlet: raw.outlet ?? meta.outlet ?? null,
  };
}
